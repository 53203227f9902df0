import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { SignupState } from "@/lib/producer/registration"
import { SignupForm } from "./SignupForm"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

/** Labels of required fields end with a "*" hidden from screen readers. */
const byLabel = (text: string) => screen.getByLabelText(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\*?$`))

describe("SignupForm", () => {
  it("labels every field in Thai, states the password minimum and links back to the login", () => {
    renderWithIntl(<SignupForm action={jest.fn()} locale="th" />, "th")
    expect(byLabel("รหัสผ่าน")).toHaveAccessibleDescription("อย่างน้อย 8 ตัวอักษร")
    expect(byLabel("รหัสผ่าน")).toHaveAttribute("type", "password")
    fireEvent.click(screen.getByLabelText("แสดงรหัสผ่าน"))
    expect(byLabel("รหัสผ่าน")).toHaveAttribute("type", "text")
    expect(byLabel("เบอร์โทรศัพท์มือถือ")).toHaveAttribute("inputmode", "tel")
    expect(screen.getByRole("link", { name: "เข้าสู่ระบบ" })).toHaveAttribute("href", "/th/producer/login")
  })

  it("shows field errors next to their fields and keeps what was typed", () => {
    const state: SignupState = {
      values: { first_name: "สมศรี", last_name: "", phone: "123", email: "somsri@example.th" },
      fieldErrors: { last_name: "required", phone: "phone", password: "password" },
    }
    renderWithIntl(<SignupForm action={jest.fn()} locale="th" initialState={state} />, "th")
    expect(byLabel("ชื่อ")).toHaveValue("สมศรี")
    expect(byLabel("นามสกุล")).toHaveAccessibleDescription("กรุณากรอกช่องนี้")
    expect(byLabel("เบอร์โทรศัพท์มือถือ")).toHaveAccessibleDescription(
      "ตัวเลข 9–10 หลัก เช่น 0812345678 ใส่เบอร์โทร 9–10 หลักที่ขึ้นต้นด้วย 0 เช่น 0812345678",
    )
    expect(byLabel("รหัสผ่าน")).toHaveAttribute("aria-invalid", "true")
    expect(screen.getByRole("alert")).toHaveTextContent("กรุณาแก้ไขช่องที่มีข้อความสีแดง")
  })

  it("says in English when the email already has an account, with a way to sign in", () => {
    const state: SignupState = {
      errorKey: "emailTaken",
      fieldErrors: { email: "emailTaken" },
      values: { first_name: "Somsri", last_name: "Jaidee", phone: "0812345678", email: "taken@example.th" },
    }
    renderWithIntl(<SignupForm action={jest.fn()} locale="en" initialState={state} />, "en")
    expect(screen.getByRole("alert")).toHaveTextContent("This email already has an account. Please sign in, or use another email.")
    expect(byLabel("Email")).toHaveAccessibleDescription("For signing in and for the approval decision This email already has an account")
  })

  it("sends the form to the action with the locale", async () => {
    const action = jest.fn(async (_state: SignupState, data: FormData): Promise<SignupState> => {
      expect(data.get("locale")).toBe("th")
      expect(data.get("password")).toBe("otop-2568!")
      return { errorKey: "unavailable" }
    })
    renderWithIntl(<SignupForm action={action} locale="th" />, "th")
    fireEvent.change(byLabel("รหัสผ่าน"), { target: { value: "otop-2568!" } })
    fireEvent.click(screen.getByRole("button", { name: "สร้างบัญชี" }))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    expect(await screen.findByRole("alert")).toHaveTextContent("ขณะนี้ไม่สามารถเชื่อมต่อระบบได้")
  })
})
