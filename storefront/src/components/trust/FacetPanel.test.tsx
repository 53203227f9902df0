import { screen, within } from "@testing-library/react"
import type { LabelContext } from "@/lib/catalog/labels"
import { EMPTY_STATE, toggleFlag, toggleStars, toggleValue } from "@/lib/catalog/params"
import { renderWithIntl } from "@/test/render"
import { ActiveFilters } from "./ActiveFilters"
import { bestRelaxation, EmptyResults } from "./EmptyResults"
import { FacetPanel } from "./FacetPanel"
import { EMPTY_FACETS, VOCABULARIES } from "./fixtures"

// The shared stand-in, minus next/link's `prefetch` (not an attribute of <a>).
jest.mock("@/i18n/navigation", () => {
  const shared = require("@/test/navigation-mock")
  return { ...shared, Link: ({ prefetch: _prefetch, ...props }: { prefetch?: boolean }) => shared.Link(props) }
})
// next/form needs the App Router; a plain GET form is what it renders without JavaScript anyway.
jest.mock("next/form", () => ({ __esModule: true, default: (props: React.FormHTMLAttributes<HTMLFormElement>) => <form {...props} /> }))

const labels = (locale: "th" | "en"): LabelContext => ({
  locale,
  vocabularies: VOCABULARIES,
  categoryNames: { "textile-apparel": locale === "th" ? "ผ้าและเครื่องแต่งกาย" : "Textiles and apparel" },
  regionNames: { north: locale === "th" ? "ภาคเหนือ" : "North", northeast: locale === "th" ? "ภาคตะวันออกเฉียงเหนือ" : "Northeast" },
})

const facets = {
  ...EMPTY_FACETS,
  category: [{ value: "textile-apparel", count: 6 }],
  region: [
    { value: "northeast", count: 4 },
    { value: "north", count: 2 },
  ],
  province: [
    { value: "32", count: 3 },
    { value: "50", count: 2 },
    { value: "46", count: 1 },
  ],
  stars: [
    { value: "5", count: 3 },
    { value: "4", count: 2 },
  ],
  cert: [
    { value: "tcps", count: 4 },
    { value: "gi", count: 3 },
  ],
  dye: [
    { value: "NATURAL", count: 4 },
    { value: "INDIGO", count: 1 },
    { value: "CHEMICAL", count: 0 },
  ],
}

const option = (facet: string, value: string) => document.querySelector<HTMLAnchorElement>(`a[data-facet="${facet}"][data-value="${value}"]`)

describe("FacetPanel", () => {
  it("shows each choice as a link that adds it to the URL, with its product count", () => {
    renderWithIntl(<FacetPanel state={EMPTY_STATE} facets={facets} labels={labels("th")} action="/th/search" />, "th")
    const natural = option("dye", "NATURAL")!
    expect(natural).toHaveAttribute("href", "/th/search?dye=NATURAL")
    expect(natural).toHaveTextContent("ย้อมสีธรรมชาติ")
    expect(natural).toHaveTextContent("4 รายการ")
    expect(natural.dataset.count).toBe("4")
    expect(option("stars", "5")).toHaveAttribute("href", "/th/search?stars=5")
    expect(option("stars", "5")).toHaveTextContent("5 ดาว")
    expect(option("stars", "4")).toHaveTextContent("4 ดาวขึ้นไป, 5 รายการ")
    expect(option("gi", "true")).toHaveAttribute("href", "/th/search?gi=true")
    expect(option("gi", "true")!.dataset.count).toBe("3")
    expect(option("province", "32")).toHaveTextContent("สุรินทร์")
    expect(option("region", "northeast")).toHaveTextContent("ภาคตะวันออกเฉียงเหนือ")
    expect(option("category", "textile-apparel")).toHaveTextContent("ผ้าและเครื่องแต่งกาย")
    // No products, no choice; GI is its own choice, not repeated among the certifications.
    expect(option("dye", "CHEMICAL")).toBeNull()
    expect(option("cert", "gi")).toBeNull()
    expect(option("fiber", "SILK")).toBeNull()
    expect(screen.queryByRole("heading", { name: "เส้นใยผ้า" })).toBeNull()
  })

  it("marks chosen values and links them back out of the URL; other choices keep them", () => {
    const state = toggleValue(toggleStars(toggleFlag(EMPTY_STATE, "gi"), 5), "dye", "NATURAL")
    renderWithIntl(<FacetPanel state={state} facets={facets} labels={labels("th")} action="/th/search" />, "th")
    const natural = option("dye", "NATURAL")!
    expect(natural).toHaveAttribute("aria-current", "true")
    expect(natural).toHaveAttribute("href", "/th/search?stars=5&gi=true")
    expect(natural).toHaveTextContent("เลือกอยู่")
    expect(option("dye", "INDIGO")).toHaveAttribute("href", "/th/search?dye=INDIGO&dye=NATURAL&stars=5&gi=true")
    expect(option("gi", "true")).toHaveAttribute("href", "/th/search?dye=NATURAL&stars=5")
    expect(screen.getByText("(เลือก 3 รายการ)")).toBeInTheDocument()
  })

  it("keeps the filters in the price form and folds into a 'Filters' summary", () => {
    const state = toggleValue(EMPTY_STATE, "dye", "NATURAL")
    renderWithIntl(<FacetPanel state={{ ...state, q: "ผ้า", page: 3 }} facets={facets} labels={labels("en")} action="/en/search" />, "en")
    const panel = screen.getByTestId("facet-panel")
    expect(panel.tagName).toBe("DETAILS")
    expect(within(panel).getByText("Filters", { selector: "summary *" })).toBeInTheDocument()
    const form = screen.getByLabelText("Min (baht)").closest("form")!
    expect(form).toHaveAttribute("action", "/en/search")
    const hidden = [...form.querySelectorAll<HTMLInputElement>("input[type=hidden]")].map((input) => `${input.name}=${input.value}`)
    expect(hidden).toEqual(["q=ผ้า", "dye=NATURAL"])
    expect(option("dye", "NATURAL")).toHaveTextContent("Natural dye")
    expect(option("dye", "INDIGO")).toHaveTextContent("1 product")
  })
})

describe("ActiveFilters", () => {
  it("shows each filter as a chip that removes it, and clears all but the search words", () => {
    const state = { ...toggleValue(toggleStars(EMPTY_STATE, 5), "dye", "NATURAL"), q: "มัดหมี่", priceMin: "100", priceMax: "2500" }
    renderWithIntl(<ActiveFilters state={state} labels={labels("th")} />, "th")
    const chips = screen.getAllByTestId("active-filter")
    expect(chips.map((chip) => chip.textContent)).toEqual(["คำค้น “มัดหมี่”", "OTOP ระดับ 5 ดาว", "ย้อมสีธรรมชาติ", "ราคา ฿100.00 – ฿2,500.00"])
    expect(screen.getByRole("link", { name: "เอาตัวกรอง ย้อมสีธรรมชาติ ออก" })).toHaveAttribute(
      "href",
      `/th/search?q=${encodeURIComponent("มัดหมี่")}&stars=5&price_min=100&price_max=2500`,
    )
    expect(screen.getByTestId("clear-filters")).toHaveAttribute("href", `/th/search?q=${encodeURIComponent("มัดหมี่")}`)
  })
})

describe("EmptyResults", () => {
  it("suggests dropping the filter that brings back the most products", () => {
    const state = toggleValue(toggleStars(EMPTY_STATE, 5), "dye", "INDIGO")
    const suggestion = bestRelaxation([
      { filter: { kind: "stars", value: 5 }, count: 1 },
      { filter: { kind: "list", param: "dye", value: "INDIGO" }, count: 7 },
    ])
    renderWithIntl(<EmptyResults state={state} labels={labels("th")} suggestion={suggestion} />, "th")
    expect(screen.getByText("ไม่พบสินค้าที่ตรงกับที่เลือก")).toBeInTheDocument()
    expect(screen.getByText("ตัวกรอง “ย้อมคราม” จำกัดผลมากที่สุด ถ้าเอาออกจะพบ 7 รายการ")).toBeInTheDocument()
    expect(screen.getByTestId("relax-filter")).toHaveAttribute("href", "/th/search?stars=5")
    expect(screen.getByRole("link", { name: "ล้างตัวกรองทั้งหมด" })).toHaveAttribute("href", "/th/search")
  })

  it("with nothing to drop, says what else to try", () => {
    expect(bestRelaxation([{ filter: { kind: "q", value: "xyz" }, count: 0 }])).toBeNull()
    renderWithIntl(<EmptyResults state={{ ...EMPTY_STATE, q: "xyz" }} labels={labels("en")} suggestion={null} />, "en")
    expect(screen.getByText("Try a shorter or different word, or browse by category")).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "See all products" })).toHaveAttribute("href", "/en/search")
  })
})
