import { facetValueLabel, roundYear, schemeLabel, termLabel, visibleCertifications, type LabelContext } from "./labels"
import type { Certification, Vocabularies } from "./types"

const vocabularies: Vocabularies = {
  fiber: [{ code: "SILK", th: "ผ้าไหม", en: "Silk", yearBe: null }],
  technique: [{ code: "MUDMEE", th: "มัดหมี่", en: "Mudmee (ikat)", yearBe: null }],
  dye: [{ code: "NATURAL", th: "ย้อมสีธรรมชาติ", en: "Natural dye", yearBe: null }],
  fabricType: [],
  royalPattern: [],
  softPower: [{ code: "FASHION", th: "แฟชั่น", en: "Fashion", yearBe: null }],
  campaign: [],
  schemes: [
    { code: "tcps", label: { th: "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)", en: "Thai Community Product Standard" }, issuer: { th: "สมอ.", en: "TISI" } },
  ],
}

const context = (locale: "th" | "en"): LabelContext => ({
  locale,
  vocabularies,
  categoryNames: { "textile-apparel": locale === "th" ? "ผ้าและเครื่องแต่งกาย" : "Textiles and apparel" },
  regionNames: { northeast: locale === "th" ? "ภาคตะวันออกเฉียงเหนือ" : "Northeast" },
})

describe("facet labels", () => {
  it("names every filter's values in Thai and in English", () => {
    const cases: [Parameters<typeof facetValueLabel>[0], string, string, string][] = [
      ["category", "textile-apparel", "ผ้าและเครื่องแต่งกาย", "Textiles and apparel"],
      ["region", "northeast", "ภาคตะวันออกเฉียงเหนือ", "Northeast"],
      ["province", "46", "กาฬสินธุ์", "Kalasin"],
      ["cert", "tcps", "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)", "Thai Community Product Standard"],
      ["fiber", "SILK", "ผ้าไหม", "Silk"],
      ["technique", "MUDMEE", "มัดหมี่", "Mudmee (ikat)"],
      ["dye", "NATURAL", "ย้อมสีธรรมชาติ", "Natural dye"],
      ["soft_power", "FASHION", "แฟชั่น", "Fashion"],
    ]
    for (const [param, value, th, en] of cases) {
      expect([param, facetValueLabel(param, value, context("th"))]).toEqual([param, th])
      expect([param, facetValueLabel(param, value, context("en"))]).toEqual([param, en])
    }
  })

  it("shows a code it does not know (a value added to the data later) as it is", () => {
    expect(termLabel(vocabularies.dye, "LAC", "th")).toBe("LAC")
    expect(schemeLabel(vocabularies.schemes, "new_mark", "en")).toBe("new_mark")
    expect(facetValueLabel("province", "99", context("th"))).toBe("99")
  })
})

describe("roundYear", () => {
  it("keeps the Buddhist-era round for Thai readers and converts it for English ones", () => {
    expect(roundYear(2567, "th")).toBe(2567)
    expect(roundYear(2567, "en")).toBe(2024)
  })
})

describe("visibleCertifications", () => {
  const now = new Date("2025-06-01T00:00:00Z")
  const cert = (patch: Partial<Certification>): Certification => ({
    scheme: "tcps",
    number: "16/2559",
    verified: true,
    expiresAt: null,
    lookupUrl: null,
    giName: null,
    ...patch,
  })

  it("shows verified ones that have not expired, hides expired and unverified ones", () => {
    const certifications = [
      cert({ scheme: "gi" }),
      cert({ scheme: "tcps", expiresAt: "2025-06-02T00:00:00Z" }),
      cert({ scheme: "fda_food", expiresAt: "2025-05-31T23:59:59Z" }),
      cert({ scheme: "fda_food", expiresAt: "2025-06-01T00:00:00Z" }),
      cert({ scheme: "peacock_gold", verified: false }),
    ]
    expect(visibleCertifications(certifications, now).map((c) => c.scheme)).toEqual(["gi", "tcps"])
  })
})
