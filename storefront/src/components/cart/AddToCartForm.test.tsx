import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import type { ProductVariant } from "@/lib/medusa/types"
import { renderWithIntl } from "@/test/render"
import { AddToCartForm } from "./AddToCartForm"
import { CART_CHANGED_EVENT } from "./events"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))
const addToCart = jest.fn()
jest.mock("@/lib/cart/actions", () => ({ addToCart: (...args: unknown[]) => addToCart(...args) }))

const variant = (id: string, value: string, extra: Partial<ProductVariant> = {}): ProductVariant => ({
  id,
  title: value,
  sku: null,
  price: { amount: "280.00", currencyCode: "thb" },
  originalPrice: null,
  stockStatus: "in_stock",
  inventoryQuantity: 5,
  options: [{ name: "คั่ว", value }],
  ...extra,
})

beforeEach(() => addToCart.mockReset())

describe("AddToCartForm", () => {
  it("adds the chosen variant and quantity, announces it and tells the header", async () => {
    addToCart.mockResolvedValue({ ok: true, count: 3 })
    const heard = jest.fn()
    window.addEventListener(CART_CHANGED_EVENT, (event) => heard((event as CustomEvent).detail.count))
    renderWithIntl(<AddToCartForm variants={[variant("variant_med", "คั่วกลาง"), variant("variant_dark", "คั่วเข้ม")]} />)

    fireEvent.change(screen.getByLabelText("ตัวเลือกสินค้า"), { target: { value: "variant_dark" } })
    fireEvent.click(screen.getByRole("button", { name: "เพิ่มจำนวน" }))
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "ใส่ตะกร้า" })))

    expect(addToCart).toHaveBeenCalledWith({ variantId: "variant_dark", quantity: 2, locale: "th" })
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("ใส่ คั่วเข้ม ลงตะกร้าแล้ว (ในตะกร้ามี 3 ชิ้น)"))
    expect(screen.getByRole("link", { name: "ดูตะกร้าสินค้า" })).toHaveAttribute("href", "/th/cart")
    expect(heard).toHaveBeenCalledWith(3)
  })

  it("keeps the quantity within the stock and says how much is left when the store refuses", async () => {
    addToCart.mockResolvedValue({ ok: false, error: "stock" })
    renderWithIntl(<AddToCartForm variants={[variant("variant_med", "คั่วกลาง", { inventoryQuantity: 2, stockStatus: "low_stock" })]} />, "en")
    const quantity = screen.getByLabelText("Quantity")
    fireEvent.change(quantity, { target: { value: "9" } })
    expect(quantity).toHaveValue(2)
    expect(screen.getByRole("button", { name: "Increase quantity" })).toBeDisabled()
    expect(screen.getByText("Up to 2 can be ordered")).toBeInTheDocument()
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("not enough stock (2 left, including any already in your cart)"))
  })

  it("cannot add a sold-out variant, nor anything while the group is closed", () => {
    const { unmount } = renderWithIntl(<AddToCartForm variants={[variant("variant_x", "x", { stockStatus: "out_of_stock", inventoryQuantity: 0 })]} />)
    expect(screen.getByRole("button", { name: "สินค้าหมด" })).toBeDisabled()
    unmount()
    renderWithIntl(<AddToCartForm variants={[variant("variant_x", "x")]} disabledReason="ปิดรับคำสั่งซื้อถึง 15 มกราคม 2569" />)
    expect(screen.getByRole("button", { name: "ใส่ตะกร้า" })).toBeDisabled()
    expect(screen.getByText("ปิดรับคำสั่งซื้อถึง 15 มกราคม 2569")).toBeInTheDocument()
    expect(addToCart).not.toHaveBeenCalled()
  })
})
