import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// Each approved group ships from its own village: one stock location per group.
export default defineLink(ProducerModule.linkable.producerGroup, StockLocationModule.linkable.stockLocation)
