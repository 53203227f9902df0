import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OTOP_GRADES_RECORDED_EVENT } from "../workflows/otop-grade/record-otop-grades"
import { refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/** Staff recorded or imported grades: the graded products show their latest round. */
export default async function refreshCatalogOnGrades({ event, container }: SubscriberArgs<{ product_ids: string[] }>) {
  await refreshCatalogProducts(container, event.data.product_ids ?? [])
}

export const config: SubscriberConfig = { event: OTOP_GRADES_RECORDED_EVENT }
