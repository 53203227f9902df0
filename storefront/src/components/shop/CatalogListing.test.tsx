import { screen } from "@testing-library/react"
import { catalogProduct, EMPTY_FACETS, VOCABULARIES } from "@/components/trust/fixtures"
import type { LoadedListing } from "@/lib/catalog/load-listing"
import { EMPTY_STATE, toggleStars } from "@/lib/catalog/params"
import { renderWithIntl } from "@/test/render"
import { CatalogListing } from "./CatalogListing"

// The shared stand-in (which keeps a string href's query), minus next/link's `prefetch`.
jest.mock("@/i18n/navigation", () => {
  const shared = require("@/test/navigation-mock")
  return {
    ...shared,
    Link: ({ prefetch: _prefetch, href, ...props }: { prefetch?: boolean; href: string | { pathname: string; query?: Record<string, string> } }) =>
      shared.Link({ ...props, href: typeof href === "string" ? href : `${href.pathname}?${new URLSearchParams(href.query).toString()}` }),
  }
})
jest.mock("next/form", () => ({ __esModule: true, default: (props: React.FormHTMLAttributes<HTMLFormElement>) => <form {...props} /> }))

function listing(patch: Partial<LoadedListing> = {}): LoadedListing {
  return {
    scope: { kind: "province", value: "32" },
    state: EMPTY_STATE,
    problems: [],
    page: {
      products: [catalogProduct()],
      count: 30,
      facets: {
        ...EMPTY_FACETS,
        category: [{ value: "textile-apparel", count: 30 }],
        region: [{ value: "northeast", count: 30 }],
        province: [{ value: "32", count: 30 }],
        stars: [{ value: "5", count: 12 }],
      },
      limit: 24,
      offset: 0,
    },
    labels: { locale: "th", vocabularies: VOCABULARIES, categoryNames: { "textile-apparel": "ผ้าและเครื่องแต่งกาย" }, regionNames: { northeast: "ภาคตะวันออกเฉียงเหนือ" } },
    suggestion: null,
    ...patch,
  }
}

describe("CatalogListing", () => {
  it("on a province page: no province or region filter, links stay on the page, forms post to it", () => {
    const { container } = renderWithIntl(<CatalogListing listing={listing()} pathname="/provinces/32" />, "th")
    expect(container.querySelector('[data-facet="province"]')).toBeNull()
    expect(container.querySelector('[data-facet="region"]')).toBeNull()
    expect(container.querySelector('[data-facet="category"]')).toHaveAttribute("href", "/th/provinces/32?category=textile-apparel")
    expect(container.querySelector('[data-facet="stars"][data-value="5"]')).toHaveAttribute("href", "/th/provinces/32?stars=5")
    expect(container.querySelector("form")).toHaveAttribute("action", "/th/provinces/32")
    expect(screen.getByTestId("result-count")).toHaveAttribute("data-count", "30")
    expect(screen.getAllByTestId("product-card")).toHaveLength(1)
    // 30 products: a second page, linked with the page's own path.
    expect(screen.getByRole("link", { name: /ถัดไป/ })).toHaveAttribute("href", "/th/provinces/32?page=2")
  })

  it("an empty scoped page offers the whole catalog; a filtered one names the filter to drop", () => {
    const empty = listing({ page: { ...listing().page, products: [], count: 0, facets: EMPTY_FACETS } })
    const { unmount } = renderWithIntl(<CatalogListing listing={empty} pathname="/provinces/32" />, "th")
    expect(screen.getByTestId("empty-results")).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "ดูสินค้าทั้งหมด" })).toHaveAttribute("href", "/th/search")
    unmount()

    const state = toggleStars(EMPTY_STATE, 5)
    const filtered = listing({ state, page: { ...empty.page }, suggestion: { filter: { kind: "stars", value: 5 }, count: 7 } })
    renderWithIntl(<CatalogListing listing={filtered} pathname="/categories/food" />, "en")
    expect(screen.getByTestId("relax-filter")).toHaveAttribute("href", "/en/categories/food")
    expect(screen.getByTestId("empty-results")).toHaveTextContent("7 products")
  })

  it("says which values of the link were ignored", () => {
    renderWithIntl(<CatalogListing listing={listing({ problems: [{ param: "cert", value: "nope", reason: "unknown" }] })} pathname="/regions/north" />, "en")
    expect(screen.getByTestId("search-problems")).toHaveTextContent("Standard: there is no choice “nope”")
  })
})
