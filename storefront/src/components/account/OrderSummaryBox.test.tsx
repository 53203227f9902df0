import { screen } from "@testing-library/react"
import type { OrderDetail } from "@/lib/customer/types"
import { renderWithIntl } from "@/test/render"
import { OrderSummaryBox } from "./OrderSummaryBox"

const order = {
  id: "order_1",
  display_id: 4,
  item_total: "2354",
  shipping_total: "90",
  discount_total: "45",
  tax_total: "156.93",
  total: "2399",
  shipping_address: null,
} as unknown as OrderDetail

describe("OrderSummaryBox", () => {
  it("shows the order's totals through the shared rows, with its discount, in Thai", () => {
    renderWithIntl(<OrderSummaryBox order={order} locale="th" />, "th")
    expect(screen.getByRole("heading", { name: "สรุปยอด" })).toBeInTheDocument()
    expect(screen.getByTestId("order-totals")).toHaveTextContent("ค่าสินค้า฿2,354.00")
    expect(screen.getByTestId("order-totals")).toHaveTextContent("ส่วนลด−฿45.00")
    expect(screen.getByTestId("order-total")).toHaveTextContent("฿2,399.00")
    expect(screen.getByText("รวมภาษีมูลค่าเพิ่ม ฿156.93")).toBeInTheDocument()
  })

  it("in English", () => {
    renderWithIntl(<OrderSummaryBox order={{ ...order, discount_total: 0 } as OrderDetail} locale="en" />, "en")
    expect(screen.getByTestId("order-totals")).toHaveTextContent("Items฿2,354.00")
    expect(screen.queryByText("Discount")).toBeNull()
    expect(screen.getByText("Including VAT ฿156.93")).toBeInTheDocument()
  })
})
