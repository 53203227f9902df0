import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { RejectForm, VerifyForm } from "./CertificationDecision"

describe("VerifyForm", () => {
  it("verifies a pending certification with one button", () => {
    renderWithIntl(<VerifyForm certificationId="cert_1" locale="th" block={null} decide={jest.fn()} />)
    expect(screen.getByRole("button", { name: "ยืนยันใบรับรอง" })).toBeEnabled()
  })

  it("disables the button for a draft and says why, tied to the button", () => {
    renderWithIntl(<VerifyForm certificationId="cert_1" locale="th" block="draft" decide={jest.fn()} />)
    const button = screen.getByRole("button", { name: "ยืนยันใบรับรอง" })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(/ยังไม่มีเอกสารแนบ \(ฉบับร่าง\)/)
  })

  it("says it in English on English pages", () => {
    renderWithIntl(<VerifyForm certificationId="cert_1" locale="en" block="expired" decide={jest.fn()} />, "en")
    expect(screen.getByRole("button", { name: "Verify certification" })).toHaveAccessibleDescription("Cannot be verified: this certification has expired.")
  })
})

describe("RejectForm", () => {
  it("refuses to reject without a reason, next to the field", () => {
    const decide = jest.fn()
    renderWithIntl(<RejectForm certificationId="cert_1" locale="th" decide={decide} />)
    fireEvent.click(screen.getByRole("button", { name: "ปฏิเสธใบรับรอง" }))
    const field = screen.getByLabelText("เหตุผลที่ปฏิเสธ")
    expect(field).toHaveAttribute("aria-invalid", "true")
    expect(field).toHaveAccessibleDescription(/กรุณาระบุเหตุผลที่ปฏิเสธ/)
    expect(field).toHaveFocus()
    expect(decide).not.toHaveBeenCalled()
  })

  it("asks for a confirmation, then sends the certification, the decision and the reason", async () => {
    const decide = jest.fn(async () => ({}))
    renderWithIntl(<RejectForm certificationId="cert_9" locale="th" decide={decide} />)
    fireEvent.change(screen.getByLabelText("เหตุผลที่ปฏิเสธ"), { target: { value: "เลขที่ไม่ตรงกับเอกสาร" } })
    fireEvent.click(screen.getByRole("button", { name: "ปฏิเสธใบรับรอง" }))
    expect(screen.getByRole("group", { name: /ยืนยันการปฏิเสธใบรับรองนี้หรือไม่/ })).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "ยืนยันการปฏิเสธ" })).toHaveFocus()
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ยืนยันการปฏิเสธ" }))
    })
    await waitFor(() => expect(decide).toHaveBeenCalledTimes(1))
    const form = (decide.mock.calls[0] as unknown as [unknown, FormData])[1]
    expect(Object.fromEntries(form.entries())).toEqual({ locale: "th", certification_id: "cert_9", kind: "reject", reason: "เลขที่ไม่ตรงกับเอกสาร" })
  })
})
