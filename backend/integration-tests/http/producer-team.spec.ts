import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, createGroup, createProducerProduct, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}
    const fail = (e: any) => e.response

    beforeAll(async () => {
      world.store = await runSeed(getContainer(), { demo: false })
      const owner = await signUpProducer(api, "team-owner@example.th")
      world.owner = owner
      world.group = await createGroup(getContainer(), owner.producer_id, "540201") // Phrae
      world.product = await createProducerProduct(api, owner.token, "team-test-product")
    })

    it("an owner invites by email; registering with that email makes a staff member who manages products but not the team", async () => {
      const { data } = await api.post("/producer/team/invites", { email: "New.Staff@example.th", role: "staff" }, bearer(world.owner.token))
      expect(data).toMatchObject({ invite: { email: "new.staff@example.th", role: "staff" }, joined: false })
      expect(data.invite.token).toBeUndefined()

      const staff = await signUpProducer(api, "new.staff@example.th")
      const { data: me } = await api.get("/producer/me", bearer(staff.token))
      expect(me.groups).toEqual([expect.objectContaining({ id: world.group.id, role: "staff" })])
      expect((await api.get("/producer/products", bearer(staff.token))).data.count).toBe(1)
      expect((await api.get("/producer/team", bearer(staff.token)).catch(fail)).status).toBe(403)
      expect((await api.post("/producer/group", { story_th: "x" }, bearer(staff.token)).catch(fail)).status).toBe(403)
      const team = await api.get("/producer/team", bearer(world.owner.token))
      expect(team.data.members.map((m: any) => [m.producer.email, m.role]).sort()).toEqual([
        ["new.staff@example.th", "staff"],
        ["team-owner@example.th", "owner"],
      ])
      expect(team.data.invites).toEqual([])
    })

    it("imports products from CSV: nothing unless the whole file is valid, or only the valid rows when asked", async () => {
      const template = await api.get("/producer/products/import", bearer(world.owner.token))
      expect(template.headers["content-type"]).toMatch(/text\/csv/)
      expect(template.data).toContain("น้ำพริกหนุ่ม")
      const csv = [
        "handle,title_th,title_en,description_th,description_en,category,price_thb,stock,weight_g,made_to_order_days,status",
        "csv-khao-taen,ข้าวแต๋นน้ำแตงโม,Watermelon rice crackers,,,food,65.00,30,200,,published",
        "csv-bad,ผ้าขาวม้า,,,,textile-apparel,,5,300,,published",
      ].join("\n")
      const send = (mode?: string) => {
        const form = new FormData()
        form.append("file", new Blob([csv], { type: "text/csv" }), "products.csv")
        if (mode) form.append("mode", mode)
        return api.post("/producer/products/import", form, bearer(world.owner.token)).catch(fail)
      }
      const all = await send()
      expect(all.status).toBe(400)
      expect(all.data).toMatchObject({ mode: "all", imported: 0, rows: 2, errors: [{ row: 2, column: "price_thb", message: expect.any(String) }] })
      expect((await api.get("/producer/products", bearer(world.owner.token))).data.count).toBe(1)

      const some = await send("valid_only")
      expect(some.status).toBe(201)
      expect(some.data).toMatchObject({ mode: "valid_only", imported: 1, rows: 2, errors: [{ row: 2, column: "price_thb" }] })
      const { data } = await api.get("/producer/products?q=ข้าวแต๋น", bearer(world.owner.token))
      expect(data.products[0]).toMatchObject({ handle: "csv-khao-taen", title: "ข้าวแต๋นน้ำแตงโม" })
    })

    it("keeps at least one owner", async () => {
      const { data } = await api.get("/producer/team", bearer(world.owner.token))
      const mine = data.members.find((m: any) => m.producer.email === "team-owner@example.th")
      const res = await api.post(`/producer/team/members/${mine.id}`, { role: "staff" }, bearer(world.owner.token)).catch(fail)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/at least one owner/)
    })

    it("shows payout details to owners only, masked", async () => {
      const res = await api.post(
        "/producer/group",
        { payout_bank_code: "KBANK", payout_account_name: "กลุ่มทดสอบ", payout_account_number: "123-4-56789-0", payout_promptpay_id: "081-234-5678" },
        bearer(world.owner.token)
      )
      expect(res.data.producer_group.payout).toEqual({
        bank_code: "KBANK",
        account_name: "กลุ่มทดสอบ",
        account_number_masked: "••••••7890",
        promptpay_id_masked: "••••••5678",
      })
      expect(JSON.stringify(res.data)).not.toContain("56789")
      const bad = await api.post("/producer/group", { payout_promptpay_id: "12345" }, bearer(world.owner.token)).catch(fail)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/payout_promptpay_id/)
    })

    it("a temporary closure keeps products visible but not buyable, and says when the group reopens", async () => {
      const from = new Date(Date.now() - 86_400_000).toISOString()
      const until = new Date(Date.now() + 7 * 86_400_000).toISOString()
      await api.post("/producer/group", { closed_from: from, closed_until: until, closure_note_th: "ช่วงเก็บเกี่ยว" }, bearer(world.owner.token))
      const headers = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      const listed = await api.get(`/store/products?handle=${world.product.handle}`, headers)
      expect(listed.data.products).toHaveLength(1)
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId }, headers)
      const res = await api.post(`/store/carts/${c.cart.id}/line-items`, { variant_id: world.product.variants[0].id, quantity: 1 }, headers).catch(fail)
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(`closed until ${until.slice(0, 10)}`)
      const bad = await api.post("/producer/group", { closed_from: until, closed_until: from }, bearer(world.owner.token)).catch(fail)
      expect(bad.status).toBe(400)
    })

    it("rejects a second registration with a taken handle or number, and an unknown subdistrict, naming the field", async () => {
      const other = await signUpProducer(api, "second-owner@example.th")
      const uploaded: any[] = []
      const upload = async (name: string, type = "image/png", purpose = "document") => {
        const form = new FormData()
        form.append("files", new Blob([Buffer.from("%PDF-1.4 test")], { type }), name)
        form.append("purpose", purpose)
        const stored = (await api.post("/producer/uploads", form, bearer(other.token))).data.uploads[0]
        uploaded.push(stored)
        return stored.id
      }
      const documents = [
        { kind: "id_card_chair", upload_id: await upload("id.pdf", "application/pdf") },
        { kind: "house_registration", upload_id: await upload("house.pdf", "application/pdf") },
        { kind: "product_photo", upload_id: await upload("photo.png") },
      ]
      const base = { handle: "brand-new-group", name_th: "กลุ่มใหม่", name_en: "New group", producer_type: "SINGLE_OWNER", subdistrict_code: "500101", documents }
      const taken = await api.post("/producer/registrations", { ...base, handle: world.group.handle }, bearer(other.token)).catch(fail)
      expect(taken.status).toBe(422)
      expect(taken.data.message).toMatch(/^handle:/)
      const unknown = await api.post("/producer/registrations", { ...base, subdistrict_code: "999999" }, bearer(other.token)).catch(fail)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/^subdistrict_code:/)
      const missingDocs = await api.post("/producer/registrations", { ...base, documents: [] }, bearer(other.token)).catch(fail)
      expect(missingDocs.data.message).toMatch(/documents: missing id_card_chair/)
      // An ID card uploaded as a public picture is refused: documents are private files.
      const publicId = await upload("id-public.png", "image/png", "picture")
      const exposed = await api
        .post("/producer/registrations", { ...base, documents: [{ kind: "id_card_chair", upload_id: publicId }, ...documents.slice(1)] }, bearer(other.token))
        .catch(fail)
      expect(exposed.status).toBe(400)
      expect(exposed.data.message).toMatch(/^documents: .*purpose=document/)
      // A private document is not served statically; its owner streams it through the API.
      const idCard = uploaded[0]
      expect((await api.get(new URL(idCard.url).pathname).catch(fail)).status).toBe(404)
      const own = await api.get(`/producer/uploads/${idCard.id}/content`, { ...bearer(other.token), responseType: "text" })
      expect(own.headers["content-type"]).toMatch(/application\/pdf/)
      expect(own.data).toBe("%PDF-1.4 test")
      const badType = new FormData()
      badType.append("files", new Blob(["x"], { type: "text/plain" }), "notes.txt")
      const rejected = await api.post("/producer/uploads", badType, bearer(other.token)).catch(fail)
      expect(rejected.status).toBe(400)
      expect(rejected.data.message).toMatch(/notes\.txt.*allowed are PDF/)

      const ok = await api.post("/producer/registrations", base, bearer(other.token))
      expect(ok.status).toBe(201)
      expect(ok.data.producer_group).toMatchObject({ status: "pending", province_code: "50", region: "north", inspection_zone: "15" })
      const { data } = await api.get("/producer/registrations", bearer(other.token))
      expect(data.registrations[0].documents).toHaveLength(3)
    })
  },
})
