import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from ".."
import ProducerModuleService from "../service"

jest.setTimeout(60 * 1000)

const group = (overrides: Record<string, unknown> = {}) => ({
  handle: "ban-na-kha-silk",
  name_th: "กลุ่มทอผ้าไหมบ้านนาข่า",
  name_en: "Ban Na Kha Silk Weavers",
  producer_type: "COMMUNITY_GROUP" as const,
  otop_registration_no: "OTOP-41-2562-00012",
  subdistrict_code: "410114",
  district_code: "4101",
  province_code: "41",
  region: "northeast",
  inspection_zone: "10",
  ...overrides,
})

moduleIntegrationTestRunner<ProducerModuleService>({
  moduleName: PRODUCER_MODULE,
  resolve: "./src/modules/producer",
  testSuite: ({ service }) => {
    it("creates a pending group with members of both roles", async () => {
      const created = await service.createProducerGroups(group())
      expect(created).toMatchObject({ id: expect.stringMatching(/^pgrp_/), status: "pending" })
      const [owner, staff] = await service.createProducers([{ email: "owner@example.th" }, { email: "staff@example.th" }])
      await service.createGroupMemberships([
        { group_id: created.id, producer_id: owner.id, role: "owner" },
        { group_id: created.id, producer_id: staff.id, role: "staff" },
      ])
      const withMembers = await service.retrieveProducerGroup(created.id, { relations: ["memberships", "memberships.producer"] })
      expect(withMembers.memberships.map((m) => [m.producer.email, m.role]).sort()).toEqual([
        ["owner@example.th", "owner"],
        ["staff@example.th", "staff"],
      ])
    })

    it("refuses a second group with the same handle or OTOP registration number", async () => {
      await service.createProducerGroups(group())
      await expect(service.createProducerGroups(group({ otop_registration_no: "OTOP-41-2562-99999" }))).rejects.toThrow(/handle/)
      await expect(service.createProducerGroups(group({ handle: "another-handle" }))).rejects.toThrow(/otop_registration_no/)
      // Groups without a number yet (new registrations) do not clash with each other.
      await service.createProducerGroups(group({ handle: "new-a", otop_registration_no: null }))
      await service.createProducerGroups(group({ handle: "new-b", otop_registration_no: null }))
    })

    it("keeps one membership per person and group", async () => {
      const g = await service.createProducerGroups(group())
      const p = await service.createProducers({ email: "a@example.th" })
      await service.createGroupMemberships({ group_id: g.id, producer_id: p.id, role: "owner" })
      await expect(service.createGroupMemberships({ group_id: g.id, producer_id: p.id, role: "staff" })).rejects.toThrow()
    })
  },
})
