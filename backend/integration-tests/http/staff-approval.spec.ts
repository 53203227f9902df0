import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { runSeed } from "../../src/seed"
import { bearer, createGroup, createProducerProduct, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (e: any) => e.response

    beforeAll(async () => {
      world.store = await runSeed(getContainer(), { demo: false })
      world.owner = await signUpProducer(api, "pending-owner@example.th")
      world.group = await createGroup(getContainer(), world.owner.producer_id, "500101", false) // Chiang Mai, pending
      world.product = await createProducerProduct(api, world.owner.token, "pending-group-product")
      world.staff = await signInStaff(api, getContainer(), "approver-cm@example.th", { province_codes: ["50"] })
    })

    it("staff in scope see the pending registration, approve it, and its products reach the store", async () => {
      const headers = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      const store = async () => (await api.get(`/store/products?handle=${world.product.handle}`, headers)).data.products
      expect(await store()).toEqual([])
      expect((await api.get(`/store/producer-groups/${world.group.handle}`, headers).catch(fail)).status).toBe(404)

      const { data: pending } = await api.get("/staff/producer-groups?status=pending", bearer(world.staff))
      expect(pending.producer_groups.map((g: any) => g.id)).toEqual([world.group.id])

      const { data: approved } = await api.post(`/staff/producer-groups/${world.group.id}/approve`, {}, bearer(world.staff))
      expect(approved.producer_group).toMatchObject({ status: "approved", approved_at: expect.any(String) })
      expect(approved.producer_group.status_events.map((e: any) => e.to_status).sort()).toEqual(["approved", "pending"])
      expect((await store()).map((p: any) => p.id)).toEqual([world.product.id])
      const { data: group } = await api.get(`/store/producer-groups/${world.group.handle}`, headers)
      expect(group.producer_group).toMatchObject({ location: { province_code: "50", province_en: "Chiang Mai" } })
      const listed = await api.get("/store/producer-groups?province_code=50", headers)
      expect(listed.data.producer_groups.map((g: any) => g.handle)).toEqual([world.group.handle])
    })

    it("suspending needs a reason, hides the products, and tells the owners why", async () => {
      await api.post(`/staff/producer-groups/${world.group.id}/approve`, {}, bearer(world.staff))
      const noReason = await api.post(`/staff/producer-groups/${world.group.id}/suspend`, {}, bearer(world.staff)).catch(fail)
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/^reason:/)

      const reason = "ใบรับจดแจ้งหมดอายุ / notification receipt expired"
      const { data } = await api.post(`/staff/producer-groups/${world.group.id}/suspend`, { reason }, bearer(world.staff))
      expect(data.producer_group).toMatchObject({ status: "suspended", status_reason: reason })
      const headers = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      expect((await api.get(`/store/products?handle=${world.product.handle}`, headers)).data.products).toEqual([])

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = await eventually(async () => {
        const list = await notifications.listNotifications({ to: "pending-owner@example.th" })
        expect(list.find((n: any) => n.template === "producer-group-suspended")).toBeDefined()
        return list.find((n: any) => n.template === "producer-group-suspended")!
      })
      expect(sent.data).toMatchObject({ reason, status: "suspended" })

      const { data: mine } = await api.get("/producer/registrations", bearer(world.owner.token))
      expect(mine.registrations[0]).toMatchObject({ status: "suspended", status_reason: reason })

      const reinstated = await api.post(`/staff/producer-groups/${world.group.id}/reinstate`, {}, bearer(world.staff))
      expect(reinstated.data.producer_group.status).toBe("approved")
      expect((await api.get(`/store/products?handle=${world.product.handle}`, headers)).data.products).toHaveLength(1)
    })

    it("refuses transitions the lifecycle does not allow", async () => {
      const res = await api.post(`/staff/producer-groups/${world.group.id}/reinstate`, {}, bearer(world.staff)).catch(fail)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/cannot be approved; allowed from: suspended/)
    })

    it("staff in scope open a registration's documents, which are private files; others get a 404", async () => {
      const filer = await signUpProducer(api, "documents-owner@example.th")
      const upload = async (name: string, type: string, body: string) => {
        const form = new FormData()
        form.append("files", new Blob([Buffer.from(body)], { type }), name)
        form.append("purpose", "document")
        return (await api.post("/producer/uploads", form, bearer(filer.token))).data.uploads[0]
      }
      const idCard = await upload("บัตรประชาชน.pdf", "application/pdf", "%PDF-1.4 id card")
      const house = await upload("house.pdf", "application/pdf", "%PDF-1.4 house")
      const photo = await upload("photo.png", "image/png", "png bytes")
      const { data } = await api.post(
        "/producer/registrations",
        {
          handle: "documents-group", name_th: "กลุ่มเอกสาร", name_en: "Documents group", producer_type: "COMMUNITY_GROUP", subdistrict_code: "500101",
          documents: [
            { kind: "id_card_chair", upload_id: idCard.id },
            { kind: "house_registration", upload_id: house.id },
            { kind: "product_photo", upload_id: photo.id },
          ],
        },
        bearer(filer.token)
      )
      const group = data.producer_group
      const { data: detail } = await api.get(`/staff/producer-groups/${group.id}`, bearer(world.staff))
      const document = detail.producer_group.documents.find((d: any) => d.kind === "id_card_chair")
      const file = await api.get(`/staff/producer-groups/${group.id}/documents/${document.id}/content`, { ...bearer(world.staff), responseType: "text" })
      expect(file.headers["content-type"]).toMatch(/application\/pdf/)
      expect(file.headers["cache-control"]).toBe("private, no-store")
      expect(file.headers["content-disposition"]).toContain(encodeURIComponent("บัตรประชาชน.pdf"))
      expect(file.data).toBe("%PDF-1.4 id card")
      expect((await api.get(new URL(idCard.url).pathname).catch(fail)).status).toBe(404)
      const surin = await signInStaff(api, getContainer(), "documents-surin@example.th", { province_codes: ["32"] })
      expect((await api.get(`/staff/producer-groups/${group.id}/documents/${document.id}/content`, bearer(surin)).catch(fail)).status).toBe(404)
    })
  },
})
