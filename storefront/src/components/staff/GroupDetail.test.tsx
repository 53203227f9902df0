import { screen, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { StaffGroupDetail } from "@/lib/staff/types"
import { AddressRows, DocumentList, RegistrationRows, StatusTimeline } from "./GroupDetail"
import { StaffBar } from "./StaffBar"

const group: StaffGroupDetail = {
  id: "pgrp_1",
  handle: "mae-kampong-coffee",
  name_th: "กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง",
  name_en: "Ban Mae Kampong Coffee and Miang Group",
  producer_type: "COMMUNITY_GROUP",
  province_code: "50",
  status: "pending",
  status_reason: null,
  submitted_at: "2025-03-04T03:00:00.000Z",
  otop_registration_no: "OTOP-50-2567-00518",
  registration_year_be: 2567,
  community_enterprise_no: null,
  subdistrict_code: "502304",
  district_code: "5023",
  region: "north",
  village_th: "บ้านแม่กำปอง",
  village_en: "Ban Mae Kampong",
  moo: 3,
  address_line: null,
  story_th: null,
  story_en: null,
  phone: "0820005023",
  line_id: "maekampong.coffee",
  email: null,
  approved_at: null,
  rejected_at: null,
  suspended_at: null,
  metadata: null,
  has_payout_details: false,
  documents: [
    { id: "pgdoc_1", kind: "id_card_chair", url: "http://localhost:9000/static/1-id.pdf", filename: "id.pdf", mime_type: "application/pdf", size: 2048 },
  ],
  status_events: [
    { id: "e2", from_status: "pending", to_status: "rejected", reason: "เอกสารไม่ครบ", actor_type: "cdd_staff", actor_id: "cdds_me", created_at: "2025-03-05T03:00:00.000Z" },
    { id: "e1", from_status: null, to_status: "pending", reason: null, actor_type: "producer", actor_id: "pmbr_1", created_at: "2025-03-04T03:00:00.000Z" },
  ],
}

describe("staff registration details", () => {
  it("lists the registration facts, with the OTOP year in the Buddhist era and empty fields marked", () => {
    renderWithIntl(<RegistrationRows group={group} locale="th" />)
    expect(screen.getByTestId("field-otop_registration_no")).toHaveTextContent("OTOP-50-2567-00518")
    expect(screen.getByTestId("field-registration_year_be")).toHaveTextContent("พ.ศ. 2567")
    expect(screen.getByTestId("field-producer_type")).toHaveTextContent("กลุ่มผู้ผลิตชุมชน")
    expect(screen.getByTestId("field-community_enterprise_no")).toHaveTextContent("ไม่ได้ระบุ")
    expect(screen.getByTestId("field-payout")).toHaveTextContent("ยังไม่ได้กรอก")
  })

  it("names the subdistrict, district and province, or falls back to codes", () => {
    const location = {
      code: "502304",
      name_th: "ห้วยแก้ว",
      name_en: "Huai Kaeo",
      postcode: "50130",
      district: { code: "5023", name_th: "แม่ออน", name_en: "Mae On" },
      province: { code: "50", name_th: "เชียงใหม่", name_en: "Chiang Mai" },
    }
    const { unmount } = renderWithIntl(<AddressRows group={group} location={location} locale="th" />)
    expect(screen.getByTestId("field-village")).toHaveTextContent("บ้านแม่กำปอง หมู่ที่ 3")
    expect(screen.getByTestId("field-subdistrict")).toHaveTextContent("ห้วยแก้ว")
    expect(screen.getByTestId("field-district")).toHaveTextContent("แม่ออน")
    expect(screen.getByTestId("field-province")).toHaveTextContent("เชียงใหม่")
    expect(screen.getByTestId("field-postcode")).toHaveTextContent("50130")
    unmount()
    renderWithIntl(<AddressRows group={group} location={null} locale="en" />, "en")
    expect(screen.getByTestId("field-village")).toHaveTextContent("Ban Mae Kampong Moo 3")
    expect(screen.getByTestId("field-subdistrict")).toHaveTextContent("502304")
    expect(screen.getByTestId("field-province")).toHaveTextContent("Chiang Mai")
  })

  it("opens documents in a new tab through the storefront, not the file's own address", () => {
    renderWithIntl(<DocumentList group={group} locale="th" />)
    const link = within(screen.getByTestId("staff-document")).getByRole("link")
    expect(link).toHaveAttribute("href", "/api/staff/producer-groups/pgrp_1/documents/pgdoc_1?locale=th")
    expect(link).toHaveAttribute("target", "_blank")
    expect(link).toHaveTextContent("สำเนาบัตรประชาชนประธานกลุ่ม")
    expect(link).toHaveTextContent("id.pdf · ขนาด 2 KB")
    expect(link).toHaveAccessibleName(/เปิดในแท็บใหม่/)
  })

  it("says when there are no documents", () => {
    renderWithIntl(<DocumentList group={{ ...group, documents: [] }} locale="en" />, "en")
    expect(screen.getByText("This registration has no documents attached")).toBeInTheDocument()
  })

  it("shows the status history oldest first, with who decided and why", () => {
    renderWithIntl(<StatusTimeline events={group.status_events!} locale="th" staffId="cdds_me" />)
    const events = screen.getAllByTestId("timeline-event")
    expect(events.map((event) => event.dataset.to)).toEqual(["pending", "rejected"])
    expect(events[0]).toHaveTextContent("ยื่นคำขอ โดย ผู้ผลิต")
    expect(events[1]).toHaveTextContent("จาก รอพิจารณา เป็น ไม่อนุมัติ โดย คุณ")
    expect(events[1]).toHaveTextContent("เหตุผล: เอกสารไม่ครบ")
    expect(events[1]).toHaveTextContent("5 มี.ค. 2568")
  })
})

describe("StaffBar", () => {
  const staff = {
    id: "cdds_1",
    email: "staff.chiangmai@demo.otop.local",
    first_name: "เจ้าหน้าที่",
    last_name: "พช. (demo)",
    position: null,
    is_national: false,
    province_codes: ["50", "51"],
  }

  it("shows the officer's name and provinces", () => {
    renderWithIntl(<StaffBar staff={staff} locale="th" signOut={jest.fn()} />)
    expect(screen.getByTestId("staff-officer")).toHaveTextContent("เจ้าหน้าที่ พช. (demo)")
    expect(screen.getByTestId("staff-scope")).toHaveTextContent("พื้นที่รับผิดชอบ: เชียงใหม่, ลำพูน")
    expect(screen.getByRole("button", { name: "ออกจากระบบ" })).toBeInTheDocument()
  })

  it("says nationwide for national staff", () => {
    renderWithIntl(<StaffBar staff={{ ...staff, is_national: true, province_codes: [] }} locale="en" signOut={jest.fn()} />, "en")
    expect(screen.getByTestId("staff-scope")).toHaveTextContent("Area: Nationwide")
  })
})
