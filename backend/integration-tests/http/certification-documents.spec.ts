import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, createGroup, createProducerProduct, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

// A claim saved without its document (a draft) gets the document later and goes to the staff queue;
// what the portal's certification screens need from the store's scheme data.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const upload = async (token: string, purpose: "document" | "picture") => {
      const form = new FormData()
      form.append("files", purpose === "document" ? new Blob([PDF], { type: "application/pdf" }) : new Blob([PNG], { type: "image/png" }), purpose === "document" ? "cert.pdf" : "photo.png")
      form.append("purpose", purpose)
      return (await api.post("/producer/uploads", form, bearer(token))).data.uploads[0]
    }
    const draft = async (number: string) =>
      (await api.post(`/producer/products/${world.product.id}/certifications`, { scheme: "tcps", number }, bearer(world.token))).data.certification
    const attach = (id: string, body: unknown, token = world.token) => api.post(`/producer/certifications/${id}/document`, body, bearer(token))

    beforeAll(async () => {
      const container = getContainer()
      world.store = await runSeed(container, { demo: false })
      const owner = await signUpProducer(api, "cert-doc-owner@example.th")
      world.token = owner.token
      await createGroup(container, owner.producer_id, "500101") // Chiang Mai
      world.product = await createProducerProduct(api, owner.token, "cert-doc-sai-ua")
      world.document = await upload(owner.token, "document")
      world.picture = await upload(owner.token, "picture")
      const other = await signUpProducer(api, "cert-doc-other@example.th")
      await createGroup(container, other.producer_id, "500101")
      world.otherToken = other.token
      world.otherDocument = await upload(other.token, "document")
      world.staff = await signInStaff(api, container, "cert-doc-staff@example.th", { province_codes: ["50"] })
    })

    it("the store's scheme data carries the number mask and each scheme's reminder lead time", async () => {
      const { data } = await api.get("/store/vocabularies", { headers: { "x-publishable-api-key": world.store.publishableKey } })
      const byCode = new Map(data.certification_schemes.map((s: any) => [s.code, s]))
      expect(byCode.get("fda_food")).toMatchObject({ number_mask: "XX-X-XXXXX-X-XXXX", reminder_days: 90, applies_to: "product" })
      expect(byCode.get("fda_cosmetic")).toMatchObject({ reminder_days: 180, default_validity_years: 3 })
      expect(byCode.get("peacock_gold")).toMatchObject({ number_mask: null, number_example: null })
      expect(byCode.get("gmp")).toMatchObject({ applies_to: "group" })
    })

    it("a draft gets its document later and waits for staff; a wrong document is refused and changes nothing", async () => {
      const claim = await draft("มผช. 247/2552")
      expect(claim.status).toBe("draft")

      const missing = await fail(attach(claim.id, {}))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/^document_id: /)
      const picture = await fail(attach(claim.id, { document_id: world.picture.id }))
      expect(picture.status).toBe(400)
      expect(picture.data.message).toMatch(/^document_id: .*public picture/)
      const foreign = await fail(attach(claim.id, { document_id: world.otherDocument.id }))
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/^document_id: /)
      expect((await api.get(`/producer/certifications/${claim.id}`, bearer(world.token))).data.certification.status).toBe("draft")

      const { data } = await attach(claim.id, { document_id: world.document.id })
      expect(data.certification).toMatchObject({ id: claim.id, status: "pending", document_filename: "cert.pdf", number_display: "มผช. 247/2552" })
      const queue = await api.get("/staff/certifications?status=pending", bearer(world.staff))
      expect(queue.data.certifications.map((c: any) => c.id)).toContain(claim.id)
      const file = await api.get(`/staff/certifications/${claim.id}/document`, { ...bearer(world.staff), responseType: "text" })
      expect(file.data).toBe(PDF.toString())
    })

    it("a rejected claim goes back to the queue with a new document; a verified one cannot change its document", async () => {
      const claim = await draft("มผช. 12/2560")
      await attach(claim.id, { document_id: world.document.id })
      await api.post(`/staff/certifications/${claim.id}/reject`, { reason: "เอกสารไม่ชัด" }, bearer(world.staff))
      const { data } = await attach(claim.id, { document_id: world.document.id })
      expect(data.certification).toMatchObject({ status: "pending", status_reason: null, decided_by: null })

      await api.post(`/staff/certifications/${claim.id}/verify`, {}, bearer(world.staff))
      const decided = await fail(attach(claim.id, { document_id: world.document.id }))
      expect(decided.status).toBe(400)
      expect(decided.data.message).toMatch(/already verified/)
      expect((await api.get(`/producer/certifications/${claim.id}`, bearer(world.token))).data.certification.status).toBe("verified")
    })

    it("another group's certification is a 404, whatever the body", async () => {
      const claim = await draft("มผช. 13/2560")
      const res = await fail(attach(claim.id, { document_id: world.otherDocument.id }, world.otherToken))
      expect(res.status).toBe(404)
      expect(res.data.message).not.toContain(world.product.id)
    })
  },
})
