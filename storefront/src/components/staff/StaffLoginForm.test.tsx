import { screen } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { StaffLoginForm } from "./StaffLoginForm"

describe("StaffLoginForm", () => {
  it("shows a wrong password in Thai and keeps the email", () => {
    renderWithIntl(<StaffLoginForm action={jest.fn()} locale="th" initialState={{ errorKey: "invalidCredentials", email: "s@cdd.go.th" }} />)
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลหรือรหัสผ่านไม่ถูกต้อง")
    expect(screen.getByLabelText("อีเมล")).toHaveValue("s@cdd.go.th")
    expect(screen.getByLabelText("รหัสผ่าน")).toHaveValue("")
  })

  it("tells a producer account it is not a staff account, in English", () => {
    renderWithIntl(<StaffLoginForm action={jest.fn()} locale="en" initialState={{ errorKey: "notStaff" }} />, "en")
    expect(screen.getByRole("alert")).toHaveTextContent("not a Community Development Department staff account")
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument()
  })
})
