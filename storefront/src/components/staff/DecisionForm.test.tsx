import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { DecisionForm } from "./DecisionForm"

describe("DecisionForm", () => {
  it("approves with one button and no reason field", () => {
    renderWithIntl(<DecisionForm action="approve" groupId="pgrp_1" locale="th" decide={jest.fn()} />)
    expect(screen.getByRole("button", { name: "อนุมัติ" })).toHaveAttribute("type", "submit")
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument()
  })

  it("refuses to reject without a reason, in Thai, next to the field", () => {
    const decide = jest.fn()
    renderWithIntl(<DecisionForm action="reject" groupId="pgrp_1" locale="th" decide={decide} />)
    fireEvent.click(screen.getByRole("button", { name: "ไม่อนุมัติ" }))
    const field = screen.getByLabelText("เหตุผลที่ไม่อนุมัติ")
    expect(field).toHaveAttribute("aria-invalid", "true")
    expect(field).toHaveAccessibleDescription(/กรุณาระบุเหตุผล/)
    expect(screen.queryByRole("button", { name: "ยืนยันไม่อนุมัติ" })).not.toBeInTheDocument()
    expect(decide).not.toHaveBeenCalled()
  })

  it("asks for a confirmation before rejecting, and can be cancelled", () => {
    renderWithIntl(<DecisionForm action="reject" groupId="pgrp_1" locale="th" decide={jest.fn()} />)
    fireEvent.change(screen.getByLabelText("เหตุผลที่ไม่อนุมัติ"), { target: { value: "เอกสารไม่ครบ" } })
    fireEvent.click(screen.getByRole("button", { name: "ไม่อนุมัติ" }))
    expect(screen.getByRole("group", { name: /ยืนยันไม่อนุมัติคำขอนี้/ })).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "ยืนยันไม่อนุมัติ" })).toHaveFocus()
    fireEvent.click(screen.getByRole("button", { name: "ยกเลิก" }))
    expect(screen.queryByRole("button", { name: "ยืนยันไม่อนุมัติ" })).not.toBeInTheDocument()
    expect(screen.getByRole("button", { name: "ไม่อนุมัติ" })).toHaveFocus()
  })

  it("sends the group, the action and the reason once confirmed", async () => {
    const decide = jest.fn(async () => ({}))
    renderWithIntl(<DecisionForm action="suspend" groupId="pgrp_9" locale="th" decide={decide} />)
    fireEvent.change(screen.getByLabelText("เหตุผลที่ระงับ"), { target: { value: "ใบอนุญาตหมดอายุ" } })
    fireEvent.click(screen.getByRole("button", { name: "ระงับกลุ่ม" }))
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ยืนยันระงับกลุ่ม" }))
    })
    await waitFor(() => expect(decide).toHaveBeenCalledTimes(1))
    const form = (decide.mock.calls[0] as unknown as [unknown, FormData])[1]
    expect(Object.fromEntries(form.entries())).toEqual({
      locale: "th",
      group_id: "pgrp_9",
      action: "suspend",
      reason: "ใบอนุญาตหมดอายุ",
    })
  })

  it("shows the server's errors in English on English pages", () => {
    renderWithIntl(
      <DecisionForm
        action="suspend"
        groupId="pgrp_1"
        locale="en"
        decide={jest.fn()}
        initialState={{ fieldErrors: { reason: "reasonRequired" } }}
      />,
      "en",
    )
    expect(screen.getByLabelText("Reason for suspending")).toHaveAccessibleDescription(/Please give a reason\./)
  })

  it("says when someone else decided first", () => {
    renderWithIntl(
      <DecisionForm action="approve" groupId="pgrp_1" locale="th" decide={jest.fn()} initialState={{ errorKey: "conflict" }} />,
    )
    expect(screen.getByRole("alert")).toHaveTextContent("สถานะของคำขอนี้เปลี่ยนไปแล้ว")
  })
})
