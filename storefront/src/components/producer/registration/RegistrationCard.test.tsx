import { screen, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { RegistrationSummary } from "@/lib/producer/registration"
import { RegistrationCard } from "./RegistrationCard"

const base: RegistrationSummary = {
  id: "pg_1",
  handle: "ban-na-kha-silk",
  name_th: "กลุ่มทอผ้าไหมบ้านนาข่า",
  name_en: "Ban Na Kha Silk Weavers",
  status: "pending",
  status_reason: null,
  submitted_at: "2025-03-10T03:00:00.000Z",
  approved_at: null,
  rejected_at: null,
  suspended_at: null,
  province_code: "50",
  status_events: [
    { id: "e2", from_status: "pending", to_status: "rejected", reason: "เอกสารไม่ชัด", actor_type: "cdd_staff", created_at: "2025-03-12T09:30:00.000Z" },
    { id: "e1", from_status: null, to_status: "pending", reason: null, actor_type: "producer", created_at: "2025-03-10T03:00:00.000Z" },
  ],
  documents: [
    { id: "d1", kind: "id_card_chair", filename: "id.pdf" },
    { id: "d2", kind: "product_photo", filename: "silk.png" },
  ],
}

describe("RegistrationCard", () => {
  it("shows a pending registration with Buddhist-era dates, its timeline and documents in Thai", () => {
    const pending = { ...base, status_events: [base.status_events![1]] }
    renderWithIntl(<RegistrationCard registration={pending} locale="th" />, "th")
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("กลุ่มทอผ้าไหมบ้านนาข่า")
    expect(screen.getByText("รออนุมัติ").closest("[data-status]")).toHaveAttribute("data-status", "pending")
    expect(screen.getByText("จังหวัดเชียงใหม่")).toBeInTheDocument()
    expect(screen.getByText(/^ยื่นเมื่อ 10 มีนาคม 2568$/)).toBeInTheDocument()
    const timeline = screen.getByTestId("timeline")
    expect(within(timeline).getByText("ยื่นคำขอลงทะเบียน")).toBeInTheDocument()
    expect(within(timeline).getByText(/2568/)).toBeInTheDocument()
    const documents = screen.getByTestId("documents")
    expect(within(documents).getByText("สำเนาบัตรประชาชนประธานกลุ่ม")).toBeInTheDocument()
    expect(within(documents).getByText("silk.png")).toBeInTheDocument()
    expect(screen.queryByTestId("status-reason")).not.toBeInTheDocument()
  })

  it("shows the reason of a rejection and orders the timeline oldest first", () => {
    renderWithIntl(<RegistrationCard registration={{ ...base, status: "rejected", status_reason: "เอกสารไม่ชัด" }} locale="th" />, "th")
    expect(screen.getByTestId("status-reason")).toHaveTextContent("เหตุผลที่ไม่อนุมัติ: เอกสารไม่ชัด")
    const steps = within(screen.getByTestId("timeline")).getAllByRole("listitem")
    expect(steps.map((step) => step.getAttribute("data-step"))).toEqual(["submitted", "rejected"])
    expect(steps[1]).toHaveTextContent("โดยเจ้าหน้าที่พัฒนาชุมชน")
    expect(steps[1]).toHaveTextContent("เหตุผล: เอกสารไม่ชัด")
  })

  it("uses Gregorian dates and English names in English", () => {
    renderWithIntl(<RegistrationCard registration={{ ...base, status: "suspended", status_reason: "Complaint" }} locale="en" />, "en")
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Ban Na Kha Silk Weavers")
    expect(screen.getByText("Filed on March 10, 2025")).toBeInTheDocument()
    expect(screen.getByTestId("status-reason")).toHaveTextContent("Reason for suspension: Complaint")
    expect(screen.getByText("Chiang Mai province")).toBeInTheDocument()
  })
})
