import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import type { CartGroupView } from "@/lib/cart/types"
import { renderWithIntl } from "@/test/render"
import { ShippingChoices } from "./ShippingChoices"

const refresh = jest.fn()
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }))
const chooseShipping = jest.fn()
jest.mock("@/lib/checkout/actions", () => ({ chooseShipping: (...args: unknown[]) => chooseShipping(...args) }))

const group = (id: string, name: string): CartGroupView => ({
  id,
  handle: id,
  name,
  closedUntil: null,
  closureNote: null,
  items: [{ id: `cali_${id}`, variantId: null, productHandle: null, title: `สินค้าของ${name}`, variantTitle: null, thumbnail: null, quantity: 2, unitPrice: "100.00", lineTotal: "200.00", available: 5, problem: null }],
  itemTotal: "200.00",
  shippingOptions: [
    { id: `so_${id}_reg`, code: "thp-registered", name: "ไปรษณีย์ลงทะเบียน", amount: "45.00" },
    { id: `so_${id}_ems`, code: "thp-ems", name: "EMS", amount: "80.00" },
  ],
  selectedShippingOptionId: `so_${id}_reg`,
  shippingAmount: "45.00",
  shippingChosen: true,
})

describe("ShippingChoices", () => {
  it("asks for the address first", () => {
    renderWithIntl(<ShippingChoices groups={[group("a", "บ้านท่าสว่าง")]} locale="th" enabled={false} />)
    expect(screen.getByText("กรอกที่อยู่จัดส่งก่อน แล้วจึงเลือกวิธีจัดส่ง")).toBeInTheDocument()
  })

  it("offers each group's services with prices in its own labelled group and saves a change", async () => {
    chooseShipping.mockResolvedValue({ ok: true })
    renderWithIntl(<ShippingChoices groups={[group("a", "บ้านท่าสว่าง"), group("b", "ดอยช้าง")]} locale="th" enabled />)
    const doiChang = screen.getByRole("group", { name: "จัดส่งจาก ดอยช้าง" })
    expect(screen.getByRole("group", { name: "จัดส่งจาก บ้านท่าสว่าง" })).toBeInTheDocument()
    const ems = doiChang.querySelector<HTMLInputElement>('input[value="so_b_ems"]')!
    expect(screen.getAllByRole("radio", { name: /EMS ด่วนพิเศษ \(1–2 วันทำการ\)/ })).toHaveLength(2)
    await act(async () => fireEvent.click(ems))
    expect(ems).toBeChecked()
    expect(chooseShipping).toHaveBeenCalledWith({ optionId: "so_b_ems", groupId: "b" })
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("เลือก EMS ด่วนพิเศษ (1–2 วันทำการ) สำหรับ ดอยช้าง แล้ว"))
    expect(refresh).toHaveBeenCalled()
  })
})
