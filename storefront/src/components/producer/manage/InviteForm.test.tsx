import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { InviteFormState, RowActionState, TeamInvite } from "@/lib/producer/manage"
import { InviteForm } from "./InviteForm"
import { InviteList } from "./InviteList"

describe("InviteForm", () => {
  it("explains how an invite is accepted and shows field errors in Thai", () => {
    const state: InviteFormState = { fieldErrors: { email: "email" }, values: { email: "not-an-email", role: "owner" } }
    renderWithIntl(<InviteForm action={jest.fn()} locale="th" initialState={state} />)
    expect(screen.getByText(/สมัครบัญชีผู้ผลิตด้วยอีเมลนี้/)).toBeInTheDocument()
    const email = screen.getByLabelText("อีเมลของผู้ที่จะเชิญ")
    expect(email).toHaveValue("not-an-email")
    expect(email).toHaveAttribute("aria-invalid", "true")
    expect(email).toHaveAccessibleDescription("รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com")
    expect(screen.getByRole("radio", { name: /เจ้าของกลุ่ม/ })).toBeChecked()
  })

  it("sends email and role, then confirms the invite", async () => {
    const action = jest.fn(async (_state: InviteFormState, form: FormData): Promise<InviteFormState> => {
      expect(form.get("email")).toBe("new@example.th")
      expect(form.get("role")).toBe("staff")
      return { ok: true, invited: { email: "new@example.th", joined: false } }
    })
    renderWithIntl(<InviteForm action={action} locale="en" />, "en")
    fireEvent.change(screen.getByLabelText("Email of the person to invite"), { target: { value: "new@example.th" } })
    fireEvent.click(screen.getByRole("button", { name: "Send invite" }))
    await waitFor(() => expect(screen.getByTestId("invite-sent")).toHaveTextContent("Invite sent to new@example.th"))
  })

  it("says so when the email is already a member", () => {
    renderWithIntl(<InviteForm action={jest.fn()} locale="th" initialState={{ errorKey: "alreadyMember" }} />)
    expect(screen.getByRole("alert")).toHaveTextContent("อีเมลนี้เป็นสมาชิกของกลุ่มอยู่แล้ว")
  })
})

describe("InviteList", () => {
  const invites: TeamInvite[] = [
    { id: "pginv_1", email: "a@example.th", role: "staff", expires_at: "2999-01-01T00:00:00Z", accepted_at: null },
  ]

  it("shows each pending invite with its role and expiry, and revokes it", async () => {
    const revoke = jest.fn(async (_state: RowActionState, form: FormData): Promise<RowActionState> => {
      expect(form.get("invite_id")).toBe("pginv_1")
      return { errorKey: "notFound" }
    })
    renderWithIntl(<InviteList invites={invites} locale="th" revoke={revoke} />)
    const row = screen.getByTestId("invite-row")
    expect(row).toHaveTextContent("a@example.th")
    expect(row).toHaveTextContent("ทีมงาน")
    expect(row).toHaveTextContent("หมดอายุ 1 ม.ค. 3542")
    fireEvent.click(screen.getByRole("button", { name: "ยกเลิกคำเชิญของ a@example.th" }))
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("ไม่พบรายการนี้แล้ว"))
  })

  it("says when there are none", () => {
    renderWithIntl(<InviteList invites={[]} locale="en" revoke={jest.fn()} />, "en")
    expect(screen.getByText("No pending invites")).toBeInTheDocument()
  })
})
