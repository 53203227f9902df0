import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import { bearer, createGroup, PASSWORD, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// The Medusa admin's product widget (src/admin/widgets/product-trust.tsx) is a client of these routes.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const trust = (productId: string, path = "") => `/admin/products/${productId}/trust${path}`
    const asAdmin = () => bearer(world.admin)
    const product = async (handle: string, category: string) =>
      (
        await api.post(
          "/producer/products",
          { handle, title: { th: handle }, category, status: "published", weight_g: 200, variants: [{ price: "990", stock: 2 }] },
          bearer(world.producer)
        )
      ).data.product

    beforeAll(async () => {
      const container = getContainer()
      await runSeed(container, { demo: false })
      await api.post("/auth/user/emailpass/register", { email: "trust-operator@example.th", password: PASSWORD })
      const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ provider_identities: { entity_id: "trust-operator@example.th" } } as any)
      const { result: user } = await createUserAccountWorkflow(container).run({ input: { authIdentityId: identity.id, userData: { email: "trust-operator@example.th" } } })
      world.userId = user.id
      world.admin = (await api.post("/auth/user/emailpass", { email: "trust-operator@example.th", password: PASSWORD })).data.token

      const owner = await signUpProducer(api, "trust-owner@example.th")
      world.producer = owner.token
      world.group = await createGroup(container, owner.producer_id, "460101") // Kalasin
      world.silk = await product("trust-praewa-shawl", "textile-apparel")
      world.chili = await product("trust-chili-paste", "food")
      const form = new FormData()
      form.append("files", new Blob([PDF], { type: "application/pdf" }), "fda.pdf")
      form.append("purpose", "document")
      world.document = (await api.post("/producer/uploads", form, bearer(owner.token))).data.uploads[0]
      world.staff = await signInStaff(api, container, "trust-staff-kalasin@example.th", { province_codes: ["46"] })
    })

    it("reads the trust data of a product: empty at first, with the vocabularies and schemes the forms offer", async () => {
      const { data } = await api.get(trust(world.silk.id), asAdmin())
      expect(data.product).toMatchObject({ id: world.silk.id, is_textile: true, group: { id: world.group.id, province_code: "46" } })
      expect(data).toMatchObject({ grades: [], certifications: [], attributes: null })
      expect(data.vocabularies.fiber.find((t: any) => t.code === "SILK")).toMatchObject({ th: "ผ้าไหม", en: "Silk" })
      expect(data.vocabularies.soft_power.length).toBeGreaterThanOrEqual(11)
      expect(data.certification_schemes.find((s: any) => s.code === "fda_food")).toMatchObject({
        applies_to: "product",
        number_required: true,
        number_example: "50-2-00162-2-0031",
        label: { th: expect.any(String), en: expect.any(String) },
      })
      expect((await api.get(trust(world.chili.id), asAdmin())).data.product.is_textile).toBe(false)
    })

    it("records a round's grade, refuses the same round twice, corrects it with the operator as author; history newest first", async () => {
      const { data: first } = await api.post(trust(world.chili.id, "/grades"), { round_be: 2565, stars: 3, score: 72.5, announced_at: "2022-09-01" }, asAdmin())
      expect(first.grades).toEqual([
        expect.objectContaining({ round_be: 2565, stars: 3, score: 72.5, source: "operator", recorded_by: world.userId, recorded_by_actor: { type: "operator", email: "trust-operator@example.th" } }),
      ])
      const { status, data } = await api.post(trust(world.chili.id, "/grades"), { round_be: 2567, stars: 4, certificate_number: "OTOP-67-0001" }, asAdmin())
      expect(status).toBe(201)
      expect(data.grades.map((g: any) => [g.round_be, g.stars])).toEqual([[2567, 4], [2565, 3]])

      const twice = await fail(api.post(trust(world.chili.id, "/grades"), { round_be: 2567, stars: 5 }, asAdmin()))
      expect(twice.status).toBe(422)
      expect(twice.data.message).toMatch(/^round_be: .*2567/)

      const { data: corrected } = await api.post(trust(world.chili.id, "/grades/2567"), { stars: 5, announced_at: "2024-08-30" }, asAdmin())
      expect(corrected.grades[0]).toMatchObject({ round_be: 2567, stars: 5, certificate_number: "OTOP-67-0001", source: "operator" })
      expect(corrected.grades[0].announced_at.slice(0, 10)).toBe("2024-08-30")
      expect(corrected.grades).toHaveLength(2)

      // A grade staff entered and an operator corrected names the operator as its last author.
      await api.post(`/staff/products/${world.silk.id}/grades`, { round_be: 2566, stars: 2 }, bearer(world.staff))
      const { data: silk } = await api.get(trust(world.silk.id), asAdmin())
      expect(silk.grades[0]).toMatchObject({ source: "staff", recorded_by_actor: { type: "cdd_staff", email: "trust-staff-kalasin@example.th" } })
      const { data: fixed } = await api.post(trust(world.silk.id, "/grades/2566"), { stars: 3 }, asAdmin())
      expect(fixed.grades[0]).toMatchObject({ stars: 3, source: "operator", recorded_by: world.userId })

      const missing = await fail(api.post(trust(world.chili.id, "/grades/2560"), { stars: 4 }, asAdmin()))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toMatch(/^round_be: /)
      for (const [body, field] of [
        [{ round_be: 2567, stars: 6 }, /^stars: 1 to 5/],
        [{ round_be: 67, stars: 4 }, /^round_be: a selection round as a BE year/],
        [{ round_be: 2566, stars: 4, announced_at: "30/08/2567" }, /^announced_at: /],
        [{ round_be: 2566, stars: 4, colour: "gold" }, /colour/],
      ] as const) {
        const res = await fail(api.post(trust(world.chili.id, "/grades"), body, asAdmin()))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(field)
      }
      expect((await fail(api.post(trust(world.chili.id, "/grades/abc"), { stars: 4 }, asAdmin()))).data.message).toMatch(/^round_be: /)
    })

    it("verifies a producer's pending certification and rejects another with a reason, recording the operator", async () => {
      const submit = (body: unknown) => api.post(`/producer/products/${world.chili.id}/certifications`, body, bearer(world.producer))
      const { data: fda } = await submit({ scheme: "fda_food", number: "50-2-00162-2-0031", document_id: world.document.id })
      const { data: tcps } = await submit({ scheme: "tcps", number: "มผช. 247/2552", document_id: world.document.id })
      const { data: draft } = await submit({ scheme: "halal", number: "H-123" })

      const { data: listed } = await api.get(trust(world.chili.id), asAdmin())
      expect(listed.certifications.find((c: any) => c.id === fda.certification.id)).toMatchObject({
        status: "pending",
        number_display: "50-2-00162-2-0031",
        scheme_label: { th: expect.any(String), en: expect.any(String) },
        lookup_url: expect.stringContaining("fda.moph.go.th"),
        has_document: true,
        applies_to: "product",
        submitted_by_actor: { type: "producer", email: "trust-owner@example.th" },
      })
      expect(listed.certifications.find((c: any) => c.id === fda.certification.id).document_url).toBeUndefined() // private file location
      const file = await api.get(trust(world.chili.id, `/certifications/${fda.certification.id}/document`), { ...asAdmin(), responseType: "text" })
      expect(file.headers["content-type"]).toMatch(/application\/pdf/)
      expect(file.data).toBe(PDF.toString())

      const { data: verified } = await api.post(trust(world.chili.id, `/certifications/${fda.certification.id}/verify`), {}, asAdmin())
      expect(verified.certifications.find((c: any) => c.id === fda.certification.id)).toMatchObject({
        status: "verified",
        decided_by: world.userId,
        decided_by_actor: { type: "operator", email: "trust-operator@example.th" },
      })
      const twice = await fail(api.post(trust(world.chili.id, `/certifications/${fda.certification.id}/verify`), {}, asAdmin()))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/already verified/)

      const noReason = await fail(api.post(trust(world.chili.id, `/certifications/${tcps.certification.id}/reject`), {}, asAdmin()))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/^reason: /)
      const { data: rejected } = await api.post(
        trust(world.chili.id, `/certifications/${tcps.certification.id}/reject`),
        { reason: "เลขที่ใบรับรองไม่ตรงกับเอกสาร / number does not match the scan" },
        asAdmin()
      )
      expect(rejected.certifications.find((c: any) => c.id === tcps.certification.id)).toMatchObject({
        status: "rejected",
        status_reason: "เลขที่ใบรับรองไม่ตรงกับเอกสาร / number does not match the scan",
        decided_by: world.userId,
      })

      const cannot = await fail(api.post(trust(world.chili.id, `/certifications/${draft.certification.id}/verify`), {}, asAdmin()))
      expect(cannot.status).toBe(400)
      expect(cannot.data.message).toMatch(/draft/)
      // Another product's certification is not this product's to decide.
      const elsewhere = await fail(api.post(trust(world.silk.id, `/certifications/${tcps.certification.id}/verify`), {}, asAdmin()))
      expect(elsewhere.status).toBe(404)
    })

    it("an operator adds a certification: with a scan it is pending (then verifiable), without one a draft; a wrong number shows the format", async () => {
      const form = new FormData()
      form.append("scheme", "fda_food")
      form.append("number", "50 2 00162 2 0032")
      form.append("issued_at", "2024-01-15")
      form.append("expires_at", "")
      form.append("document", new Blob([PDF], { type: "application/pdf" }), "ใบอนุญาต อย.pdf")
      const { status, data } = await api.post(trust(world.chili.id, "/certifications"), form, asAdmin())
      expect(status).toBe(201)
      const added = data.certifications.find((c: any) => c.id === data.certification_id)
      expect(added).toMatchObject({
        scheme: "fda_food",
        number: "5020016220032",
        status: "pending",
        has_document: true,
        document_filename: "ใบอนุญาต อย.pdf",
        submitted_by: world.userId,
        submitted_by_actor: { type: "operator", email: "trust-operator@example.th" },
      })
      const { data: verified } = await api.post(trust(world.chili.id, `/certifications/${added.id}/verify`), {}, asAdmin())
      expect(verified.certifications.find((c: any) => c.id === added.id).status).toBe("verified")

      const { data: draft } = await api.post(trust(world.chili.id, "/certifications"), { scheme: "tcps", number: "TCPS 12-2560" }, asAdmin())
      expect(draft.certifications.find((c: any) => c.id === draft.certification_id)).toMatchObject({ status: "draft", number_display: "มผช. 12/2560" })

      const wrong = await fail(api.post(trust(world.chili.id, "/certifications"), { scheme: "fda_food", number: "50-2-00162" }, asAdmin()))
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toMatch(/^number: /)
      expect(wrong.data.message).toContain("50-2-00162-2-0031")
      const unknown = await fail(api.post(trust(world.chili.id, "/certifications"), { scheme: "michelin" }, asAdmin()))
      expect(unknown.data.message).toMatch(/^scheme: /)

      // A refused claim with a scan stores nothing.
      const before = await getContainer().resolve(CERTIFICATION_MODULE).listCertifications({ product_id: world.chili.id })
      const badForm = new FormData()
      badForm.append("scheme", "fda_food")
      badForm.append("number", "12")
      badForm.append("document", new Blob([PDF], { type: "application/pdf" }), "x.pdf")
      expect((await fail(api.post(trust(world.chili.id, "/certifications"), badForm, asAdmin()))).status).toBe(400)
      const textForm = new FormData()
      textForm.append("scheme", "halal")
      textForm.append("document", new Blob(["hello"], { type: "text/plain" }), "note.txt")
      const text = await fail(api.post(trust(world.chili.id, "/certifications"), textForm, asAdmin()))
      expect(text.status).toBe(400)
      expect(text.data.message).toMatch(/^document: 'note.txt'/)
      expect(await getContainer().resolve(CERTIFICATION_MODULE).listCertifications({ product_id: world.chili.id })).toHaveLength(before.length)
    })

    it("sets attributes with the fixed vocabularies; a value outside one is a 400 naming the field; fabric only on textiles", async () => {
      const { data } = await api.post(
        trust(world.silk.id, "/attributes"),
        {
          fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT"], dye: "NATURAL", fabric_type: "PRAEWA", hand_woven: true },
          soft_power: ["FASHION", "DESIGN"],
          campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
        },
        asAdmin()
      )
      expect(data.attributes).toMatchObject({ fiber: "SILK", techniques: ["PRAEWA", "KHIT"], dye: "NATURAL", hand_woven: true, soft_power: ["FASHION", "DESIGN"], campaigns: ["PHA_THAI_SAI_HAI_SANUK"] })
      const { data: again } = await api.post(trust(world.silk.id, "/attributes"), { fabric: { fiber: "COTTON", techniques: ["MUDMEE"] }, soft_power: [] }, asAdmin())
      expect(again.attributes).toMatchObject({ id: data.attributes.id, fiber: "COTTON", techniques: ["MUDMEE"], dye: null, soft_power: [], campaigns: [] })

      const wool = await fail(api.post(trust(world.silk.id, "/attributes"), { fabric: { fiber: "WOOL" } }, asAdmin()))
      expect(wool.status).toBe(400)
      expect(wool.data.message).toMatch(/^fabric\.fiber: one of SILK, COTTON/)
      const sector = await fail(api.post(trust(world.silk.id, "/attributes"), { soft_power: ["MUAY_THAI_SPACE"] }, asAdmin()))
      expect(sector.data.message).toMatch(/^soft_power\.0: one of FOOD/)
      const onFood = await fail(api.post(trust(world.chili.id, "/attributes"), { fabric: { fiber: "SILK" } }, asAdmin()))
      expect(onFood.status).toBe(400)
      expect(onFood.data.message).toMatch(/^fabric: only products in Textiles/)
      const { data: food } = await api.post(trust(world.chili.id, "/attributes"), { soft_power: ["FOOD"], campaigns: ["OFOS"] }, asAdmin())
      expect(food.attributes).toMatchObject({ fiber: null, soft_power: ["FOOD"], campaigns: ["OFOS"] })
    })

    it("is for operators only (a producer's or officer's token is a 401) and an unknown product is a 404", async () => {
      for (const token of [world.producer, world.staff]) {
        expect((await fail(api.get(trust(world.chili.id), bearer(token)))).status).toBe(401)
        expect((await fail(api.post(trust(world.chili.id, "/grades"), { round_be: 2566, stars: 4 }, bearer(token)))).status).toBe(401)
        expect((await fail(api.post(trust(world.chili.id, "/attributes"), { soft_power: ["FOOD"] }, bearer(token)))).status).toBe(401)
      }
      expect((await fail(api.get(trust(world.chili.id)))).status).toBe(401)
      const unknown = "prod_01UNKNOWN0000000000000000"
      const calls = [
        () => api.get(trust(unknown), asAdmin()),
        () => api.post(trust(unknown, "/grades"), { round_be: 2566, stars: 4 }, asAdmin()),
        () => api.post(trust(unknown, "/grades/2566"), { stars: 4 }, asAdmin()),
        () => api.post(trust(unknown, "/certifications"), { scheme: "halal" }, asAdmin()),
        () => api.post(trust(unknown, "/certifications/cert_x/verify"), {}, asAdmin()),
        () => api.get(trust(unknown, "/certifications/cert_x/document"), asAdmin()),
        () => api.post(trust(unknown, "/attributes"), { soft_power: ["FOOD"] }, asAdmin()),
      ]
      for (const call of calls) {
        const res = await fail(call())
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/not found/i)
      }
      expect((await fail(api.post(trust(world.chili.id, "/certifications/cert_unknown/reject"), { reason: "x" }, asAdmin()))).status).toBe(404)
    })
  },
})
