import { reshapeCatalogPage, reshapeReviews, reshapeTrust, reshapeVocabularies } from "./reshape"

describe("reshaping the Store API's trust data", () => {
  it("turns a catalog page into the storefront's shapes (exact price strings, facet values as text)", () => {
    const page = reshapeCatalogPage({
      products: [
        {
          id: "prod_1",
          handle: "praewa",
          title: "ผ้าไหมแพรวา",
          thumbnail: null,
          category: "textile-apparel",
          price: { currency_code: "thb", amount: "3500.5", amount_satang: 350050 },
          in_stock: true,
          otop_grade: { stars: 5, round_be: 2567 },
          certifications: [{ scheme: "gi", number: "สช 61100106", verified: true, expires_at: null, lookup_url: "https://x", gi_name: "ผ้าไหมแพรวากาฬสินธุ์" }],
          fabric: { fiber: "SILK", techniques: ["PRAEWA"], dye: "NATURAL" },
          soft_power: ["FASHION"],
          rating: { average: null, count: 0 },
          producer_group: { handle: "g", name: "กลุ่ม", province_code: "46" },
        },
      ],
      count: 1,
      facets: { stars: [{ value: 5, count: 1 }], dye: [{ value: "NATURAL", count: 1 }] },
      limit: 24,
      offset: 0,
    })
    expect(page.products[0]).toMatchObject({
      price: "3500.50",
      grade: { stars: 5, roundBe: 2567 },
      certifications: [{ scheme: "gi", number: "สช 61100106", verified: true, expiresAt: null, lookupUrl: "https://x", giName: "ผ้าไหมแพรวากาฬสินธุ์" }],
      fabric: { fiber: "SILK", techniques: ["PRAEWA"], dye: "NATURAL", fabricType: null, handWoven: null },
      rating: { average: null, count: 0 },
      group: { handle: "g", provinceCode: "46" },
    })
    expect(page.facets.stars).toEqual([{ value: "5", count: 1 }])
    expect(page.facets.cert).toEqual([])
  })

  it("keeps the grade history, campaigns, reviews with replies and the schemes' labels", () => {
    const trust = reshapeTrust({
      otop_grade: { stars: 5, round_be: 2567 },
      grades: [{ round_be: 2567, stars: 5, score: 91, certificate_number: null, announced_at: null }],
      certifications: [],
      fabric: null,
      soft_power: [],
      campaigns: ["OFOS"],
      rating: { average: 4.5, count: 2 },
      producer_group: { handle: "g", name: "Weavers", province_code: "46" },
    })
    expect(trust).toMatchObject({ grade: { stars: 5, roundBe: 2567 }, grades: [{ roundBe: 2567, score: 91 }], campaigns: ["OFOS"], groupName: "Weavers" })
    const reviews = reshapeReviews({
      reviews: [{ id: "r", rating: 4, title: "", body: "ดี", display_name: "", created_at: "2025-01-01", reply_body: "ขอบคุณ", replied_at: null }],
      count: 1,
      rating: { average: 4, count: 1 },
    })
    expect(reviews.reviews[0]).toMatchObject({ title: null, displayName: null, reply: { body: "ขอบคุณ", repliedAt: null } })
    const vocabularies = reshapeVocabularies({
      royal_pattern: [{ code: "SIRIVACHIRAPHORN", th: "ผ้าลายสิริวชิราภรณ์", en: "Siriwachiraphorn pattern", year_be: 2567 }],
      certification_schemes: [{ code: "gi", label: { th: "จีไอ", en: "GI" }, issuer: { th: "กรมทรัพย์สินทางปัญญา", en: "DIP" } }],
    })
    expect(vocabularies.royalPattern[0].yearBe).toBe(2567)
    expect(vocabularies.schemes[0].issuer.en).toBe("DIP")
    expect(vocabularies.fiber).toEqual([])
  })
})
