import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEW_MODULE } from ".."
import ReviewModuleService from "../service"

jest.setTimeout(60 * 1000)

const review = (overrides: Record<string, unknown> = {}) => ({
  product_id: "prod_namprik",
  customer_id: "cus_somsri",
  order_id: "order_1",
  group_id: "pgrp_chiangmai",
  rating: 4,
  body: "อร่อยมาก เผ็ดกำลังดี",
  display_name: "สมศรี ใ.",
  ...overrides,
})

moduleIntegrationTestRunner<ReviewModuleService>({
  moduleName: REVIEW_MODULE,
  resolve: "./src/modules/review",
  testSuite: ({ service }) => {
    /** The stored summary of a product, as pages read it. */
    const summary = async (productId: string) => {
      const rows = await service.listProductRatings({ product_id: productId })
      expect(rows.length).toBeLessThanOrEqual(1)
      return rows[0] ? { sum: rows[0].rating_sum, count: rows[0].rating_count } : null
    }

    it("keeps each product's integer sum and count of published reviews through publish, edit, reject and delete", async () => {
      const somsri = await service.createReviews(review())
      const anan = await service.createReviews(review({ customer_id: "cus_anan", order_id: "order_2", rating: 5, display_name: "อนันต์ ส." }))
      expect(somsri.status).toBe("pending")

      // Pending reviews do not count; the product still gets its (empty) summary.
      expect(await service.refreshProductRatings(["prod_namprik"])).toEqual([{ product_id: "prod_namprik", rating_sum: 0, rating_count: 0 }])
      expect(await summary("prod_namprik")).toEqual({ sum: 0, count: 0 })

      await service.updateReviews([{ id: somsri.id, status: "published" }, { id: anan.id, status: "published" }])
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 9, count: 2 })

      // An edit goes back to moderation and leaves the average until it is approved again.
      await service.updateReviews({ id: somsri.id, rating: 2, status: "pending" })
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 5, count: 1 })
      await service.updateReviews({ id: somsri.id, status: "published" })
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 7, count: 2 })

      await service.updateReviews({ id: anan.id, status: "rejected", moderation_reason: "off topic" })
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 2, count: 1 })

      // A removed review stops counting, whether soft-deleted or deleted.
      await service.softDeleteReviews([somsri.id])
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 0, count: 0 })
      const again = await service.createReviews(review({ customer_id: "cus_malee", order_id: "order_3", rating: 3, status: "published" }))
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 3, count: 1 })
      await service.deleteReviews([again.id])
      await service.refreshProductRatings(["prod_namprik"])
      expect(await summary("prod_namprik")).toEqual({ sum: 0, count: 0 })
      // Still one summary row per product after all those refreshes (checked in summary()).
      expect(await service.listProductRatings({})).toHaveLength(1)
    })

    it("refreshes several products in one call and leaves the others alone", async () => {
      await service.createReviews([
        review({ rating: 5, status: "published" }),
        review({ customer_id: "cus_anan", rating: 4, status: "published" }),
        review({ product_id: "prod_praewa", group_id: "pgrp_kalasin", rating: 3, status: "published" }),
        review({ product_id: "prod_praewa", group_id: "pgrp_kalasin", customer_id: "cus_anan", rating: 1, status: "rejected" }),
        review({ product_id: "prod_doichang", group_id: "pgrp_chiangrai", rating: 5, status: "published" }),
      ])
      const refreshed = await service.refreshProductRatings(["prod_namprik", "prod_praewa", "prod_unreviewed"])
      expect(refreshed).toEqual([
        { product_id: "prod_namprik", rating_sum: 9, rating_count: 2 },
        { product_id: "prod_praewa", rating_sum: 3, rating_count: 1 },
        { product_id: "prod_unreviewed", rating_sum: 0, rating_count: 0 },
      ])
      expect(await summary("prod_unreviewed")).toEqual({ sum: 0, count: 0 })
      // Not named, not touched: the summary is written when a review changes, not on a page view.
      expect(await summary("prod_doichang")).toBeNull()
      expect(await service.refreshProductRatings([])).toEqual([])
      const stored = await service.listProductRatings({ product_id: ["prod_namprik"] })
      expect(Number.isInteger(stored[0].rating_sum) && Number.isInteger(stored[0].rating_count)).toBe(true)
    })

    it("takes concurrent refreshes of one product in turn: two first reviews at once make one summary", async () => {
      await service.createReviews([review({ rating: 5, status: "published" }), review({ customer_id: "cus_anan", rating: 3, status: "published" })])
      const results = await Promise.allSettled([1, 2, 3].map(() => service.refreshProductRatings(["prod_namprik", "prod_praewa"])))
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"])
      expect(await summary("prod_namprik")).toEqual({ sum: 8, count: 2 })
      expect(await summary("prod_praewa")).toEqual({ sum: 0, count: 0 })
    })

    it("keeps one review per customer and product, and lists the moderation queue oldest first", async () => {
      const first = await service.createReviews(review())
      await expect(service.createReviews(review({ rating: 1, order_id: "order_9" }))).rejects.toThrow(
        "product_id: prod_namprik, customer_id: cus_somsri, already exists"
      )
      // The same customer reviews another product; another customer reviews this one.
      await service.createReviews(review({ product_id: "prod_praewa", group_id: "pgrp_kalasin" }))
      const second = await service.createReviews(review({ customer_id: "cus_anan" }))
      const [queue, count] = await service.listAndCountReviews({ status: "pending", product_id: "prod_namprik" }, { order: { created_at: "ASC" } })
      expect([queue.map((r) => r.id), count]).toEqual([[first.id, second.id], 2])
      // A removed review leaves room for a new one by the same customer.
      await service.softDeleteReviews([first.id])
      expect(await service.createReviews(review({ rating: 5 }))).toMatchObject({ rating: 5, status: "pending" })
    })
  },
})
