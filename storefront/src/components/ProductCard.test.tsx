import { screen } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { ProductCard } from "./ProductCard"
import { ProductGrid } from "./ProductGrid"
import { catalogProduct, VOCABULARIES } from "./trust/fixtures"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

describe("ProductCard", () => {
  it("shows the Thai title linking to the product, the price in baht, province, group, grade, badges and buyers' rating apart", () => {
    renderWithIntl(<ProductCard product={catalogProduct()} schemes={VOCABULARIES.schemes} />, "th")
    const link = screen.getByRole("link", { name: "ผ้าไหมมัดหมี่ลายโบราณ สุรินทร์" })
    expect(link).toHaveAttribute("href", "/th/products/surin-mudmee-silk")
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("ผ้าไหมมัดหมี่ลายโบราณ สุรินทร์")
    expect(screen.getByTestId("product-card")).toHaveAttribute("data-handle", "surin-mudmee-silk")
    expect(screen.getByTestId("otop-grade")).toHaveTextContent("OTOP 5 ดาว ปี 2567")
    expect(screen.getAllByTestId("cert-badge").map((b) => b.dataset.scheme)).toEqual(["gi", "tcps"])
    expect(screen.getByTestId("buyer-rating")).toHaveTextContent("ผู้ซื้อให้ 4.5/5 (12 รีวิว)")
    expect(screen.getByText("฿2,490.00")).toBeInTheDocument()
    expect(screen.getByText("โดย กลุ่มทอผ้าบ้านท่าสว่าง")).toBeInTheDocument()
    expect(screen.getByText("สุรินทร์")).toBeInTheDocument()
    expect(screen.getByRole("img", { name: "รูปสินค้า ผ้าไหมมัดหมี่ลายโบราณ สุรินทร์" })).toBeInTheDocument()
  })

  it("renders in English with the English province name and Christian-era round", () => {
    renderWithIntl(<ProductCard product={catalogProduct({ title: "Surin Mudmee Silk" })} schemes={VOCABULARIES.schemes} />, "en")
    expect(screen.getByRole("link", { name: "Surin Mudmee Silk" })).toHaveAttribute("href", "/en/products/surin-mudmee-silk")
    expect(screen.getByText("Surin")).toBeInTheDocument()
    expect(screen.getByTestId("otop-grade")).toHaveTextContent("2024")
  })

  it("leaves out what a product does not have, flags it sold out and falls back to a placeholder picture", () => {
    renderWithIntl(
      <ProductCard
        product={catalogProduct({ grade: null, certifications: [], rating: { average: null, count: 0 }, inStock: false, thumbnail: null, price: null })}
        schemes={VOCABULARIES.schemes}
      />,
      "en",
    )
    expect(screen.queryByTestId("otop-grade")).toBeNull()
    expect(screen.queryByTestId("cert-badge")).toBeNull()
    expect(screen.queryByTestId("buyer-rating")).toBeNull()
    expect(screen.getByText("Sold out")).toBeInTheDocument()
    expect(screen.getByText("Price not available")).toBeInTheDocument()
    expect(screen.getByRole("img", { name: "No picture yet" })).toBeInTheDocument()
  })

  it("a grid lists one card per product, in order", () => {
    const products = [catalogProduct(), catalogProduct({ id: "prod_2", handle: "nam-prik", title: "น้ำพริกนรก" })]
    renderWithIntl(<ProductGrid products={products} schemes={VOCABULARIES.schemes} columns="wide" />, "th")
    expect(screen.getAllByTestId("product-card").map((card) => card.dataset.handle)).toEqual(["surin-mudmee-silk", "nam-prik"])
  })
})
