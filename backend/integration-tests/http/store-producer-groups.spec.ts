import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import { runSeed } from "../../src/seed"
import { createGroup, createProducerProduct, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

// GET /store/producer-groups/:handle, as the storefront's producer page reads it.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (e: any) => e.response

    beforeAll(async () => {
      world.store = await runSeed(getContainer(), { demo: false })
      world.owner = await signUpProducer(api, "group-page-owner@example.th")
      world.group = await createGroup(getContainer(), world.owner.producer_id, "500101") // Chiang Mai, approved
      world.product = await createProducerProduct(api, world.owner.token, "group-page-product")
      world.headers = { headers: { "x-publishable-api-key": world.store.publishableKey } }
    })

    it("shows the group's location, published products and only its current group-wide certifications", async () => {
      const certifications: any = getContainer().resolve(CERTIFICATION_MODULE)
      const base = { group_id: world.group.id, province_code: "50" }
      const day = 86_400_000
      await certifications.createCertifications([
        { ...base, scheme: "gmp", number: "GMP-50-001/2567", status: "verified", expires_at: new Date(Date.now() + 365 * day) },
        { ...base, scheme: "haccp", number: "HACCP-9/2560", status: "verified", expires_at: new Date(Date.now() - day) }, // expired
        { ...base, scheme: "gap", number: "GAP-1/2567", status: "pending" }, // not checked yet
        { ...base, scheme: "tcps", number: "12/2560", status: "verified", product_id: world.product.id }, // one product's, not the group's
      ])

      const { data } = await api.get(`/store/producer-groups/${world.group.handle}`, world.headers)
      const group = data.producer_group
      expect(group).toMatchObject({
        handle: world.group.handle,
        name_th: world.group.name_th,
        location: { province_code: "50", province_th: "เชียงใหม่", province_en: "Chiang Mai", district_th: expect.any(String), subdistrict_th: expect.any(String) },
      })
      expect(group.certifications).toEqual([
        { scheme: "gmp", number: "GMP-50-001/2567", expires_at: expect.any(String), lookup_url: null },
      ])
      expect(group.products.map((p: any) => p.handle)).toEqual([world.product.handle])
      // Nothing private leaks: no payout, phone or status fields.
      for (const field of ["payout_account_number", "payout_promptpay_id", "phone", "email", "status", "status_reason"]) expect(group).not.toHaveProperty(field)
    })

    it("lists the group's products with their English titles when the reader asks for English", async () => {
      const path = `/store/producer-groups/${world.group.handle}`
      const english = await api.get(path, { headers: { ...world.headers.headers, "x-medusa-locale": "en-US" } })
      expect(english.data.producer_group.products.map((p: any) => p.title)).toEqual([`Product ${world.product.handle}`])
      const thai = await api.get(path, world.headers)
      expect(thai.data.producer_group.products.map((p: any) => p.title)).toEqual([`สินค้า ${world.product.handle}`])
    })

    it("lists approved groups by province or region, paged, each with its tambon and province names", async () => {
      const second = await createGroup(getContainer(), world.owner.producer_id, "500101") // Chiang Mai
      const bangkok = await createGroup(getContainer(), world.owner.producer_id, "100101") // Bangkok, central
      await createGroup(getContainer(), world.owner.producer_id, "500101", false) // pending: never listed

      const chiangMai = await api.get("/store/producer-groups?province_code=50&limit=1&offset=0", world.headers)
      expect(chiangMai.data.count).toBe(2)
      expect(chiangMai.data.producer_groups).toHaveLength(1)
      const nextPage = await api.get("/store/producer-groups?province_code=50&limit=1&offset=1", world.headers)
      const handles = [...chiangMai.data.producer_groups, ...nextPage.data.producer_groups].map((g: any) => g.handle).sort()
      expect(handles).toEqual([world.group.handle, second.handle].sort())
      expect(chiangMai.data.producer_groups[0].location).toMatchObject({
        province_code: "50", province_th: "เชียงใหม่", province_en: "Chiang Mai", subdistrict_th: expect.any(String), subdistrict_en: expect.any(String),
      })

      const central = await api.get("/store/producer-groups?region=central", world.headers)
      expect(central.data.producer_groups.map((g: any) => g.handle)).toEqual([bangkok.handle])
      expect(central.data.producer_groups[0].location.province_code).toBe("10")

      expect((await api.get("/store/producer-groups?province_code=chiangmai", world.headers).catch(fail)).status).toBe(400)
    })

    it("an unknown or unapproved group is a 404", async () => {
      expect((await api.get("/store/producer-groups/no-such-group", world.headers).catch(fail)).status).toBe(404)
      const pending = await createGroup(getContainer(), world.owner.producer_id, "500101", false)
      expect((await api.get(`/store/producer-groups/${pending.handle}`, world.headers).catch(fail)).status).toBe(404)
    })
  },
})
