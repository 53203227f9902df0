import { screen } from "@testing-library/react"
import { enMessages, thMessages } from "@/i18n/messages"
import type { SignInNamespace } from "@/lib/auth/state"
import { renderWithIntl } from "@/test/render"
import { SignInForm } from "./SignInForm"

type Tree = { [key: string]: string | Tree }
const at = (tree: Tree, path: string) => path.split(".").reduce<Tree | string | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), tree)

describe("SignInForm (producer portal, staff desk and shop share it)", () => {
  it("has every label and error in each area's namespace, in Thai and English", () => {
    const keys = ["email", "password", "submit", "submitting", "invalidCredentials", "missingFields", "unavailable"]
    const namespaces: SignInNamespace[] = ["Producer.login", "Staff.login", "Account.signIn"]
    for (const messages of [thMessages, enMessages]) {
      for (const namespace of namespaces) {
        for (const key of keys) expect([namespace, key, typeof at(messages as unknown as Tree, `${namespace}.${key}`)]).toEqual([namespace, key, "string"])
      }
    }
    expect(typeof at(thMessages as unknown as Tree, "Staff.login.notStaff")).toBe("string")
    expect(typeof at(enMessages as unknown as Tree, "Account.signIn.notCustomer")).toBe("string")
  })

  it("producer: shows a wrong password in Thai and keeps the email", () => {
    renderWithIntl(
      <SignInForm action={jest.fn()} locale="th" namespace="Producer.login" initialState={{ errorKey: "invalidCredentials", email: "a@b.th" }} />,
      "th",
    )
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลหรือรหัสผ่านไม่ถูกต้อง")
    expect(screen.getByLabelText("อีเมล")).toHaveValue("a@b.th")
    expect(screen.getByLabelText("รหัสผ่าน")).toHaveValue("")
  })

  it("producer: is in English on English pages", () => {
    renderWithIntl(<SignInForm action={jest.fn()} locale="en" namespace="Producer.login" />, "en")
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument()
    expect(screen.queryByRole("alert")).not.toBeInTheDocument()
  })

  it("staff: shows a wrong password in Thai and keeps the email", () => {
    renderWithIntl(
      <SignInForm action={jest.fn()} locale="th" namespace="Staff.login" idPrefix="staff-" initialState={{ errorKey: "invalidCredentials", email: "s@cdd.go.th" }} />,
    )
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลหรือรหัสผ่านไม่ถูกต้อง")
    expect(screen.getByLabelText("อีเมล")).toHaveValue("s@cdd.go.th")
    expect(screen.getByLabelText("อีเมล")).toHaveAttribute("id", "staff-email")
  })

  it("staff: tells a producer account it is not a staff account, in English", () => {
    renderWithIntl(<SignInForm action={jest.fn()} locale="en" namespace="Staff.login" initialState={{ errorKey: "notStaff" }} />, "en")
    expect(screen.getByRole("alert")).toHaveTextContent("not a Community Development Department staff account")
  })

  it("customer: a producer-only login is told to sign up, and the return page travels with the form", () => {
    const { container } = renderWithIntl(
      <SignInForm action={jest.fn()} locale="th" namespace="Account.signIn" hidden={{ next: "/account/orders/order_1" }} initialState={{ errorKey: "notCustomer" }} />,
    )
    expect(screen.getByRole("alert")).toHaveTextContent("สมัครสมาชิก")
    expect(container.querySelector('input[name="next"]')).toHaveValue("/account/orders/order_1")
  })
})
