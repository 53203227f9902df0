import { screen } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { LoginForm } from "./LoginForm"

describe("LoginForm", () => {
  it("shows a wrong password in Thai and keeps the email", () => {
    renderWithIntl(
      <LoginForm action={jest.fn()} locale="th" initialState={{ errorKey: "invalidCredentials", email: "a@b.th" }} />,
      "th",
    )
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลหรือรหัสผ่านไม่ถูกต้อง")
    expect(screen.getByLabelText("อีเมล")).toHaveValue("a@b.th")
    expect(screen.getByLabelText("รหัสผ่าน")).toHaveValue("")
  })

  it("is in English on English pages", () => {
    renderWithIntl(<LoginForm action={jest.fn()} locale="en" />, "en")
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument()
    expect(screen.queryByRole("alert")).not.toBeInTheDocument()
  })
})
