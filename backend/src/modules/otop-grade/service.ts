import { MedusaService } from "@medusajs/framework/utils"
import { OtopGrade } from "./models/otop-grade"

/** Official OTOP star grades per product and selection round. */
export default class OtopGradeModuleService extends MedusaService({ OtopGrade }) {
  /** The latest round's grade of each product (rounds are BE years; the highest wins). */
  async latestByProduct(productIds: string[]): Promise<Map<string, { stars: number; round_be: number }>> {
    if (!productIds.length) return new Map()
    const grades = await this.listOtopGrades({ product_id: productIds }, { select: ["product_id", "stars", "round_be"] })
    const latest = new Map<string, { stars: number; round_be: number }>()
    for (const g of grades) {
      const seen = latest.get(g.product_id)
      if (!seen || g.round_be > seen.round_be) latest.set(g.product_id, { stars: g.stars, round_be: g.round_be })
    }
    return latest
  }
}
