import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ProductRating } from "./models/product-rating"
import { Review } from "./models/review"

/** Buyers' reviews, and each product's summary of the published ones. */
export default class ReviewModuleService extends MedusaService({ Review, ProductRating }) {
  /**
   * Recomputes the summaries of these products from their published reviews (one aggregate
   * query for all of them) and stores them: called when a review changes, never on a page view.
   * Refreshes of one product take turns (a transaction lock per product, taken in id order):
   * otherwise two first reviews at once both create the summary (unique violation), and a refresh
   * that counted before another review's change could write its older sums last.
   */
  @InjectTransactionManager()
  async refreshProductRatings(productIds: string[], @MedusaContext() context: Context<EntityManager> = {}) {
    if (!productIds.length) return []
    const manager = context.transactionManager!
    for (const id of [...new Set(productIds)].sort()) {
      await manager.execute(`select pg_advisory_xact_lock(hashtext('product_rating'), hashtext(?))`, [id])
    }
    const rows: { product_id: string; rating_sum: string; rating_count: string }[] = await manager.execute(
      `select product_id, coalesce(sum(rating), 0) as rating_sum, count(*) as rating_count
         from review where product_id in (${productIds.map(() => "?").join(", ")}) and status = 'published' and deleted_at is null
        group by product_id`,
      productIds
    )
    const byProduct = new Map(rows.map((r) => [r.product_id, { rating_sum: Number(r.rating_sum), rating_count: Number(r.rating_count) }]))
    const existing = await this.listProductRatings({ product_id: productIds }, {}, context)
    const have = new Map(existing.map((e) => [e.product_id, e]))
    const updates = productIds.filter((id) => have.has(id)).map((id) => ({ id: have.get(id)!.id, ...(byProduct.get(id) ?? { rating_sum: 0, rating_count: 0 }) }))
    const creates = productIds.filter((id) => !have.has(id)).map((id) => ({ product_id: id, ...(byProduct.get(id) ?? { rating_sum: 0, rating_count: 0 }) }))
    if (updates.length) await this.updateProductRatings(updates, context)
    if (creates.length) await this.createProductRatings(creates, context)
    return productIds.map((id) => ({ product_id: id, ...(byProduct.get(id) ?? { rating_sum: 0, rating_count: 0 }) }))
  }
}
