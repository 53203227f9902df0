import { reshapeProduct } from "./reshape"
import type { MedusaProduct } from "./types"

const base: MedusaProduct = {
  id: "prod_1",
  title: "กาแฟดอยช้าง",
  handle: "doi-chang-coffee",
  thumbnail: null,
  images: [{ id: "img_1", url: "http://localhost:9000/static/coffee.png" }],
  metadata: { province_code: "57", producer_group: "doi-chang", made_to_order_days: 14 },
  categories: [{ id: "pcat_1", name: "เครื่องดื่ม", handle: "beverage" }],
  options: [{ id: "opt_1", title: "ขนาด" }],
  variants: [
    {
      id: "v1",
      title: "250 g",
      manage_inventory: true,
      inventory_quantity: 0,
      calculated_price: { calculated_amount: 350.004999, original_amount: 350.004999, currency_code: "thb" },
      options: [{ id: "ov1", value: "250 กรัม", option_id: "opt_1" }],
    },
    {
      id: "v2",
      title: "500 g",
      manage_inventory: true,
      inventory_quantity: 3,
      calculated_price: { calculated_amount: "590", original_amount: "690", currency_code: "THB" },
      options: [{ id: "ov2", value: "500 กรัม", option_id: "opt_1" }],
    },
  ],
}

describe("reshapeProduct", () => {
  const product = reshapeProduct(base)

  it("keeps prices as exact two-decimal strings", () => {
    expect(product.variants.map((variant) => variant.price?.amount)).toEqual(["350.00", "590.00"])
    expect(product.priceRange).toEqual({
      min: { amount: "350.00", currencyCode: "thb" },
      max: { amount: "590.00", currencyCode: "thb" },
    })
    expect(product.variants[1].originalPrice).toEqual({ amount: "690.00", currencyCode: "thb" })
    expect(product.variants[0].originalPrice).toBeNull()
  })

  it("derives stock status per variant and for the product", () => {
    expect(product.variants.map((variant) => variant.stockStatus)).toEqual(["out_of_stock", "low_stock"])
    expect(product.stockStatus).toBe("low_stock")
  })

  it("reads metadata, categories, option names and falls back to the first image", () => {
    expect(product.provinceCode).toBe("57")
    expect(product.producerGroup).toBe("doi-chang")
    expect(product.madeToOrderDays).toBe(14)
    expect(product.categories[0]).toMatchObject({ handle: "beverage", name: "เครื่องดื่ม" })
    expect(product.variants[0].options).toEqual([{ name: "ขนาด", value: "250 กรัม" }])
    expect(product.thumbnail).toBe("http://localhost:9000/static/coffee.png")
  })

  it("prefers Medusa's exact raw amounts to the JSON numbers", () => {
    const exact = reshapeProduct({
      ...base,
      variants: [
        {
          id: "v",
          title: "Default",
          calculated_price: {
            calculated_amount: 1290.5,
            raw_calculated_amount: { value: "1290.505", precision: 20 },
            original_amount: 1290.5,
            raw_original_amount: { value: "1290.505", precision: 20 },
            currency_code: "thb",
          },
        },
      ],
    })
    expect(exact.variants[0].price?.amount).toBe("1290.51")
    expect(exact.variants[0].originalPrice).toBeNull()
  })

  it("treats untracked stock as available and a missing price as none", () => {
    const untracked = reshapeProduct({
      ...base,
      variants: [{ id: "v", title: "Default", manage_inventory: false, inventory_quantity: 0, calculated_price: null }],
    })
    expect(untracked.stockStatus).toBe("in_stock")
    expect(untracked.priceRange).toBeNull()
  })
})
