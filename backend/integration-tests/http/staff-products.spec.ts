import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, createGroup, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// The staff desk's trust screens: products in scope for grade entry, and the certification
// queue's province and search filters and its detail.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)

    const product = async (token: string, handle: string, th: string, en: string, category = "food") =>
      (await api.post("/producer/products", { handle, title: { th, en }, category, status: "published", weight_g: 200, variants: [{ price: "99", stock: 3 }] }, bearer(token))).data.product

    async function uploadDocument(token: string) {
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "certificate.pdf")
      form.append("purpose", "document")
      return (await api.post("/producer/uploads", form, bearer(token))).data.uploads[0].id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      await runSeed(container, { demo: false })
      const cm = await signUpProducer(api, "staff-products-cm@example.th")
      world.cm = { ...cm, group: await createGroup(container, cm.producer_id, "500101") } // Chiang Mai
      world.chili = await product(cm.token, "sp-chili", "น้ำพริกหนุ่มแม่ศรี", "Mae Sri green chilli dip")
      world.sausage = await product(cm.token, "sp-sausage", "ไส้อั่วสมุนไพร", "Herbal northern sausage")
      const surin = await signUpProducer(api, "staff-products-surin@example.th")
      world.surin = { ...surin, group: await createGroup(container, surin.producer_id, "320101") } // Surin
      world.silk = await product(surin.token, "sp-silk", "ผ้าไหมยกดอกสุรินทร์", "Surin brocade silk", "textile-apparel")
      world.staffCm = await signInStaff(api, container, "sp-staff-cm@example.th", { province_codes: ["50"] })
      world.staffNational = await signInStaff(api, container, "sp-staff-national@example.th", { is_national: true })
      // The list reads the catalog read model, refreshed by subscribers after each product write.
      await eventually(async () => {
        const { data } = await api.get("/staff/products?limit=100", bearer(world.staffNational))
        expect(data.count).toBe(3)
      })
    })

    it("lists only products of groups in the officer's provinces, with their latest grade; an out-of-scope one is a 404", async () => {
      const { data } = await api.get("/staff/products", bearer(world.staffCm))
      expect(data.count).toBe(2)
      expect(data.products.map((p: any) => p.id).sort()).toEqual([world.chili.id, world.sausage.id].sort())
      expect(data.products.find((p: any) => p.id === world.chili.id)).toMatchObject({
        title_th: "น้ำพริกหนุ่มแม่ศรี",
        title_en: "Mae Sri green chilli dip",
        producer_group: { id: world.cm.group.id, name_th: world.cm.group.name_th, province_code: "50" },
        otop_grade: null,
      })
      // The Surin product is not listed, not even when asked for its province, and its grades are a 404.
      expect((await api.get("/staff/products?province=32", bearer(world.staffCm))).data).toMatchObject({ products: [], count: 0 })
      expect((await api.get("/staff/products?q=ไหม", bearer(world.staffCm))).data.count).toBe(0)
      expect((await fail(api.get(`/staff/products/${world.silk.id}/grades`, bearer(world.staffCm)))).status).toBe(404)
      expect((await fail(api.get(`/staff/products/${world.silk.id}`, bearer(world.staffCm)))).status).toBe(404)
      // National staff see it.
      const national = await api.get("/staff/products?province=32", bearer(world.staffNational))
      expect(national.data.products.map((p: any) => p.id)).toEqual([world.silk.id])
    })

    it("searches by Thai or English title and by group name, pages, and shows the latest round once graded", async () => {
      const byThai = await api.get(`/staff/products?q=${encodeURIComponent("ไส้อั่ว")}`, bearer(world.staffCm))
      expect(byThai.data.products.map((p: any) => p.id)).toEqual([world.sausage.id])
      const byEnglish = await api.get("/staff/products?q=CHILLI", bearer(world.staffCm))
      expect(byEnglish.data.products.map((p: any) => p.id)).toEqual([world.chili.id])
      const byGroup = await api.get(`/staff/products?q=${encodeURIComponent(world.cm.group.name_th)}`, bearer(world.staffCm))
      expect(byGroup.data.count).toBe(2)
      const page = await api.get("/staff/products?limit=1&offset=1", bearer(world.staffCm))
      expect([page.data.count, page.data.products.length, page.data.limit, page.data.offset]).toEqual([2, 1, 1, 1])
      expect((await fail(api.get("/staff/products?province=Chiang%20Mai", bearer(world.staffCm)))).data.message).toMatch(/^province: /)
      expect((await fail(api.get("/staff/products?limit=0", bearer(world.staffCm)))).status).toBe(400)

      await api.post(`/staff/products/${world.chili.id}/grades`, { round_be: 2566, stars: 3 }, bearer(world.staffCm))
      await api.post(`/staff/products/${world.chili.id}/grades`, { round_be: 2567, stars: 5 }, bearer(world.staffCm))
      await eventually(async () => {
        const { data } = await api.get(`/staff/products?q=${encodeURIComponent("น้ำพริก")}`, bearer(world.staffCm))
        expect(data.products[0].otop_grade).toEqual({ stars: 5, round_be: 2567 })
      })
      const { data } = await api.get(`/staff/products/${world.chili.id}`, bearer(world.staffCm))
      expect(data.product).toMatchObject({
        id: world.chili.id,
        title_th: "น้ำพริกหนุ่มแม่ศรี",
        title_en: "Mae Sri green chilli dip",
        category: "food",
        producer_group: { id: world.cm.group.id, name_th: world.cm.group.name_th, province_code: "50" },
      })
    })

    it("filters the certification queue by province and by a search on number, group or product; the detail names them", async () => {
      const document = await uploadDocument(world.cm.token)
      const fda = (await api.post(`/producer/products/${world.sausage.id}/certifications`, { scheme: "fda_food", number: "50-2-00162-2-0031", document_id: document }, bearer(world.cm.token))).data.certification
      const silkDocument = await uploadDocument(world.surin.token)
      const peacock = (await api.post(`/producer/products/${world.silk.id}/certifications`, { scheme: "peacock_gold", number: "PK-0001", document_id: silkDocument }, bearer(world.surin.token))).data.certification
      const ids = async (token: string, qs: string) => (await api.get(`/staff/certifications?${qs}`, bearer(token))).data.certifications.map((c: any) => c.id)

      expect(await ids(world.staffNational, "status=pending")).toEqual([fda.id, peacock.id])
      expect(await ids(world.staffNational, "province=32")).toEqual([peacock.id])
      expect(await ids(world.staffCm, "province=32")).toEqual([])
      expect(await ids(world.staffNational, `q=${encodeURIComponent("50-2-00162")}`)).toEqual([fda.id])
      expect(await ids(world.staffNational, `q=${encodeURIComponent("ไส้อั่ว")}`)).toEqual([fda.id])
      expect(await ids(world.staffNational, `q=${encodeURIComponent(world.surin.group.name_th)}`)).toEqual([peacock.id])
      expect(await ids(world.staffCm, `q=${encodeURIComponent(world.surin.group.name_th)}`)).toEqual([])
      expect(await ids(world.staffNational, "scheme=peacock_gold&q=PK")).toEqual([peacock.id])
      expect((await fail(api.get("/staff/certifications?province=x", bearer(world.staffNational)))).status).toBe(400)

      const { data } = await api.get(`/staff/certifications/${fda.id}`, bearer(world.staffCm))
      expect(data.certification).toMatchObject({
        id: fda.id,
        number_display: "50-2-00162-2-0031",
        scheme_label: { th: "เลขสารบบอาหาร (อย.)", en: "Thai FDA food serial number" },
        product: { id: world.sausage.id, title: "ไส้อั่วสมุนไพร" },
        producer_group: { id: world.cm.group.id, name_th: world.cm.group.name_th, province_code: "50" },
      })
      expect((await fail(api.get(`/staff/certifications/${peacock.id}`, bearer(world.staffCm)))).status).toBe(404)
    })
  },
})
