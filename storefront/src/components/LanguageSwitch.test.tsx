import { screen } from "@testing-library/react"
import { mockPathname } from "@/test/navigation-mock"
import { renderWithIntl } from "@/test/render"
import { LanguageSwitch } from "./LanguageSwitch"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

describe("LanguageSwitch", () => {
  it("on a Thai page, links to the same page in English", () => {
    mockPathname.current = "/products/mudmee-silk"
    renderWithIntl(<LanguageSwitch />, "th")

    expect(screen.getByRole("navigation", { name: "เลือกภาษา" })).toBeInTheDocument()
    const link = screen.getByRole("link", { name: "Read this page in English" })
    expect(link).toHaveAttribute("href", "/en/products/mudmee-silk")
    expect(link).toHaveAttribute("hreflang", "en")
    expect(link).toHaveTextContent("EN")
    // The current language is shown, not linked.
    expect(screen.getByText("ไทย")).toHaveAttribute("aria-current", "true")
    expect(screen.getAllByRole("link")).toHaveLength(1)
  })

  it("on an English page, links back to Thai", () => {
    mockPathname.current = "/products/mudmee-silk"
    renderWithIntl(<LanguageSwitch />, "en")

    expect(screen.getByRole("navigation", { name: "Choose language" })).toBeInTheDocument()
    const link = screen.getByRole("link", { name: "อ่านหน้านี้เป็นภาษาไทย" })
    expect(link).toHaveAttribute("href", "/th/products/mudmee-silk")
    expect(link).toHaveAttribute("lang", "th")
    expect(screen.getByText("EN")).toHaveAttribute("aria-current", "true")
  })

  it("keeps the home page as the home page", () => {
    mockPathname.current = "/"
    renderWithIntl(<LanguageSwitch />, "th")
    expect(screen.getByRole("link")).toHaveAttribute("href", "/en")
  })
})
