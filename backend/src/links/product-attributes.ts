import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductAttributesModule from "../modules/product-attributes"

// One attribute record per product (fabric, soft power, campaigns).
export default defineLink(ProductModule.linkable.product, ProductAttributesModule.linkable.productAttributes)
