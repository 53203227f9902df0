import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { CancelFormState } from "@/lib/producer/edit-orders"
import { CancelForm } from "./CancelForm"
import { CancelledBadge, CancelledLines } from "./CancelledLines"

const lines = [
  { id: "line_a", title: "ข้าวเกรียบกุ้ง", left: 2, thumbnail: null },
  { id: "line_b", title: "น้ำพริกเผา", left: 1, thumbnail: null },
]

describe("CancelForm", () => {
  it("opens as a disclosure, needs a confirmation and sends the reason and lines", async () => {
    const action = jest.fn(async (_state: CancelFormState, _form: FormData): Promise<CancelFormState> => ({ ok: true }))
    renderWithIntl(<CancelForm action={action} orderId="order_1" lines={lines} locale="th" />)

    const toggle = screen.getByRole("button", { name: "ยกเลิกรายการ" })
    expect(toggle).toHaveAttribute("aria-expanded", "false")
    fireEvent.click(toggle)
    expect(screen.getByRole("button", { name: "ปิดแบบฟอร์มยกเลิก" })).toHaveAttribute("aria-expanded", "true")
    expect(screen.getAllByRole("radio").map((radio) => radio.closest("label")?.textContent)).toEqual([
      "ขาดวัตถุดิบ",
      "สินค้าหมด",
      "จัดส่งไปที่อยู่นี้ไม่ได้",
      "ผู้ซื้อขอยกเลิก",
      "เหตุผลอื่น (โปรดระบุ)",
    ])
    expect(screen.getByRole("checkbox", { name: /ข้าวเกรียบกุ้ง/ })).toBeChecked()
    expect(screen.getByLabelText("จำนวนที่ยกเลิกของ ข้าวเกรียบกุ้ง")).toHaveValue(2)

    fireEvent.click(screen.getByRole("radio", { name: "ขาดวัตถุดิบ" }))
    fireEvent.change(screen.getByLabelText("รายละเอียดถึงผู้ซื้อ"), { target: { value: "ฝนตกหนัก" } })
    fireEvent.click(screen.getByRole("checkbox", { name: /น้ำพริกเผา/ }))
    fireEvent.click(screen.getByRole("button", { name: "ยกเลิกรายการที่เลือก" }))
    expect(action).not.toHaveBeenCalled()
    expect(screen.getByText("ยืนยันการยกเลิก? ทำย้อนกลับไม่ได้ และผู้ซื้อจะได้รับแจ้งทันที")).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "ยืนยันการยกเลิก" })).toHaveFocus()
    fireEvent.click(screen.getByRole("button", { name: "ยืนยันการยกเลิก" }))

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const form = action.mock.calls[0][1]
    expect(form.get("order_id")).toBe("order_1")
    expect(form.get("reason")).toBe("outOfMaterial")
    expect(form.get("details")).toBe("ฝนตกหนัก")
    expect(form.getAll("line")).toEqual(["line_a"])
    expect(form.get("quantity.line_a")).toBe("2")
    expect(await screen.findByRole("status")).toHaveTextContent("ยกเลิกรายการแล้ว ผู้ซื้อจะได้รับแจ้ง")
    expect(screen.getByRole("button", { name: "ยกเลิกรายการ" })).toHaveAttribute("aria-expanded", "false")
  })

  it("shows a refused reason in the user's language next to the choices", () => {
    const state: CancelFormState = { fieldErrors: { reason: "reasonRequired" } }
    renderWithIntl(<CancelForm action={jest.fn()} orderId="order_1" lines={lines} locale="en" initialState={state} defaultOpen />, "en")
    expect(screen.getByRole("group", { name: "Reason for cancelling" })).toHaveAccessibleDescription("Choose a reason")
    expect(screen.getByLabelText("Details for the buyer")).toHaveAccessibleDescription(/Optional, except with “Another reason”/)
  })
})

describe("CancelledLines", () => {
  it("lists cancelled lines with the reason and a Buddhist-era date", () => {
    renderWithIntl(
      <>
        <CancelledBadge />
        <CancelledLines
          locale="th"
          cancellations={[
            {
              id: "c_1",
              reason: "ขาดวัตถุดิบ / Out of raw material",
              created_at: "2025-06-10T03:00:00.000Z",
              items: [{ line_item_id: "line_a", quantity: 2, title: "ข้าวเกรียบกุ้ง", product_id: "p", unit_price: 45.5, thumbnail: null }],
            },
          ]}
        />
      </>,
    )
    expect(screen.getByTestId("order-status-canceled")).toHaveTextContent("ยกเลิกแล้ว")
    const box = screen.getByTestId("order-cancellations")
    expect(box).toHaveTextContent("ข้าวเกรียบกุ้ง × 2 ชิ้น")
    expect(box).toHaveTextContent("฿45.50")
    expect(box).toHaveTextContent("เหตุผล: ขาดวัตถุดิบ / Out of raw material")
    expect(box).toHaveTextContent("2568")
  })

  it("renders nothing without cancellations", () => {
    const { container } = renderWithIntl(<CancelledLines locale="en" cancellations={[]} />, "en")
    expect(container).toBeEmptyDOMElement()
  })
})
