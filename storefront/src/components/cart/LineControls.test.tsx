import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { LineControls } from "./LineControls"

const refresh = jest.fn()
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }))
const updateCartLine = jest.fn()
const removeCartLine = jest.fn()
jest.mock("@/lib/cart/actions", () => ({
  updateCartLine: (...args: unknown[]) => updateCartLine(...args),
  removeCartLine: (...args: unknown[]) => removeCartLine(...args),
}))

beforeEach(() => {
  updateCartLine.mockReset()
  removeCartLine.mockReset()
})

describe("LineControls", () => {
  it("refuses more than the stock before asking the store, in the buyer's language", () => {
    renderWithIntl(<LineControls lineId="cali_1" title="ชาใบหม่อน" quantity={1} available={3} />)
    fireEvent.change(screen.getByLabelText("จำนวนของ ชาใบหม่อน"), { target: { value: "7" } })
    fireEvent.click(screen.getByRole("button", { name: "ปรับจำนวน" }))
    expect(screen.getByRole("alert")).toHaveTextContent("ขออภัย สินค้าเหลือเพียง 3 ชิ้น")
    expect(updateCartLine).not.toHaveBeenCalled()
  })

  it("updates the quantity and announces it; shows the store's stock answer", async () => {
    updateCartLine.mockResolvedValueOnce({ ok: true, count: 2 }).mockResolvedValueOnce({ ok: false, error: "stock", available: 1 })
    renderWithIntl(<LineControls lineId="cali_1" title="Tea" quantity={1} available={null} />, "en")
    fireEvent.change(screen.getByLabelText("Quantity of Tea"), { target: { value: "2" } })
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Update" })))
    expect(updateCartLine).toHaveBeenCalledWith({ lineId: "cali_1", quantity: 2, locale: "en" })
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Tea: quantity changed to 2"))
    expect(refresh).toHaveBeenCalled()
    fireEvent.change(screen.getByLabelText("Quantity of Tea"), { target: { value: "3" } })
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Update" })))
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Sorry, only 1 left"))
  })

  it("removes the line by a named button", async () => {
    removeCartLine.mockResolvedValue({ ok: true, count: 0 })
    renderWithIntl(<LineControls lineId="cali_1" title="ชาใบหม่อน" quantity={1} available={3} />)
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "นำ ชาใบหม่อน ออกจากตะกร้า" })))
    expect(removeCartLine).toHaveBeenCalledWith({ lineId: "cali_1", locale: "th" })
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("นำ ชาใบหม่อน ออกจากตะกร้าแล้ว"))
  })
})
