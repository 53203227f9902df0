import { screen, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { StaffGroupSummary } from "@/lib/staff/types"
import { GroupFilters, GroupList, StatusTabs } from "./GroupList"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

const group: StaffGroupSummary = {
  id: "pgrp_1",
  handle: "mae-kampong-coffee",
  name_th: "กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง",
  name_en: "Ban Mae Kampong Coffee and Miang Group",
  producer_type: "COMMUNITY_GROUP",
  province_code: "50",
  status: "pending",
  status_reason: null,
  submitted_at: "2025-03-04T03:00:00.000Z",
}
const params = { status: "pending" as const, q: "", province: "", page: 1 }

describe("staff registration list", () => {
  it("shows each row's Thai name, province, producer type and Buddhist-era submission date", () => {
    renderWithIntl(<GroupList groups={[group]} locale="th" filtered={false} />)
    const row = screen.getByTestId("staff-group")
    expect(within(row).getByRole("link")).toHaveAttribute("href", "/th/staff/producer-groups/pgrp_1")
    expect(row).toHaveTextContent("กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง")
    expect(row).toHaveTextContent("เชียงใหม่")
    expect(row).toHaveTextContent("กลุ่มผู้ผลิตชุมชน")
    expect(row).toHaveTextContent("ยื่นเมื่อ 4 มี.ค. 2568")
  })

  it("shows the English name and a Gregorian date on English pages", () => {
    renderWithIntl(<GroupList groups={[group]} locale="en" filtered={false} />, "en")
    const row = screen.getByTestId("staff-group")
    expect(row).toHaveTextContent("Ban Mae Kampong Coffee and Miang Group")
    expect(row).toHaveTextContent("Chiang Mai")
    expect(row).toHaveTextContent("Submitted Mar 4, 2025")
  })

  it("says when a tab is empty, and when a search finds nothing", () => {
    const { unmount } = renderWithIntl(<GroupList groups={[]} locale="th" filtered={false} />)
    expect(screen.getByTestId("staff-empty")).toHaveTextContent("ไม่มีคำขอในสถานะนี้")
    unmount()
    renderWithIntl(<GroupList groups={[]} locale="th" filtered />)
    expect(screen.getByTestId("staff-empty")).toHaveTextContent("ไม่พบกลุ่มที่ตรงกับการค้นหา")
  })

  it("puts pending first in the tabs, marks the current one and shows counts", () => {
    renderWithIntl(<StatusTabs params={params} counts={{ pending: 3, approved: 12, rejected: 0, suspended: null }} />)
    const links = within(screen.getByRole("navigation", { name: "สถานะคำขอ" })).getAllByRole("link")
    expect(links.map((link) => link.textContent)).toEqual([
      "รอพิจารณา33 รายการ",
      "อนุมัติแล้ว1212 รายการ",
      "ไม่อนุมัติ00 รายการ",
      "ถูกระงับ",
    ])
    expect(links[0]).toHaveAttribute("aria-current", "page")
    expect(links[1]).not.toHaveAttribute("aria-current")
  })

  it("offers a province filter only when there is a choice", () => {
    const { unmount } = renderWithIntl(<GroupFilters params={params} locale="th" provinces={[]} />)
    expect(screen.getByRole("search")).toHaveAttribute("action", "/th/staff")
    expect(screen.getByLabelText("ค้นหาชื่อกลุ่ม")).toBeInTheDocument()
    expect(screen.queryByLabelText("จังหวัด")).not.toBeInTheDocument()
    unmount()
    renderWithIntl(<GroupFilters params={{ ...params, province: "57" }} locale="th" provinces={["50", "57"]} />)
    expect(screen.getByLabelText("จังหวัด")).toHaveValue("57")
    expect(screen.getByRole("link", { name: "ล้างตัวกรอง" })).toBeInTheDocument()
  })
})
