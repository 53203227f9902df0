import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { ClosureFormState, PayoutFormState, ProfileFormState, ProfileValues } from "@/lib/producer/manage"
import { ClosureForm } from "./ClosureForm"
import { PayoutForm } from "./PayoutForm"
import { ProfileForm } from "./ProfileForm"

const closure = {
  closed_from: "2025-06-09T17:00:00.000Z", // 10 June 2025, Bangkok
  closed_until: "2025-06-16T17:00:00.000Z", // reopens 17 June 2025
  closure_note_th: "ช่วงเก็บเกี่ยว",
  closure_note_en: "Harvest",
}

describe("ClosureForm", () => {
  it("shows the current closure in Buddhist-era dates and the stored days in the fields", () => {
    renderWithIntl(<ClosureForm save={jest.fn()} reopen={jest.fn()} locale="th" group={closure} status="closed" />)
    const status = screen.getByTestId("closure-status")
    expect(status).toHaveTextContent("ปิดรับคำสั่งซื้อชั่วคราวอยู่ ตั้งแต่ 10 มิถุนายน 2568 เปิดรับอีกครั้ง 17 มิถุนายน 2568")
    expect(status).toHaveTextContent("หมายเหตุ: ช่วงเก็บเกี่ยว")
    expect(screen.getByLabelText("ปิดรับตั้งแต่วันที่")).toHaveValue("2025-06-10")
    expect(screen.getByLabelText("เปิดรับอีกครั้งวันที่")).toHaveValue("2025-06-17")
    expect(screen.getByRole("button", { name: "เปิดรับคำสั่งซื้อตอนนี้" })).toBeInTheDocument()
  })

  it("has no reopen button while open, and shows date errors in the user's language", () => {
    const state: ClosureFormState = {
      fieldErrors: { closed_until: "untilAfterFrom" },
      values: { closed_from: "2025-06-10", closed_until: "2025-06-01", note_th: "", note_en: "" },
    }
    renderWithIntl(
      <ClosureForm save={jest.fn()} reopen={jest.fn()} locale="en" group={{ ...closure, closed_from: null, closed_until: null }} status="open" initialState={state} />,
      "en",
    )
    expect(screen.getByTestId("closure-status")).toHaveTextContent("Open for orders as usual")
    expect(screen.queryByRole("button", { name: "Reopen for orders now" })).not.toBeInTheDocument()
    expect(screen.getByLabelText("Reopening day")).toHaveAccessibleDescription(/The reopening day must be after the first closed day/)
    expect(screen.getByRole("alert")).toHaveTextContent("Please correct the marked fields")
  })

  it("reopens with its own action", async () => {
    const save = jest.fn()
    const reopen = jest.fn(async (): Promise<ClosureFormState> => ({ reopened: true }))
    renderWithIntl(<ClosureForm save={save} reopen={reopen} locale="th" group={closure} status="scheduled" />)
    expect(screen.getByTestId("closure-status")).toHaveTextContent("กำหนดปิดรับคำสั่งซื้อ")
    fireEvent.click(screen.getByRole("button", { name: "เปิดรับคำสั่งซื้อตอนนี้" }))
    await waitFor(() => expect(screen.getByTestId("closure-reopened")).toHaveTextContent("เปิดรับคำสั่งซื้อตามปกติแล้ว"))
    expect(save).not.toHaveBeenCalled()
  })
})

describe("PayoutForm", () => {
  const payout = { bank_code: "KBANK", account_name: "กลุ่มทอผ้า", account_number_masked: "••••••7890", promptpay_id_masked: null }

  it("shows the payout details masked, with the bank's name, and never pre-fills numbers", () => {
    renderWithIntl(<PayoutForm action={jest.fn()} locale="th" payout={payout} />)
    const current = screen.getByTestId("payout-current")
    expect(current).toHaveTextContent("ธนาคาร: ธนาคารกสิกรไทย")
    expect(current).toHaveTextContent("เลขบัญชี: ••••••7890")
    expect(screen.getByLabelText("ธนาคาร")).toHaveValue("KBANK")
    expect(screen.getByLabelText("เลขบัญชีใหม่")).toHaveValue("")
    expect(screen.getByLabelText("ลบเลขบัญชีเดิม")).not.toBeChecked()
    expect(screen.queryByLabelText("ลบพร้อมเพย์เดิม")).not.toBeInTheDocument()
  })

  it("sends the form and shows field errors", async () => {
    const action = jest.fn(async (_state: PayoutFormState, form: FormData): Promise<PayoutFormState> => {
      expect(form.get("promptpay_id")).toBe("12345")
      return { fieldErrors: { promptpay_id: "promptpay" }, values: { bank_code: "KBANK", account_name: "", account_number: "", promptpay_id: "", clear_account: false, clear_promptpay: false } }
    })
    renderWithIntl(<PayoutForm action={action} locale="en" payout={null} />, "en")
    expect(screen.getByTestId("payout-current")).toHaveTextContent("No payout account yet")
    fireEvent.change(screen.getByLabelText("New PromptPay ID (mobile or national ID number)"), { target: { value: "12345" } })
    fireEvent.click(screen.getByRole("button", { name: "Save payout account" }))
    await waitFor(() =>
      expect(screen.getByLabelText("New PromptPay ID (mobile or national ID number)")).toHaveAccessibleDescription(
        /A PromptPay ID is a 10-digit mobile number/,
      ),
    )
  })
})

describe("PayoutForm after saving", () => {
  it("clears the typed numbers and keeps the chosen bank", async () => {
    const sent: FormData[] = []
    const action = jest.fn(async (_state: PayoutFormState, form: FormData): Promise<PayoutFormState> => {
      sent.push(form)
      return { ok: true }
    })
    renderWithIntl(<PayoutForm action={action} locale="th" payout={null} />)
    fireEvent.change(screen.getByLabelText("ธนาคาร"), { target: { value: "SCB" } })
    fireEvent.change(screen.getByLabelText("เลขบัญชีใหม่"), { target: { value: "1234567890" } })
    fireEvent.click(screen.getByRole("button", { name: "บันทึกบัญชีรับเงิน" }))
    await waitFor(() => expect(screen.getByTestId("payout-saved")).toBeInTheDocument())
    expect(screen.getByLabelText("เลขบัญชีใหม่")).toHaveValue("")
    expect(screen.getByLabelText("ธนาคาร")).toHaveValue("SCB")
    expect(sent[0]?.get("account_number")).toBe("1234567890")
  })
})

describe("ProfileForm", () => {
  const initial: ProfileValues = {
    name_th: "กลุ่มทอผ้าบ้านนาต้นจั่น",
    name_en: "Ban Na Ton Chan Weavers",
    village_th: "บ้านนาต้นจั่น",
    village_en: "",
    moo: "4",
    story_th: "",
    story_en: "",
    phone: "0812345678",
    line_id: "",
    email: "",
  }

  it("shows the fixed shop link and the current values", () => {
    renderWithIntl(<ProfileForm action={jest.fn()} locale="th" handle="ban-na-ton-chan" initial={initial} />)
    expect(screen.getByText("ลิงก์ร้าน: ban-na-ton-chan")).toBeInTheDocument()
    expect(screen.getByLabelText("ชื่อกลุ่ม (ภาษาไทย)")).toHaveValue("กลุ่มทอผ้าบ้านนาต้นจั่น")
    expect(screen.getByLabelText("หมู่ที่")).toHaveValue("4")
    expect(screen.getByLabelText("เบอร์โทรศัพท์")).toHaveValue("0812345678")
  })

  it("shows errors from the action next to their fields", async () => {
    const action = jest.fn(async (): Promise<ProfileFormState> => ({ fieldErrors: { phone: "phone" }, values: { ...initial, phone: "12" } }))
    renderWithIntl(<ProfileForm action={action} locale="th" handle="ban-na-ton-chan" initial={initial} />)
    fireEvent.click(screen.getByRole("button", { name: "บันทึกข้อมูลกลุ่ม" }))
    await waitFor(() => expect(screen.getByLabelText("เบอร์โทรศัพท์")).toHaveAccessibleDescription(/ใส่เบอร์โทรศัพท์ไทย/))
    expect(screen.getByLabelText("เบอร์โทรศัพท์")).toHaveValue("12")
  })
})
