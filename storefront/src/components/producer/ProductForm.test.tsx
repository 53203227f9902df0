import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { ProductFormState } from "@/lib/producer/validation"
import { ProductForm } from "./ProductForm"

const values = {
  handle: "",
  title_th: "",
  title_en: "Mudmee silk",
  description_th: "",
  description_en: "",
  category: "textile-apparel",
  price: "12.345",
  stock: "5",
  weight_g: "400",
  made_to_order_days: "",
  publish: false,
}

describe("ProductForm", () => {
  it("shows field errors in Thai next to their fields and keeps what was typed", () => {
    const state: ProductFormState = { values, fieldErrors: { title_th: "required", price: "price" } }
    renderWithIntl(<ProductForm action={jest.fn()} locale="th" initialState={state} />, "th")

    const titleTh = screen.getByLabelText("ชื่อสินค้า (ภาษาไทย)")
    expect(titleTh).toHaveAttribute("aria-invalid", "true")
    expect(titleTh).toHaveAccessibleDescription("กรุณากรอกช่องนี้")
    const price = screen.getByLabelText("ราคา (บาท รวม VAT)")
    expect(price).toHaveValue("12.345")
    expect(price).toHaveAccessibleDescription("ใส่ราคาเป็นบาท เช่น 129 หรือ 129.50")
    expect(screen.getByLabelText("ชื่อสินค้า (ภาษาอังกฤษ)")).toHaveValue("Mudmee silk")
    expect(screen.getByLabelText("ชื่อสินค้า (ภาษาอังกฤษ)")).not.toHaveAttribute("aria-invalid")
    expect(screen.getByLabelText("หมวดหมู่")).toHaveValue("textile-apparel")
    expect(screen.getByRole("checkbox")).not.toBeChecked()
    expect(screen.getByRole("alert")).toHaveTextContent("กรุณาแก้ไขช่องที่มีเครื่องหมาย")
  })

  it("lists the five categories in English and shows the API's message", () => {
    const state: ProductFormState = { values, apiError: "handle: a product with handle mudmee-silk already exists" }
    renderWithIntl(<ProductForm action={jest.fn()} locale="en" initialState={state} />, "en")

    const options = screen.getAllByRole("option").map((option) => option.textContent)
    expect(options).toEqual([
      "Choose a category",
      "Food",
      "Beverages",
      "Textiles and clothing",
      "Homeware, decor and souvenirs",
      "Herbal products (non-food)",
    ])
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Could not save: handle: a product with handle mudmee-silk already exists",
    )
  })

  it("sends the form to the action and renders the errors it returns", async () => {
    const action = jest.fn(async (_state: ProductFormState, data: FormData): Promise<ProductFormState> => {
      expect(data.get("locale")).toBe("th")
      return { values: { ...values, title_en: String(data.get("title_en")) }, fieldErrors: { weight_g: "positiveNumber" } }
    })
    renderWithIntl(<ProductForm action={action} locale="th" />, "th")
    expect(screen.queryByRole("alert")).not.toBeInTheDocument()
    expect(screen.getByRole("checkbox")).toBeChecked()

    fireEvent.change(screen.getByLabelText("ชื่อสินค้า (ภาษาอังกฤษ)"), { target: { value: "Silk" } })
    fireEvent.click(screen.getByRole("button", { name: "บันทึกสินค้า" }))

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    expect(await screen.findByText("ใส่จำนวนเต็มที่มากกว่า 0")).toBeInTheDocument()
    expect(screen.getByLabelText("น้ำหนักรวมบรรจุภัณฑ์ (กรัม)")).toHaveAttribute("aria-invalid", "true")
  })
})
