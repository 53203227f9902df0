import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import { trackCertificationExpiryWorkflow } from "../../src/workflows/certification/track-certification-expiry"
import { bearer, createGroup, createProducerProduct, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
const DAY = 86_400_000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)

    beforeAll(async () => {
      const container = getContainer()
      await runSeed(container, { demo: false })
      const owner = await signUpProducer(api, "cert-owner@example.th")
      world.token = owner.token
      world.group = await createGroup(container, owner.producer_id, "500101") // Chiang Mai
      world.product = await createProducerProduct(api, owner.token, "cert-chili-paste")
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "fda.pdf")
      form.append("purpose", "document")
      world.document = (await api.post("/producer/uploads", form, bearer(owner.token))).data.uploads[0]
      world.staffCm = await signInStaff(api, container, "cert-staff-cm@example.th", { province_codes: ["50"] })
      world.staffSurin = await signInStaff(api, container, "cert-staff-surin@example.th", { province_codes: ["32"] })
    })

    const submit = (body: unknown) => api.post(`/producer/products/${world.product.id}/certifications`, body, bearer(world.token))

    it("a producer adds an FDA number: a wrong one is refused with the format shown, a right one is stored normalised", async () => {
      for (const number of ["50-2-00162-2-003", "5O-2-00162-2-0031", "50200162200311", ""]) {
        const res = await fail(submit({ scheme: "fda_food", number, document_id: world.document.id }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^number: /)
        expect(res.data.message).toContain("50-2-00162-2-0031")
      }
      const { data } = await submit({ scheme: "fda_food", number: "50 2 00162 2 0031", document_id: world.document.id })
      expect(data.certification).toMatchObject({
        scheme: "fda_food",
        number: "5020016220031",
        number_display: "50-2-00162-2-0031",
        status: "pending",
        lookup_url: expect.stringContaining("fda.moph.go.th"),
      })
    })

    it("refuses unknown schemes, group-only schemes on a product, and backwards dates", async () => {
      expect((await fail(submit({ scheme: "michelin", number: "1" }))).data.message).toMatch(/^scheme: /)
      expect((await fail(submit({ scheme: "gmp", number: "GMP-123/2567" }))).data.message).toMatch(/certifies the producer/)
      const dates = await fail(submit({ scheme: "tcps", number: "มผช. 247/2552", issued_at: "2025-05-01", expires_at: "2024-05-01" }))
      expect(dates.data.message).toMatch(/^expires_at: /)
      const group = await api.post("/producer/certifications", { scheme: "gmp", number: "GMP 123/2567" }, bearer(world.token))
      expect(group.data.certification).toMatchObject({ product_id: null, status: "draft" })
    })

    it("a draft without a document cannot be verified; staff in scope verify a pending one, others get a 404", async () => {
      const { data: draft } = await submit({ scheme: "tcps", number: "TCPS 247-2552", issued_at: "2024-01-15" })
      expect(draft.certification).toMatchObject({ status: "draft", number: "247/2552", number_display: "มผช. 247/2552" })
      // TCPS certificates run 3 years by default when only the issue date is given.
      // Dates are Bangkok calendar days: 15 January 2027 starts at 17:00 UTC the day before.
      expect(new Date(draft.certification.expires_at).toISOString()).toBe("2027-01-14T17:00:00.000Z")
      const cannot = await fail(api.post(`/staff/certifications/${draft.certification.id}/verify`, {}, bearer(world.staffCm)))
      expect(cannot.status).toBe(400)
      expect(cannot.data.message).toMatch(/draft/)

      const { data: pending } = await submit({ scheme: "gi", number: "สช 61100104", document_id: world.document.id, details: { gi_name: "ทุเรียนหลงลับแลอุตรดิตถ์" } })
      const queue = await api.get("/staff/certifications?status=pending", bearer(world.staffCm))
      const file = await api.get(`/staff/certifications/${pending.certification.id}/document`, { ...bearer(world.staffCm), responseType: "text" })
      expect(file.headers["content-type"]).toMatch(/application\/pdf/)
      expect(file.data).toBe(PDF.toString())
      expect((await fail(api.get(`/staff/certifications/${pending.certification.id}/document`, bearer(world.staffSurin)))).status).toBe(404)
      expect(queue.data.certifications.map((c: any) => c.id)).toContain(pending.certification.id)
      expect(queue.data.certifications[0].product).toMatchObject({ id: world.product.id })
      expect((await api.get("/staff/certifications?status=pending", bearer(world.staffSurin))).data.certifications).toEqual([])
      expect((await fail(api.post(`/staff/certifications/${pending.certification.id}/verify`, {}, bearer(world.staffSurin)))).status).toBe(404)

      const noReason = await fail(api.post(`/staff/certifications/${pending.certification.id}/reject`, {}, bearer(world.staffCm)))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/^reason: /)

      const { data: verified } = await api.post(`/staff/certifications/${pending.certification.id}/verify`, {}, bearer(world.staffCm))
      expect(verified.certification).toMatchObject({ status: "verified", decided_by: expect.any(String) })
      const twice = await fail(api.post(`/staff/certifications/${pending.certification.id}/verify`, {}, bearer(world.staffCm)))
      expect(twice.data.message).toMatch(/already verified/)

      await eventually(async () => {
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "certification-verified" })
        expect(sent.map((n) => n.to)).toEqual(["cert-owner@example.th"])
      })
    })

    it("expiry: reminders go out once within the scheme's lead time, and the day it expires it stops counting", async () => {
      const container = getContainer()
      const service: any = container.resolve(CERTIFICATION_MODULE)
      const now = Date.now()
      const make = async (scheme: string, number: string, expiresInDays: number) => {
        const { data } = await submit({ scheme, number, document_id: world.document.id, expires_at: new Date(now + expiresInDays * DAY).toISOString().slice(0, 10) })
        await api.post(`/staff/certifications/${data.certification.id}/verify`, {}, bearer(world.staffCm))
        return data.certification.id
      }
      const cosmetic = await make("fda_cosmetic", "1016400012", 150) // within cosmetics' 180 days
      const food = await make("tcps", "มผช. 12/2560", 150) // outside มผช.'s 90 days
      const expiring = await make("q_mark", "กษ 03-0001-50-001-000123 GAP", 3)
      const run = (days: number) => trackCertificationExpiryWorkflow(container).run({ input: { now: new Date(now + days * DAY).toISOString() } })

      const first = await run(0)
      expect(first.result.expiring.sort()).toEqual([cosmetic, expiring].sort())
      expect(first.result.expired).toEqual([])
      expect((await run(0)).result.expiring).toEqual([]) // once only

      const later = await run(4)
      expect(later.result.expired).toEqual([expiring])
      const [row] = await service.listCertifications({ id: expiring })
      expect(row.status).toBe("expired")
      const [stillFood] = await service.listCertifications({ id: food })
      expect(stillFood.status).toBe("verified")
      const { data } = await api.get(`/producer/products/${world.product.id}/certifications`, bearer(world.token))
      expect(data.certifications.find((c: any) => c.id === cosmetic)).toMatchObject({ expiry_warning: true })
      await eventually(async () => {
        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "certification-expired" })
        expect(sent).toHaveLength(1)
      })
    })
  },
})
