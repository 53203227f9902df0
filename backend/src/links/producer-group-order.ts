import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

// One checkout, many groups: an order belongs to every group whose products it contains, and
// each group fulfils its own lines of it.
export default defineLink(
  { linkable: ProducerModule.linkable.producerGroup, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
