import { screen } from "@testing-library/react"
import type { Product } from "@/lib/medusa/types"
import { renderWithIntl } from "@/test/render"
import { ProductCard } from "./ProductCard"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: "prod_1",
    handle: "mudmee-silk-surin",
    title: "ผ้าไหมมัดหมี่สุรินทร์",
    subtitle: null,
    description: null,
    material: null,
    thumbnail: "http://localhost:9000/static/mudmee.png",
    images: [],
    provinceCode: "32",
    producerGroup: "ban-tha-sawang",
    madeToOrderDays: null,
    categories: [],
    variants: [],
    priceRange: { min: { amount: "1290.50", currencyCode: "thb" }, max: { amount: "1290.50", currencyCode: "thb" } },
    stockStatus: "in_stock",
    ...overrides,
  }
}

describe("ProductCard", () => {
  it("shows the Thai title, the price in baht and the province, linking to the product", () => {
    renderWithIntl(<ProductCard product={makeProduct()} />, "th")

    const link = screen.getByRole("link", { name: "ผ้าไหมมัดหมี่สุรินทร์" })
    expect(link).toHaveAttribute("href", "/th/products/mudmee-silk-surin")
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("ผ้าไหมมัดหมี่สุรินทร์")
    expect(screen.getByText("฿1,290.50")).toBeInTheDocument()
    expect(screen.getByText("สุรินทร์")).toBeInTheDocument()
    expect(screen.getByRole("img", { name: "รูปสินค้า ผ้าไหมมัดหมี่สุรินทร์" })).toBeInTheDocument()
  })

  it("shows 'from' the lowest price when variants differ", () => {
    const product = makeProduct({
      priceRange: { min: { amount: "590.00", currencyCode: "thb" }, max: { amount: "1290.00", currencyCode: "thb" } },
    })
    renderWithIntl(<ProductCard product={product} />, "th")
    expect(screen.getByText("เริ่มต้น")).toBeInTheDocument()
    expect(screen.getByText("เริ่มต้น").parentElement).toHaveTextContent("เริ่มต้น ฿590.00")
  })

  it("renders in English with the English province name", () => {
    renderWithIntl(<ProductCard product={makeProduct({ title: "Surin Mudmee Silk" })} />, "en")
    expect(screen.getByRole("link", { name: "Surin Mudmee Silk" })).toHaveAttribute(
      "href",
      "/en/products/mudmee-silk-surin",
    )
    expect(screen.getByText("Surin")).toBeInTheDocument()
    expect(screen.getByText("฿1,290.50")).toBeInTheDocument()
  })

  it("flags sold-out products and falls back to a placeholder without a picture", () => {
    renderWithIntl(<ProductCard product={makeProduct({ stockStatus: "out_of_stock", thumbnail: null })} />, "th")
    expect(screen.getByText("สินค้าหมด")).toBeInTheDocument()
    expect(screen.getByRole("img", { name: "ยังไม่มีรูปสินค้า" })).toBeInTheDocument()
  })
})
