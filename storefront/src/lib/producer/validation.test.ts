import { productPayload, readProductForm, slugify, validateProductForm } from "./validation"

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

const valid = {
  title_th: "ผ้าไหมมัดหมี่",
  title_en: "Mudmee silk",
  category: "textile-apparel",
  price: "1,290.50",
  stock: "5",
  weight_g: "400",
}

describe("product form validation", () => {
  it("accepts a complete form and builds the API body", () => {
    const values = readProductForm(form({ ...valid, publish: "on" }))
    expect(validateProductForm(values)).toEqual({})
    expect(productPayload(values, ["up_1"], "fallback")).toEqual({
      handle: "mudmee-silk",
      title: { th: "ผ้าไหมมัดหมี่", en: "Mudmee silk" },
      category: "textile-apparel",
      status: "published",
      images: ["up_1"],
      weight_g: 400,
      variants: [{ price: "1290.50", stock: 5 }],
    })
  })

  it("names each invalid field", () => {
    const values = readProductForm(
      form({ handle: "ผ้า ไหม", title_th: "", title_en: "x", category: "cars", price: "12.345", stock: "-1", weight_g: "0", made_to_order_days: "2.5" }),
    )
    expect(validateProductForm(values, { size: 6 * 1024 * 1024, type: "image/gif" })).toEqual({
      handle: "handle",
      title_th: "required",
      category: "category",
      price: "price",
      stock: "wholeNumber",
      weight_g: "positiveNumber",
      made_to_order_days: "wholeNumber",
      photo: "photoType",
    })
  })

  it("makes ASCII slugs", () => {
    expect(slugify("  Indigo Scarf #2 ")).toBe("indigo-scarf-2")
    expect(slugify("ผ้าไหม")).toBe("")
  })
})
