import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { bearer, PASSWORD } from "../helpers/actors"

jest.setTimeout(300 * 1000)

// The Medusa admin page "CDD staff" (src/admin/routes/cdd-staff) is a client of these routes.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}

    beforeAll(async () => {
      const container = getContainer()
      const { data: reg } = await api.post("/auth/user/emailpass/register", { email: "operator@example.th", password: PASSWORD })
      const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ provider_identities: { entity_id: "operator@example.th" } } as any)
      await createUserAccountWorkflow(container).run({ input: { authIdentityId: identity.id, userData: { email: "operator@example.th" } } })
      expect(reg.token).toBeTruthy()
      const { data } = await api.post("/auth/user/emailpass", { email: "operator@example.th", password: PASSWORD })
      world.admin = data.token
    })

    it("an operator creates provincial and national officers, who can then sign in with their scope", async () => {
      const { data: geo } = await api.get("/admin/geo/provinces", bearer(world.admin))
      expect(geo.provinces).toHaveLength(77)

      const { data: created } = await api.post(
        "/admin/cdd-staff",
        { email: "officer.kk@example.th", password: "officer-password", first_name: "สมชาย", province_codes: ["40", "44"] },
        bearer(world.admin)
      )
      expect(created.cdd_staff).toMatchObject({ email: "officer.kk@example.th", is_national: false, province_codes: ["40", "44"] })
      await api.post("/admin/cdd-staff", { email: "officer.hq@example.th", password: "officer-password", is_national: true }, bearer(world.admin))

      const { data: list } = await api.get("/admin/cdd-staff", bearer(world.admin))
      expect(list.cdd_staff.map((s: any) => s.email)).toEqual(["officer.hq@example.th", "officer.kk@example.th"])

      const { data: login } = await api.post("/auth/cdd_staff/emailpass", { email: "officer.kk@example.th", password: "officer-password" })
      const { data: me } = await api.get("/staff/me", bearer(login.token))
      expect(me.cdd_staff ?? me.staff ?? me).toMatchObject({ province_codes: ["40", "44"] })
    })

    it("refuses bad input with the field named, and anyone who is not an operator", async () => {
      const fail = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
      const short = await fail(api.post("/admin/cdd-staff", { email: "x@example.th", password: "short" }, bearer(world.admin)))
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/password/)
      const badProvince = await fail(api.post("/admin/cdd-staff", { email: "y@example.th", password: "long-enough-1", province_codes: ["5"] }, bearer(world.admin)))
      expect(badProvince.status).toBe(400)
      expect(badProvince.data.message).toMatch(/province_codes/)
      expect((await fail(api.get("/admin/cdd-staff"))).status).toBe(401)
      expect((await fail(api.post("/admin/cdd-staff", { email: "z@example.th", password: "long-enough-1", is_national: true }))).status).toBe(401)
    })
  },
})
