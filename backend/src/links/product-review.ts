import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

// A product's buyer reviews (the model keeps product_id for filtering and the summary).
export default defineLink(ProductModule.linkable.product, { linkable: ReviewModule.linkable.review, isList: true })
