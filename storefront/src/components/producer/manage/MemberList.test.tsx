import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { RowActionState, TeamMember } from "@/lib/producer/manage"
import { MemberList } from "./MemberList"

const members: TeamMember[] = [
  { id: "pgmem_staff", role: "staff", producer: { id: "prod_2", email: "staff@example.th", first_name: "สมศรี", last_name: "ใจดี" } },
  { id: "pgmem_owner", role: "owner", producer: { id: "prod_1", email: "owner@example.th", first_name: null, last_name: null } },
]

describe("MemberList", () => {
  it("lists owners first with name, email and role, and marks the signed-in producer", () => {
    renderWithIntl(<MemberList members={members} currentProducerId="prod_1" locale="th" changeRole={jest.fn()} remove={jest.fn()} />)
    const rows = screen.getAllByTestId("member-row")
    expect(rows[0]).toHaveTextContent("owner@example.th")
    expect(rows[0]).toHaveTextContent("คุณ")
    expect(rows[0]).toHaveTextContent("เจ้าของกลุ่ม")
    expect(rows[1]).toHaveTextContent("สมศรี ใจดี")
    expect(rows[1]).toHaveTextContent("staff@example.th")
    expect(within(rows[1]).getByLabelText("บทบาทของ สมศรี ใจดี")).toHaveValue("staff")
    // The only owner gets a hint about the last-owner rule.
    expect(within(rows[0]).getByLabelText("บทบาทของ owner@example.th")).toHaveAccessibleDescription(/เจ้าของคนสุดท้าย/)
  })

  it("asks for confirmation before removing, and shows the last-owner refusal in Thai", async () => {
    const remove = jest.fn(async (_state: RowActionState, form: FormData): Promise<RowActionState> => {
      expect(form.get("member_id")).toBe("pgmem_owner")
      expect(form.get("locale")).toBe("th")
      return { errorKey: "lastOwner" }
    })
    renderWithIntl(<MemberList members={members} currentProducerId="prod_1" locale="th" changeRole={jest.fn()} remove={remove} />)
    const owner = screen.getAllByTestId("member-row")[0]
    fireEvent.click(within(owner).getByRole("button", { name: "นำออกจากกลุ่ม" }))
    expect(owner).toHaveTextContent("นำ owner@example.th ออกจากกลุ่มใช่ไหม?")
    expect(remove).not.toHaveBeenCalled()
    fireEvent.click(within(owner).getByRole("button", { name: "ยืนยัน นำออก" }))
    await waitFor(() => expect(within(owner).getByRole("alert")).toHaveTextContent("กลุ่มต้องมีเจ้าของอย่างน้อย 1 คน"))
    expect(remove).toHaveBeenCalledTimes(1)
  })

  it("cancels a removal and sends role changes", async () => {
    const changeRole = jest.fn(async (_state: RowActionState, form: FormData): Promise<RowActionState> => {
      expect(form.get("member_id")).toBe("pgmem_staff")
      expect(form.get("role")).toBe("owner")
      return { ok: true }
    })
    renderWithIntl(<MemberList members={members} currentProducerId="prod_1" locale="en" changeRole={changeRole} remove={jest.fn()} />, "en")
    const staff = screen.getAllByTestId("member-row")[1]
    fireEvent.click(within(staff).getByRole("button", { name: "Remove from group" }))
    fireEvent.click(within(staff).getByRole("button", { name: "Cancel" }))
    expect(within(staff).queryByRole("button", { name: "Yes, remove" })).not.toBeInTheDocument()
    fireEvent.change(within(staff).getByLabelText("Role of สมศรี ใจดี"), { target: { value: "owner" } })
    fireEvent.click(within(staff).getByRole("button", { name: "Change role" }))
    await waitFor(() => expect(within(staff).getByRole("status")).toHaveTextContent("Role changed"))
  })

  it("shows the actual role again when a change is refused", async () => {
    const changeRole = jest.fn(async (): Promise<RowActionState> => ({ errorKey: "lastOwner" }))
    renderWithIntl(<MemberList members={members} currentProducerId="prod_1" locale="th" changeRole={changeRole} remove={jest.fn()} />)
    const owner = screen.getAllByTestId("member-row")[0]
    const select = within(owner).getByLabelText("บทบาทของ owner@example.th")
    fireEvent.change(select, { target: { value: "staff" } })
    expect(select).toHaveValue("staff")
    fireEvent.click(within(owner).getByRole("button", { name: "เปลี่ยนบทบาท" }))
    await waitFor(() => expect(within(owner).getByRole("alert")).toHaveTextContent("กลุ่มต้องมีเจ้าของอย่างน้อย 1 คน"))
    await waitFor(() => expect(select).toHaveValue("owner"))
  })
})
