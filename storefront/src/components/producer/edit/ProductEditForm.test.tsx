import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { EditFormState, EditValues } from "@/lib/producer/edit"
import { ProductEditForm } from "./ProductEditForm"

const values: EditValues = {
  title_th: "ผ้าพันคอมัดหมี่",
  title_en: "Mudmee scarf",
  subtitle_th: "",
  subtitle_en: "",
  description_th: "ทอมือ",
  description_en: "Hand-woven",
  category: "textile-apparel",
  status: "published",
  weight_g: "300",
  made_to_order: false,
  made_to_order_days: "",
  option_th: "แบบ",
  option_en: "Style",
  variants: [{ key: "var_1", id: "var_1", value_th: "มาตรฐาน", value_en: "Standard", sku: "", price: "129.50", stock: "7" }],
  photos: [
    { kind: "current", url: "http://localhost:9000/static/a.png" },
    { kind: "current", url: "http://localhost:9000/static/b.png" },
  ],
}

function renderForm(props: Partial<Parameters<typeof ProductEditForm>[0]> = {}, locale: "th" | "en" = "th") {
  const save = jest.fn(async (_state: EditFormState, _form: FormData): Promise<EditFormState> => ({}))
  const upload = jest.fn(async () => ({ upload: { id: "up_1", url: "http://localhost:9000/static/new.png" } }))
  renderWithIntl(
    <ProductEditForm productId="prod_1" locale={locale} initialValues={values} groupApproved archived={false} save={save} upload={upload} {...props} />,
    locale,
  )
  return { save, upload }
}

const photoUrls = () => screen.getAllByTestId("edit-photo").map((item) => item.getAttribute("data-url"))

function sentValues(save: jest.Mock): EditValues {
  const form = save.mock.calls[0][1] as FormData
  expect(form.get("product_id")).toBe("prod_1")
  return JSON.parse(String(form.get("values")))
}

describe("ProductEditForm", () => {
  it("shows the product's values with Thai and English side by side", () => {
    renderForm()
    expect(screen.getByLabelText("ชื่อสินค้า (ภาษาไทย)")).toHaveValue("ผ้าพันคอมัดหมี่")
    expect(screen.getByLabelText("ชื่อสินค้า (ภาษาอังกฤษ)")).toHaveValue("Mudmee scarf")
    expect(screen.getByLabelText("หมวดหมู่")).toHaveValue("textile-apparel")
    expect(screen.getByLabelText("ราคา (บาท รวม VAT) (แบบที่ 1)")).toHaveValue("129.50")
    expect(screen.getByLabelText("พร้อมขาย (ชิ้น) (แบบที่ 1)")).toHaveValue("7")
    expect(screen.getByRole("radio", { name: /เผยแพร่ในร้าน/ })).toBeChecked()
    // One variant: it cannot be removed.
    expect(screen.queryByRole("button", { name: "ลบแบบที่ 1" })).not.toBeInTheDocument()
    expect(screen.queryByLabelText("ระยะเวลาผลิต (วัน)")).not.toBeInTheDocument()
  })

  it("reorders photos with buttons (the first is the cover) and removes them", () => {
    renderForm()
    const first = screen.getAllByTestId("edit-photo")[0]
    expect(within(first).getByText("รูปหน้าปก")).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "เลื่อนรูปที่ 1 ขึ้น" })).toHaveAttribute("aria-disabled", "true")
    fireEvent.click(screen.getByRole("button", { name: "เลื่อนรูปที่ 2 ขึ้น" }))
    expect(photoUrls()).toEqual(["http://localhost:9000/static/b.png", "http://localhost:9000/static/a.png"])
    expect(screen.getByText("ย้ายรูปไปเป็นรูปที่ 1 แล้ว")).toBeInTheDocument()
    fireEvent.click(screen.getByRole("button", { name: "เลื่อนรูปที่ 1 ลง" }))
    expect(photoUrls()).toEqual(["http://localhost:9000/static/a.png", "http://localhost:9000/static/b.png"])
    fireEvent.click(screen.getByRole("button", { name: "ลบรูปที่ 1" }))
    expect(photoUrls()).toEqual(["http://localhost:9000/static/b.png"])
  })

  it("uploads a new photo when chosen, then sends it in the chosen order with the edited values", async () => {
    const { save, upload } = renderForm()
    const file = new File(["png"], "new.png", { type: "image/png" })
    fireEvent.change(screen.getByLabelText("เพิ่มรูป"), { target: { files: [file] } })
    await waitFor(() => expect(screen.getAllByTestId("edit-photo")).toHaveLength(3))
    await waitFor(() => expect(screen.getByText("รูปใหม่ (ยังไม่บันทึก)")).toBeInTheDocument())
    expect(upload).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole("button", { name: "เลื่อนรูปที่ 3 ขึ้น" }))
    fireEvent.click(screen.getByRole("button", { name: "เลื่อนรูปที่ 2 ขึ้น" }))

    fireEvent.change(screen.getByLabelText("ชื่อสินค้า (ภาษาไทย)"), { target: { value: "ผ้าพันคอมัดหมี่ลายใหม่" } })
    fireEvent.change(screen.getByLabelText("ชื่อตัวเลือก (ภาษาไทย) เช่น ขนาด"), { target: { value: "ขนาด" } })
    fireEvent.click(screen.getByRole("button", { name: /เพิ่มแบบสินค้า/ }))
    fireEvent.change(screen.getByLabelText("ชื่อแบบ (ภาษาไทย) (แบบที่ 2)"), { target: { value: "ใหญ่" } })
    fireEvent.change(screen.getByLabelText("ราคา (บาท รวม VAT) (แบบที่ 2)"), { target: { value: "199" } })
    fireEvent.click(screen.getByRole("checkbox", { name: /ผลิตตามสั่ง/ }))
    fireEvent.change(screen.getByLabelText("ระยะเวลาผลิต (วัน)"), { target: { value: "10" } })
    fireEvent.click(screen.getByRole("radio", { name: /ฉบับร่าง/ }))
    fireEvent.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }))

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    const sent = sentValues(save)
    expect(sent.title_th).toBe("ผ้าพันคอมัดหมี่ลายใหม่")
    expect(sent.option_th).toBe("ขนาด")
    expect(sent.status).toBe("draft")
    expect(sent.made_to_order).toBe(true)
    expect(sent.made_to_order_days).toBe("10")
    expect(sent.photos).toEqual([
      { kind: "upload", id: "up_1", url: "http://localhost:9000/static/new.png" },
      { kind: "current", url: "http://localhost:9000/static/a.png" },
      { kind: "current", url: "http://localhost:9000/static/b.png" },
    ])
    expect(sent.variants).toHaveLength(2)
    expect(sent.variants[1]).toMatchObject({ id: null, value_th: "ใหญ่", price: "199", stock: "0" })
  })

  it("refuses a file of the wrong type before uploading it", async () => {
    const { upload } = renderForm()
    fireEvent.change(screen.getByLabelText("เพิ่มรูป"), { target: { files: [new File(["x"], "notes.pdf", { type: "application/pdf" })] } })
    expect(await screen.findByText("อัปโหลด notes.pdf ไม่สำเร็จ: รองรับเฉพาะไฟล์ JPEG, PNG หรือ WebP")).toBeInTheDocument()
    expect(upload).not.toHaveBeenCalled()
    expect(screen.getAllByTestId("edit-photo")).toHaveLength(2)
  })

  it("shows field errors in Thai next to their fields", () => {
    const state: EditFormState = { fieldErrors: { "variants.0.price": "price", title_en: "required" } }
    renderForm({ initialState: state })
    const price = screen.getByLabelText("ราคา (บาท รวม VAT) (แบบที่ 1)")
    expect(price).toHaveAttribute("aria-invalid", "true")
    expect(price).toHaveAccessibleDescription("ใส่ราคาเป็นบาท มากกว่า 0 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 129 หรือ 129.50")
    expect(screen.getByLabelText("ชื่อสินค้า (ภาษาอังกฤษ)")).toHaveAccessibleDescription("กรุณากรอกช่องนี้")
    expect(screen.getByRole("alert")).toHaveTextContent("ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่มีเครื่องหมาย")
  })

  it("removes a variant and works in English", () => {
    renderForm({ initialValues: { ...values, variants: [...values.variants, { ...values.variants[0], key: "var_2", id: "var_2", value_th: "ใหญ่" }] } }, "en")
    expect(screen.getAllByTestId("edit-variant")).toHaveLength(2)
    fireEvent.click(screen.getByRole("button", { name: "Remove variant 1" }))
    expect(screen.getAllByTestId("edit-variant")).toHaveLength(1)
    expect(screen.getByLabelText("Variant name (Thai) (Variant 1)")).toHaveValue("ใหญ่")
    expect(screen.getByRole("button", { name: "Save changes" })).toBeEnabled()
  })

  it("says that a not-approved group's product stays hidden, and how to bring an archived one back", () => {
    renderForm({ groupApproved: false, archived: true, initialValues: { ...values, status: "draft" } })
    expect(screen.getByText("กลุ่มของคุณยังไม่ได้รับอนุมัติ สินค้าจะยังไม่แสดงในร้าน")).toBeInTheDocument()
    expect(screen.getByText(/สินค้านี้ถูกเก็บเข้าคลัง/)).toBeInTheDocument()
    expect(screen.getByRole("radio", { name: /ฉบับร่าง/ })).toBeChecked()
  })
})
