import {
  chosenStatus,
  editPayload,
  editValuesFromProduct,
  fieldErrorsFromApi,
  isValidPrice,
  parseEditValues,
  priceInputValue,
  validateEditValues,
  type EditValues,
} from "./edit"
import type { EditableProduct } from "./edit-types"

const product: EditableProduct = {
  id: "prod_1",
  handle: "mudmee-scarf",
  title: "ผ้าพันคอมัดหมี่",
  subtitle: null,
  description: "ทอมือ",
  status: "published",
  thumbnail: "http://b/static/a.png",
  weight: 300,
  metadata: { producer_status: "published", made_to_order_days: 7 },
  images: [
    { id: "img_b", url: "http://b/static/b.png", rank: 1 },
    { id: "img_a", url: "http://b/static/a.png", rank: 0 },
  ],
  categories: [{ handle: "textile-apparel" }],
  options: [{ id: "opt_1", title: "ขนาด", values: [{ id: "val_s", value: "เล็ก" }, { id: "val_l", value: "ใหญ่" }] }],
  variants: [
    { id: "var_2", title: "ใหญ่", sku: null, prices: [{ amount: "250", currency_code: "thb" }], inventory_quantity: 0 },
    { id: "var_1", title: "เล็ก", sku: "S-1", prices: [{ amount: 129.5, currency_code: "thb" }], inventory_quantity: 4 },
  ],
  english: {
    prod_1: { title: "Mudmee scarf", description: "Hand-woven" },
    opt_1: { title: "Size" },
    var_1: { title: "Small" },
    val_l: { value: "Large" },
  },
}

function valid(overrides: Partial<EditValues> = {}): EditValues {
  return { ...editValuesFromProduct(product), ...overrides }
}

describe("editValuesFromProduct", () => {
  it("reads Thai base content, English translations, prices as exact text and photos by rank", () => {
    const values = editValuesFromProduct(product)
    expect(values).toMatchObject({
      title_th: "ผ้าพันคอมัดหมี่",
      title_en: "Mudmee scarf",
      description_en: "Hand-woven",
      subtitle_th: "",
      category: "textile-apparel",
      status: "published",
      weight_g: "300",
      made_to_order: true,
      made_to_order_days: "7",
      option_th: "ขนาด",
      option_en: "Size",
    })
    expect(values.variants).toEqual([
      { key: "var_1", id: "var_1", value_th: "เล็ก", value_en: "Small", sku: "S-1", price: "129.50", stock: "4" },
      { key: "var_2", id: "var_2", value_th: "ใหญ่", value_en: "Large", sku: "", price: "250", stock: "0" },
    ])
    expect(values.photos).toEqual([
      { kind: "current", url: "http://b/static/a.png" },
      { kind: "current", url: "http://b/static/b.png" },
    ])
  })

  it("treats an archived product as a draft and a cleared lead time as none", () => {
    const archived = { ...product, metadata: { producer_status: "published", archived_at: "2025-01-01T00:00:00Z", made_to_order_days: "" } }
    expect(chosenStatus(archived)).toBe("draft")
    expect(editValuesFromProduct(archived)).toMatchObject({ status: "draft", made_to_order: false, made_to_order_days: "" })
    expect(chosenStatus({ status: "draft", metadata: { producer_status: "published", archived_at: "" } })).toBe("published")
  })
})

describe("prices", () => {
  it("formats amounts without floats and accepts baht with up to 2 decimals", () => {
    expect(priceInputValue(0.1 + 0.2)).toBe("0.30")
    expect(priceInputValue("1290.5")).toBe("1290.50")
    expect(priceInputValue(null)).toBe("")
    expect(isValidPrice("129")).toBe(true)
    expect(isValidPrice("1,290.50")).toBe(true)
    expect(isValidPrice("฿99.9")).toBe(true)
    expect(isValidPrice("12.345")).toBe(false)
    expect(isValidPrice("0")).toBe(false)
    expect(isValidPrice("0.00")).toBe(false)
    expect(isValidPrice("-5")).toBe(false)
    expect(isValidPrice("12345678")).toBe(false)
    expect(isValidPrice("abc")).toBe(false)
  })
})

describe("validateEditValues", () => {
  it("accepts the product as it is", () => {
    expect(validateEditValues(valid())).toEqual({})
  })

  it("names each bad field with a message key", () => {
    const values = valid({ title_th: "", subtitle_en: "Only English", weight_g: "0", made_to_order_days: "400", category: "cars" })
    values.variants = [
      { ...values.variants[0], price: "12.345", stock: "-1" },
      { ...values.variants[1], value_th: "เล็ก", price: "" },
      { key: "new-1", id: null, value_th: "", value_en: "", sku: "", price: "10", stock: "1" },
    ]
    expect(validateEditValues(values)).toEqual({
      title_th: "required",
      subtitle_th: "thaiFirst",
      category: "category",
      weight_g: "weight",
      made_to_order_days: "days",
      "variants.0.price": "price",
      "variants.0.stock": "stock",
      "variants.1.value_th": "duplicateValue",
      "variants.1.price": "required",
      "variants.2.value_th": "valueRequired",
    })
  })

  it("needs an option name only with several variants, and lead time only when made to order", () => {
    const single = valid({ option_th: "", option_en: "", made_to_order: false, made_to_order_days: "" })
    single.variants = [{ ...single.variants[0], value_th: "", value_en: "" }]
    expect(validateEditValues(single)).toEqual({})
    expect(validateEditValues({ ...valid(), option_th: "" })).toEqual({ option_th: "optionRequired" })
    expect(validateEditValues({ ...valid(), made_to_order_days: "" })).toEqual({ made_to_order_days: "required" })
    expect(validateEditValues({ ...valid(), variants: [] })).toEqual({ variants: "variantsRequired" })
  })
})

describe("editPayload", () => {
  it("builds the complete variant list, picture refs in order and bilingual fields", () => {
    const values = valid({ subtitle_th: "", subtitle_en: "", made_to_order: false })
    values.variants = [
      { ...values.variants[1], price: "1,250.5", stock: "5" },
      { key: "new-1", id: null, value_th: "กลาง", value_en: "", sku: " ", price: "199", stock: "3" },
    ]
    values.photos = [{ kind: "upload", id: "up_1", url: "http://b/static/new.png" }, { kind: "current", url: "http://b/static/a.png" }]
    const body = editPayload(parseEditValues(JSON.stringify(values))!)
    expect(body).toEqual({
      title: { th: "ผ้าพันคอมัดหมี่", en: "Mudmee scarf" },
      subtitle: null,
      description: { th: "ทอมือ", en: "Hand-woven" },
      category: "textile-apparel",
      status: "published",
      images: ["up_1", "http://b/static/a.png"],
      weight_g: 300,
      made_to_order_days: null,
      option: { th: "ขนาด", en: "Size" },
      variants: [
        { id: "var_2", option_value: { th: "ใหญ่", en: "Large" }, sku: null, price: "1250.50", stock: 5 },
        { option_value: { th: "กลาง", en: null }, sku: null, price: "199.00", stock: 3 },
      ],
    })
  })
})

describe("parseEditValues", () => {
  it("refuses what is not a JSON object and fills in what is missing", () => {
    expect(parseEditValues(null)).toBeNull()
    expect(parseEditValues("[1]")).toBeNull()
    expect(parseEditValues("{oops")).toBeNull()
    const values = parseEditValues(JSON.stringify({ title_th: "  ชื่อ ", variants: [{ price: 12 }], photos: [{ kind: "x" }, { kind: "current", url: "u" }] }))!
    expect(values.title_th).toBe("ชื่อ")
    expect(values.status).toBe("draft")
    expect(values.variants).toEqual([{ key: "row-0", id: null, value_th: "", value_en: "", sku: "", price: "", stock: "" }])
    expect(values.photos).toEqual([{ kind: "current", url: "u" }])
  })
})

describe("fieldErrorsFromApi", () => {
  it("maps the backend's field paths to the form's fields", () => {
    expect(fieldErrorsFromApi("variants.1.price: a price in baht, e.g. 129 or 129.50")).toEqual({ "variants.1.price": "price" })
    expect(fieldErrorsFromApi("variants.2.option_value: 'ใหญ่' is used twice")).toEqual({ "variants.2.value_th": "duplicateValue" })
    expect(fieldErrorsFromApi("images.0: 'up_x' is neither a picture of this product nor one of your uploads")).toEqual({ "photos.0": "photoMissing" })
    expect(fieldErrorsFromApi("title.th: String must contain at least 1 character(s); weight_g: Number must be less than or equal to 100000")).toEqual({
      title_th: "required",
      weight_g: "weight",
    })
  })

  it("gives up when a part names no field of the form", () => {
    expect(fieldErrorsFromApi("Product variant with sku: S-1, already exists.")).toBeNull()
    expect(fieldErrorsFromApi("handle: taken")).toBeNull()
    expect(fieldErrorsFromApi("")).toBeNull()
  })
})
