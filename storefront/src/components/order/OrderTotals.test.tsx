import { render, screen, within } from "@testing-library/react"
import { OrderTotals, type OrderTotalsLabels } from "./OrderTotals"

const labels: OrderTotalsLabels = { items: "ค่าสินค้า", shipping: "ค่าจัดส่ง", discount: "ส่วนลด", total: "ยอดรวม", vat: (amount) => `รวมภาษีมูลค่าเพิ่ม ${amount}` }

const rowOf = (term: string) => screen.getByText(term).closest("div")!

describe("OrderTotals", () => {
  it("shows items, shipping, a discount and the total in THB, with the VAT included", () => {
    render(<OrderTotals locale="th" totals={{ items: "120", shipping: 45, discount: "20", total: "145", tax: "9.49" }} labels={labels} />)
    expect(within(rowOf("ค่าสินค้า")).getByRole("definition")).toHaveTextContent("฿120.00")
    expect(within(rowOf("ค่าจัดส่ง")).getByRole("definition")).toHaveTextContent("฿45.00")
    expect(within(rowOf("ส่วนลด")).getByRole("definition")).toHaveTextContent("−฿20.00")
    expect(screen.getByTestId("order-total")).toHaveTextContent("฿145.00")
    expect(screen.getByText("รวมภาษีมูลค่าเพิ่ม ฿9.49")).toBeInTheDocument()
  })

  it("leaves out a zero discount, and the discount row of a page that has none", () => {
    const { rerender } = render(<OrderTotals locale="en" totals={{ items: 120, shipping: 45, discount: 0, total: 165, tax: null }} labels={labels} />)
    expect(screen.queryByText("ส่วนลด")).toBeNull()
    expect(screen.getByText("รวมภาษีมูลค่าเพิ่ม ฿0.00")).toBeInTheDocument()
    rerender(<OrderTotals locale="en" totals={{ items: 120, shipping: 45, discount: 10, total: 155 }} labels={{ ...labels, discount: undefined }} />)
    expect(screen.queryByText("ส่วนลด")).toBeNull()
    expect(screen.getByTestId("order-total")).toHaveTextContent("฿155.00")
  })
})
