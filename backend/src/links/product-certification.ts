import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

// A product carries many certifications (the model also keeps product_id for filtering).
export default defineLink(ProductModule.linkable.product, {
  linkable: CertificationModule.linkable.certification,
  isList: true,
})
