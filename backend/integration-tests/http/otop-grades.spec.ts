import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { OTOP_GRADE_MODULE } from "../../src/modules/otop-grade"
import { bearer, createGroup, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)

    const product = async (token: string, handle: string, title: string, category: string) =>
      (await api.post("/producer/products", { handle, title: { th: title }, category, status: "published", weight_g: 200, variants: [{ price: "99", stock: 3 }] }, bearer(token))).data.product

    beforeAll(async () => {
      const container = getContainer()
      await runSeed(container, { demo: false })
      const cm = await signUpProducer(api, "grade-cm@example.th")
      world.cmGroup = await createGroup(container, cm.producer_id, "500101") // Chiang Mai: กลุ่มทดสอบ N
      world.chili = await product(cm.token, "grade-chili", "น้ำพริกหนุ่ม", "food")
      world.scarf = await product(cm.token, "grade-scarf", "ผ้าพันคอตีนจก", "textile-apparel")
      const surin = await signUpProducer(api, "grade-surin@example.th")
      world.surinGroup = await createGroup(container, surin.producer_id, "320101")
      world.silk = await product(surin.token, "grade-silk", "ผ้าไหมยกดอก", "textile-apparel")
      world.staffCm = await signInStaff(api, container, "grade-staff-cm@example.th", { province_codes: ["50"] })
    })

    it("staff record a product's grade per round, keep its history, and are refused outside their provinces", async () => {
      const url = `/staff/products/${world.chili.id}/grades`
      await api.post(url, { round_be: 2565, stars: 3, score: 72.5 }, bearer(world.staffCm))
      const { data } = await api.post(url, { round_be: 2567, stars: 4, certificate_number: "OPC-2567-50-0012", announced_at: "2024-09-27" }, bearer(world.staffCm))
      expect(data.grades.map((g: any) => [g.round_be, g.stars])).toEqual([[2567, 4], [2565, 3]])
      const service: any = getContainer().resolve(OTOP_GRADE_MODULE)
      expect((await service.latestByProduct([world.chili.id])).get(world.chili.id)).toEqual({ stars: 4, round_be: 2567 })

      const again = await fail(api.post(url, { round_be: 2567, stars: 5 }, bearer(world.staffCm)))
      expect(again.status).toBe(422)
      expect(again.data.message).toMatch(/^round_be: .*already has a grade for round 2567/)
      for (const [body, field] of [[{ round_be: 2567, stars: 6 }, "stars"], [{ round_be: 2024, stars: 3 }, "round_be"], [{ stars: 3 }, "round_be"]] as const) {
        const bad = await fail(api.post(url, body, bearer(world.staffCm)))
        expect([bad.status, bad.data.message.startsWith(`${field}`)]).toEqual([400, true])
      }
      expect((await fail(api.post(`/staff/products/${world.silk.id}/grades`, { round_be: 2567, stars: 5 }, bearer(world.staffCm)))).status).toBe(404)
    })

    it("imports CDD's open-data CSV: matching rows are applied together, the others come back with the reason", async () => {
      const group = world.cmGroup.name_th
      const csv = [
        "ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว",
        `น้ำพริกหนุ่ม,${group},เชียงใหม่,อาหาร,5 ดาว`,
        `ผ้าพันคอตีนจก,  ${group} ,จังหวัดเชียงใหม่,ผ้าและเครื่องแต่งกาย,4ดาว`,
        `ผ้าไหมยกดอก,${world.surinGroup.name_th},สุรินทร์,ผ้าและเครื่องแต่งกาย,5 ดาว`,
        `ข้าวแต๋น,${group},เชียงใหม่,อาหาร,3 ดาว`,
        `น้ำพริกหนุ่ม,กลุ่มที่ไม่มีอยู่,เชียงใหม่,อาหาร,3 ดาว`,
        `น้ำพริกหนุ่ม,${group},เชียงใหม่,อาหาร,หกดาว`,
        `น้ำพริกหนุ่ม,${group},เชียงใหม่,เครื่องดื่ม,3 ดาว`,
        `น้ำพริกหนุ่ม,${group},แอตแลนติส,อาหาร,3 ดาว`,
      ].join("\r\n")
      const send = (dryRun: boolean) => {
        const form = new FormData()
        form.append("file", new Blob(["\uFEFF" + csv], { type: "text/csv" }), "CDD_OPC_2567.csv")
        form.append("round_be", "2567")
        form.append("dry_run", String(dryRun))
        return api.post("/staff/grades/import", form, bearer(world.staffCm))
      }
      const service: any = getContainer().resolve(OTOP_GRADE_MODULE)

      const { data: preview } = await send(true)
      expect(preview).toMatchObject({ dry_run: true, rows: 8, created: 0, updated: 0 })
      expect(preview.applied.map((a: any) => a.row)).toEqual([1, 2])
      expect(await service.listOtopGrades({ product_id: [world.chili.id, world.scarf.id] })).toEqual([])

      const { data } = await send(false)
      expect(data).toMatchObject({ dry_run: false, created: 2, updated: 0 })
      expect(data.applied).toEqual([
        { row: 1, product_id: world.chili.id, stars: 5, product_title: "น้ำพริกหนุ่ม", group_name: group, province_code: "50" },
        { row: 2, product_id: world.scarf.id, stars: 4, product_title: "ผ้าพันคอตีนจก", group_name: group, province_code: "50" },
      ])
      const reasons = Object.fromEntries(data.rejected.map((r: any) => [r.row, r.reason]))
      expect(reasons[3]).toMatch(/^province: สุรินทร์ is outside your provinces/)
      expect(reasons[4]).toMatch(/^product: 'ข้าวแต๋น' is not a product of/)
      expect(reasons[5]).toMatch(/^producer: no registered group named 'กลุ่มที่ไม่มีอยู่'/)
      expect(reasons[6]).toMatch(/^stars: 'หกดาว'/)
      expect(reasons[7]).toMatch(/^type: /)
      expect(reasons[8]).toMatch(/^province: 'แอตแลนติส' is not a Thai province/)
      // Each reason also has a stable code, for screens that say it in the reader's language.
      expect(data.rejected.map((r: any) => [r.row, r.code])).toEqual([
        [3, "province_out_of_scope"], [4, "product_unknown"], [5, "producer_unknown"], [6, "stars_invalid"], [7, "type_mismatch"], [8, "province_unknown"],
      ])

      // A corrected file for the same round updates, never duplicates.
      const { data: again } = await send(false)
      expect(again).toMatchObject({ created: 0, updated: 2 })
      expect(await service.listOtopGrades({ product_id: [world.chili.id, world.scarf.id] })).toHaveLength(2)
    })

    it("refuses a file without the columns or the round, naming what is missing", async () => {
      const form = new FormData()
      form.append("file", new Blob(["product_name,province\nA,B\n"], { type: "text/csv" }), "x.csv")
      form.append("round_be", "2567")
      const res = await fail(api.post("/staff/grades/import", form, bearer(world.staffCm)))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^file: missing column/)
      const noRound = new FormData()
      noRound.append("file", new Blob(["a\n"], { type: "text/csv" }), "x.csv")
      expect((await fail(api.post("/staff/grades/import", noRound, bearer(world.staffCm)))).data.message).toMatch(/^round_be/)
    })
  },
})
