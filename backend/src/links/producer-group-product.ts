import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

// A group sells many products; a product belongs to one group.
export default defineLink(ProducerModule.linkable.producerGroup, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
