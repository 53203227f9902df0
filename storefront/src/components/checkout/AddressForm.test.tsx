import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { AddressForm } from "./AddressForm"

const saveAddress = jest.fn()
jest.mock("@/lib/checkout/actions", () => ({ saveAddress: (...args: unknown[]) => saveAddress(...args) }))

const provinces = [
  { code: "10", name_th: "กรุงเทพมหานคร", name_en: "Bangkok" },
  { code: "50", name_th: "เชียงใหม่", name_en: "Chiang Mai" },
]

beforeEach(() => {
  saveAddress.mockReset()
  // The picker looks a typed postcode up; this one is unknown.
  global.fetch = jest.fn().mockResolvedValue({ status: 404, ok: false }) as unknown as typeof fetch
})

describe("AddressForm", () => {
  it("labels every field and keeps what was typed when the server refuses the postcode, saying why", async () => {
    saveAddress.mockResolvedValue({
      status: "error",
      fieldErrors: { postcode: { key: "postcodeMismatch", values: { postcode: "50299", subdistrict: "ศรีภูมิ", expected: "50200" } } },
      at: 1,
    })
    renderWithIntl(<AddressForm locale="th" provinces={provinces} saved={null} onSaved={jest.fn()} />)
    for (const label of ["อีเมล", "ชื่อ", "นามสกุล", "เบอร์โทรศัพท์มือถือ", "บ้านเลขที่ หมู่ ซอย ถนน", "รหัสไปรษณีย์", "จังหวัด", "อำเภอ / เขต", "ตำบล / แขวง"]) {
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeInTheDocument()
    }
    fireEvent.change(screen.getByLabelText(/^อีเมล/), { target: { value: "somsri@example.th" } })
    fireEvent.change(screen.getByLabelText("รหัสไปรษณีย์"), { target: { value: "50299" } })
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "บันทึกที่อยู่และเลือกวิธีจัดส่ง" })))

    expect(saveAddress).toHaveBeenCalledWith("th", { status: "idle" }, expect.any(FormData))
    const form = saveAddress.mock.calls[0][2] as FormData
    expect(form.get("email")).toBe("somsri@example.th")
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("โปรดแก้ไขข้อมูลที่ทำเครื่องหมายไว้ 1 ช่อง"))
    expect(screen.getByRole("alert")).toHaveTextContent("รหัสไปรษณีย์ 50299 ไม่ตรงกับศรีภูมิ (รหัสไปรษณีย์ของพื้นที่นี้คือ 50200)")
    const postcode = screen.getByLabelText("รหัสไปรษณีย์")
    expect(postcode).toHaveAttribute("aria-invalid", "true")
    expect(postcode).toHaveAccessibleDescription(expect.stringContaining("ไม่ตรงกับศรีภูมิ"))
    expect(screen.getByLabelText(/^อีเมล/)).toHaveValue("somsri@example.th")
  })

  it("tells the page when the address is saved", async () => {
    saveAddress.mockResolvedValue({ status: "saved", at: 2 })
    const onSaved = jest.fn()
    renderWithIntl(<AddressForm locale="en" provinces={provinces} saved={null} onSaved={onSaved} />, "en")
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save address and choose shipping" })))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(screen.getByRole("status")).toHaveTextContent("Delivery address saved")
  })
})
