import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OtopGradeModule from "../modules/otop-grade"

// A product's grades over the selection rounds (the model also keeps product_id for filtering).
export default defineLink(ProductModule.linkable.product, {
  linkable: OtopGradeModule.linkable.otopGrade,
  isList: true,
})
