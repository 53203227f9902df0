import { screen } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { RegisterForm } from "./RegisterForm"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

describe("RegisterForm", () => {
  it("says the email is taken, in Thai, and keeps what was typed", () => {
    renderWithIntl(
      <RegisterForm
        action={jest.fn()}
        locale="th"
        initialState={{
          errorKey: "emailTaken",
          fieldErrors: { email: "emailTaken" },
          values: { first_name: "สมศรี", last_name: "ใจดี", email: "somsri@example.th", phone: "" },
        }}
      />,
    )
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลนี้มีบัญชีอยู่แล้ว กรุณาเข้าสู่ระบบ")
    expect(screen.getByLabelText(/^อีเมล/)).toHaveValue("somsri@example.th")
    expect(screen.getByLabelText(/^อีเมล/)).toHaveAccessibleDescription(/อีเมลนี้มีบัญชีอยู่แล้ว/)
    expect(screen.getByLabelText(/^ชื่อ/)).toHaveValue("สมศรี")
  })

  it("explains a weak password in English; the phone is optional", () => {
    renderWithIntl(
      <RegisterForm action={jest.fn()} locale="en" initialState={{ errorKey: "fixErrors", fieldErrors: { password: "passwordWeak" } }} />,
      "en",
    )
    expect(screen.getByRole("alert")).toHaveTextContent("Please correct the fields marked below.")
    const password = screen.getByLabelText(/^Password/)
    expect(password).toHaveAttribute("aria-invalid", "true")
    expect(password).toHaveAccessibleDescription(/too easy to guess/)
    expect(screen.getByLabelText(/^Mobile phone/)).not.toHaveAttribute("aria-required")
    expect(screen.getByRole("button", { name: "Sign up" })).toBeInTheDocument()
  })
})
