import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { trackCertificationExpiryWorkflow } from "../../src/workflows/certification/track-certification-expiry"
import { bearer, createGroup, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": world.store.publishableKey, ...extra } })
    const trust = async (id: string, extra: Record<string, string> = {}) => (await api.get(`/store/products/${id}/trust`, store(extra))).data.trust
    const status = (id: string) => api.get(`/store/products/${id}/trust`, store()).then((r: any) => r.status, (e: any) => e.response.status)

    async function uploadDocument(token: string) {
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "certificate.pdf")
      form.append("purpose", "document")
      return (await api.post("/producer/uploads", form, bearer(token))).data.uploads[0].id as string
    }

    async function product(token: string, handle: string, status: "published" | "draft" = "published") {
      const { data } = await api.post(
        "/producer/products",
        { handle, title: { th: `ผ้าไหม ${handle}`, en: `Silk ${handle}` }, category: "textile-apparel", status, weight_g: 300, variants: [{ price: "1500.00", stock: 3 }] },
        bearer(token)
      )
      return data.product.id as string
    }

    async function certify(token: string, productId: string, body: Record<string, unknown>, verify = true) {
      const { data } = await api.post(`/producer/products/${productId}/certifications`, { ...body, document_id: world.document }, bearer(token))
      if (verify) await api.post(`/staff/certifications/${data.certification.id}/verify`, {}, bearer(world.staff))
      return data.certification.id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      world.staff = await signInStaff(api, container, "trust-staff@example.th", { is_national: true })
      const owner = await signUpProducer(api, "trust-owner@example.th")
      world.owner = owner
      world.group = await createGroup(container, owner.producer_id, "460101") // Kalasin (46)
      world.document = await uploadDocument(owner.token)

      world.silk = await product(owner.token, "trust-praewa")
      await api.post(`/staff/products/${world.silk}/grades`, { round_be: 2565, stars: 4, certificate_number: "OTOP-65-0001" }, bearer(world.staff))
      await api.post(`/staff/products/${world.silk}/grades`, { round_be: 2567, stars: 5, score: 92.5 }, bearer(world.staff))
      await api.post(
        `/producer/products/${world.silk}/attributes`,
        {
          fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "KHO_SIRIVANNAVARI", hand_woven: true },
          soft_power: ["FASHION"],
          campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
        },
        bearer(owner.token)
      )
      await certify(owner.token, world.silk, { scheme: "gi", number: "สช61100106", details: { gi_name: "ผ้าไหมแพรวากาฬสินธุ์" } })
      await certify(owner.token, world.silk, { scheme: "tcps", number: "มผช. 16/2559", issued_at: inDays(-30), expires_at: inDays(200) })
      await certify(owner.token, world.silk, { scheme: "peacock_gold", number: null }, false) // pending: never a badge

      world.draft = await product(owner.token, "trust-draft", "draft")
      const waiting = await signUpProducer(api, "trust-waiting@example.th")
      await createGroup(container, waiting.producer_id, "460101", false)
      world.unapproved = await product(waiting.token, "trust-unapproved")

      // Subscribers refresh the catalog row after each request: wait for the last facts to land.
      await eventually(async () => {
        const t = await trust(world.silk)
        expect(t.certifications).toHaveLength(2)
        expect(t.fabric).toMatchObject({ dye: "NATURAL" })
      }, 30_000)
    })

    it("gives the latest grade with its round and the history, verified badges with their look-up, attributes and campaigns", async () => {
      const t = await trust(world.silk)
      expect(t).toMatchObject({
        product_id: world.silk,
        otop_grade: { stars: 5, round_be: 2567 },
        grades: [
          { round_be: 2567, stars: 5, score: 92.5, certificate_number: null },
          { round_be: 2565, stars: 4, certificate_number: "OTOP-65-0001" },
        ],
        fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "KHO_SIRIVANNAVARI", royal_pattern_year_be: 2564, hand_woven: true },
        soft_power: ["FASHION"],
        campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
        rating: { average: null, count: 0 },
        producer_group: { handle: world.group.handle, province_code: "46" },
      })
      // Verified ones only (the pending peacock mark is not there), numbers in display form.
      expect(t.certifications.map((c: any) => c.scheme)).toEqual(["gi", "tcps"])
      expect(t.certifications[0]).toMatchObject({ number: "สช 61100106", verified: true, gi_name: "ผ้าไหมแพรวากาฬสินธุ์", lookup_url: expect.stringMatching(/^https:\/\//) })
      // A calendar day is stored as its start in Bangkok (UTC+7).
      expect(t.certifications[1]).toMatchObject({ verified: true, expires_at: new Date(`${inDays(200)}T00:00:00+07:00`).toISOString() })
      // The group's name follows the reader's language.
      expect((await trust(world.silk, { "x-medusa-locale": "en-US" })).producer_group.name).toBe(world.group.name_en)
    })

    it("is a 404 for a draft, a product of a group not approved, and an unknown id", async () => {
      expect(await status(world.draft)).toBe(404)
      expect(await status(world.unapproved)).toBe(404)
      expect(await status("prod_does_not_exist")).toBe(404)
    })

    it("drops a certification the day it expires", async () => {
      await trackCertificationExpiryWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 300 * DAY).toISOString() } })
      await eventually(async () => expect((await trust(world.silk)).certifications.map((c: any) => c.scheme)).toEqual(["gi"]))
    })
  },
})
