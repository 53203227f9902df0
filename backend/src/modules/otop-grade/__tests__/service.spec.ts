import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OTOP_GRADE_MODULE } from ".."
import OtopGradeModuleService from "../service"

jest.setTimeout(60 * 1000)

const grade = (overrides: Record<string, unknown> = {}) => ({
  product_id: "prod_praewa",
  group_id: "pgrp_kalasin",
  province_code: "46",
  round_be: 2567,
  stars: 5,
  recorded_by: "cdds_kalasin",
  ...overrides,
})

moduleIntegrationTestRunner<OtopGradeModuleService>({
  moduleName: OTOP_GRADE_MODULE,
  resolve: "./src/modules/otop-grade",
  testSuite: ({ service }) => {
    it("keeps one grade per product and round: a second one for the round is refused, a batch with one is refused whole", async () => {
      const first = await service.createOtopGrades(grade({ score: 91.5, certificate_number: "OPC 2567/0042", announced_at: new Date("2024-09-27T00:00:00Z") }))
      expect(first).toMatchObject({ id: expect.stringMatching(/^ogr_/), source: "staff", score: 91.5, certificate_number: "OPC 2567/0042" })
      await expect(service.createOtopGrades(grade({ stars: 4, source: "cdd_open_data" }))).rejects.toThrow("product_id: prod_praewa, round_be: 2567, already exists")
      // Nothing half-written: a batch that repeats a graded round leaves no new grade behind.
      await expect(
        service.createOtopGrades([grade({ product_id: "prod_doichang", group_id: "pgrp_chiangrai", province_code: "57" }), grade({ stars: 3 })])
      ).rejects.toThrow()
      expect((await service.listOtopGrades({})).map((g) => [g.product_id, g.round_be, g.stars])).toEqual([["prod_praewa", 2567, 5]])

      // Other rounds of the product and other products in the round are fine.
      await service.createOtopGrades([grade({ round_be: 2565, stars: 4 }), grade({ product_id: "prod_doichang", group_id: "pgrp_chiangrai", province_code: "57", source: "operator" })])
      expect(await service.listOtopGrades({})).toHaveLength(3)
      // A removed grade frees its round (the unique index covers live rows only).
      await service.softDeleteOtopGrades([first.id])
      expect(await service.createOtopGrades(grade({ stars: 4 }))).toMatchObject({ round_be: 2567, stars: 4 })
    })

    it("gives the latest round of each product, skipping removed grades and products without one", async () => {
      expect(await service.latestByProduct([])).toEqual(new Map())
      // Recorded out of order: an older round imported after the newer one.
      await service.createOtopGrades([
        grade({ round_be: 2567, stars: 5 }),
        grade({ round_be: 2562, stars: 3 }),
        grade({ round_be: 2565, stars: 4 }),
        grade({ product_id: "prod_phulae", group_id: "pgrp_chiangrai", province_code: "57", round_be: 2565, stars: 2 }),
      ])
      const newest = await service.createOtopGrades(grade({ product_id: "prod_phulae", group_id: "pgrp_chiangrai", province_code: "57", round_be: 2567, stars: 3 }))
      const latest = await service.latestByProduct(["prod_praewa", "prod_phulae", "prod_never_graded"])
      expect(Object.fromEntries(latest)).toEqual({
        prod_praewa: { stars: 5, round_be: 2567 },
        prod_phulae: { stars: 3, round_be: 2567 },
      })
      await service.softDeleteOtopGrades([newest.id])
      expect((await service.latestByProduct(["prod_phulae"])).get("prod_phulae")).toEqual({ stars: 2, round_be: 2565 })
    })

    it("lists a product's history newest round first and corrects a round in place", async () => {
      await service.createOtopGrades([grade({ round_be: 2562, stars: 3 }), grade({ round_be: 2567, stars: 5 }), grade({ round_be: 2565, stars: 4 }), grade({ product_id: "prod_other", round_be: 2566 })])
      const history = await service.listOtopGrades({ product_id: "prod_praewa" }, { order: { round_be: "DESC" } })
      expect(history.map((g) => [g.round_be, g.stars])).toEqual([
        [2567, 5],
        [2565, 4],
        [2562, 3],
      ])
      // A re-imported round corrects the grade (record-otop-grades with on_existing "update").
      const [round2565] = await service.listOtopGrades({ product_id: ["prod_praewa"], round_be: [2565] })
      await service.updateOtopGrades({ id: round2565.id, stars: 5, source: "cdd_open_data", recorded_by: "cdds_national" })
      expect((await service.latestByProduct(["prod_praewa"])).get("prod_praewa")).toEqual({ stars: 5, round_be: 2567 })
      expect(await service.retrieveOtopGrade(round2565.id)).toMatchObject({ stars: 5, source: "cdd_open_data", recorded_by: "cdds_national" })
      await expect(service.updateOtopGrades({ id: round2565.id, source: "guess" as any })).rejects.toThrow()
    })
  },
})
