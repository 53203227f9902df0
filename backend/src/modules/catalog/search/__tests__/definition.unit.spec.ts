import { CatalogQuery, FACETS } from "../../../../api/store/catalog/query"
import type { CatalogRow } from "../../types"
import {
  FACET_ATTRIBUTE, MAX_TOTAL_HITS, SEARCH_FIELDS, indexSettings, missingFacets, pageWindow, quote, readResults, searchQueries, toSearchDocument,
} from "../definition"

const NOW = 1_767_225_600_000 // 2026-01-01T00:00:00Z
const VISIBLE = `(hidden_from > ${NOW} OR hidden_until <= ${NOW})`
const filters = (qs: Record<string, string>) => CatalogQuery.parse(qs)

const row = (over: Partial<CatalogRow> = {}): CatalogRow => ({
  product_id: "prod_01MUDMEE", handle: "cat-mudmee", title_th: "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", title_en: "Mudmee silk, natural dye",
  thumbnail: null, category: "textile-apparel", group_id: "pgrp_1", group_handle: "baan-na-kha", group_name_th: "วิสาหกิจชุมชนทอผ้าบ้านนาข่า",
  group_name_en: null, province_code: "41", region: "northeast", closed_from: null, closed_until: null, price_min: 120000, in_stock: true,
  stars: 5, round_be: 2567, cert_schemes: ["gi", "tcps"], gi: true, certifications: [], fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL",
  fabric: null, soft_power: ["FASHION"], rating_sum: 9, rating_count: 2, rating_score: 450, search: "", product_created_at: "2025-11-02T03:04:05.000Z",
  ...over,
})

describe("catalog search definition", () => {
  it("derives the index settings from one field list: searchable order, filters, sorts, facets, Thai locale", () => {
    const s = indexSettings()
    // Titles before group names before the handle (Meilisearch's attribute rule follows this order).
    expect(s.searchableAttributes).toEqual(["title_th_seg", "title_en", "group_name_th_seg", "group_name_en", "handle"])
    // Every facet of the API is a filterable attribute, and so is every attribute a filter uses.
    expect(missingFacets()).toEqual([])
    for (const facet of FACETS) expect(s.filterableAttributes).toContain(FACET_ATTRIBUTE[facet])
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(["id", "group_handle", "region", "gi", "price_min", "in_stock", "hidden_from", "hidden_until"]))
    expect(s.sortableAttributes.sort()).toEqual(["price_min", "product_created_at", "rating_count", "rating_score", "stars"])
    expect(s.localizedAttributes).toEqual([
      { attributePatterns: ["title_th_seg", "group_name_th_seg", "title_th", "group_name_th"], locales: ["tha"] },
      { attributePatterns: ["title_en", "group_name_en"], locales: ["eng"] },
    ])
    expect(s.rankingRules[0]).toBe("sort") // an explicit sort is a strict order, as in SQL
    expect(s.pagination.maxTotalHits).toBe(MAX_TOTAL_HITS)
    expect(MAX_TOTAL_HITS).toBeGreaterThan(1_000_000 + 100 * 6)
    expect(s.faceting.maxValuesPerFacet).toBeGreaterThanOrEqual(77) // every province
  })

  it("makes one document per catalog row: Thai pre-segmented, times in ms, absent values left out", () => {
    const doc = toSearchDocument(row())
    expect(doc).toEqual({
      id: "prod_01MUDMEE", handle: "cat-mudmee",
      title_th: "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", title_th_seg: "ผ้า ไหม มัด หมี่ ย้อม สี ธรรมชาติ", title_en: "Mudmee silk, natural dye",
      group_name_th: "วิสาหกิจชุมชนทอผ้าบ้านนาข่า", group_name_th_seg: "วิสาหกิจ ชุมชน ทอ ผ้า บ้านนา ข่า",
      category: "textile-apparel", province_code: "41", region: "northeast", group_handle: "baan-na-kha",
      stars: 5, cert_schemes: ["gi", "tcps"], gi: true, fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", soft_power: ["FASHION"],
      price_min: 120000, in_stock: true, rating_score: 450, rating_count: 2,
      product_created_at: Date.parse("2025-11-02T03:04:05.000Z"), hidden_from: 8.64e15, hidden_until: 8.64e15,
    })
    expect(Object.keys(doc).every((k) => k in SEARCH_FIELDS)).toBe(true)
    // SQL gives Dates and nulls: nulls are not sent (no facet value, sorted last), dates become ms.
    const plain = toSearchDocument(row({ stars: null, round_be: null, price_min: null, fiber: null, dye: null, category: null, title_en: null,
      closed_from: new Date("2026-01-10T00:00:00Z") as any, closed_until: null, product_created_at: new Date("2025-11-02T03:04:05Z") as any }))
    for (const absent of ["stars", "price_min", "fiber", "dye", "category", "title_en"]) expect(plain).not.toHaveProperty(absent)
    expect(plain).toMatchObject({ hidden_from: Date.parse("2026-01-10T00:00:00Z"), hidden_until: 8.64e15, product_created_at: Date.parse("2025-11-02T03:04:05Z") })
  })

  it('"5 stars, GI, natural dye": one page query with every filter, and one facet query per active facet filter without its own', () => {
    const f = filters({ min_stars: "5", gi: "true", dye: "NATURAL", sort: "newest" })
    const [page, ...perFacet] = searchQueries(f, "otop_catalog", NOW)!
    expect(page).toEqual({
      indexUid: "otop_catalog",
      filter: `${VISIBLE} AND (gi = true) AND (stars >= 5) AND (dye IN ["NATURAL"])`,
      facets: FACETS.filter((n) => n !== "stars" && n !== "dye").map((n) => FACET_ATTRIBUTE[n]),
      sort: ["product_created_at:desc"],
      attributesToRetrieve: ["id"],
      hitsPerPage: 20,
      page: 1,
    })
    expect(perFacet).toEqual([
      { indexUid: "otop_catalog", filter: `${VISIBLE} AND (gi = true) AND (dye IN ["NATURAL"])`, facets: ["stars"], attributesToRetrieve: ["id"], limit: 0 },
      { indexUid: "otop_catalog", filter: `${VISIBLE} AND (gi = true) AND (stars >= 5)`, facets: ["dye"], attributesToRetrieve: ["id"], limit: 0 },
    ])
  })

  it("translates every filter: value lists as IN (arrays match any element), prices in satang, booleans", () => {
    const f = filters({
      category: "textile-apparel", province: "50,32", group: "baan-na-kha", cert: "gi,tcps", fiber: "SILK", technique: "MUDMEE", soft_power: "FASHION",
      price_min: "100", price_max: "1500.50", in_stock: "true", gi: "false", region: "north",
    })
    const [page, ...perFacet] = searchQueries(f, "idx", NOW)!
    const regionIsFacet = (FACETS as readonly string[]).includes("region")
    for (const part of [
      `(category IN ["textile-apparel"])`, `(province_code IN ["50", "32"])`, `(group_handle IN ["baan-na-kha"])`, `(cert_schemes IN ["gi", "tcps"])`,
      `(fiber IN ["SILK"])`, `(techniques IN ["MUDMEE"])`, `(soft_power IN ["FASHION"])`, `(price_min >= 10000)`, `(price_min <= 150050)`,
      `(in_stock = true)`, `(gi = false)`, `(region IN ["north"])`,
    ]) expect(page.filter).toContain(part)
    // One facet query per active facet filter (region counts as one only where the API has that facet).
    expect(perFacet.map((q) => q.facets[0]).sort()).toEqual(
      ["category", "province_code", "cert_schemes", "fiber", "techniques", "soft_power", ...(regionIsFacet ? ["region"] : [])].sort()
    )
    for (const q of perFacet) expect(q.filter).not.toContain(`(${q.facets[0]} IN`)
    expect(page.facets).toEqual(FACETS.filter((n) => n === "stars" || n === "dye").map((n) => FACET_ATTRIBUTE[n]))
  })

  it("segments q the same way as the documents, with AND semantics and the query's locale", () => {
    const [page, facet] = searchQueries(filters({ q: "ผ้าไหมมัดหมี่", fiber: "SILK" }), "idx", NOW)!
    expect(page).toMatchObject({ q: "ผ้า ไหม มัด หมี่", matchingStrategy: "all", locales: ["tha"] })
    expect(page).not.toHaveProperty("sort") // relevance with a query: the text ranks, grade and rating break ties
    expect(facet).toMatchObject({ q: "ผ้า ไหม มัด หมี่", matchingStrategy: "all", locales: ["tha"], limit: 0 })
    expect(searchQueries(filters({ q: "Brocade" }), "idx", NOW)![0]).toMatchObject({ q: "Brocade", locales: ["eng"] })
    expect(searchQueries(filters({ q: "ไหม", sort: "price_asc" }), "idx", NOW)![0].sort).toEqual(["price_min:asc"])
    expect(searchQueries(filters({}), "idx", NOW)![0]).toMatchObject({ sort: ["stars:desc", "rating_score:desc", "product_created_at:desc"] })
    expect(searchQueries(filters({}), "idx", NOW)![0]).not.toHaveProperty("q")
    expect(searchQueries(filters({ sort: "rating" }), "idx", NOW)![0].sort).toEqual(["rating_score:desc", "rating_count:desc"])
    expect(searchQueries(filters({ sort: "price_desc" }), "idx", NOW)![0].sort).toEqual(["price_min:desc"])
    // Only punctuation: no word can match, and Meilisearch would take an empty q as "everything".
    expect(searchQueries(filters({ q: "!!!" }), "idx", NOW)).toBeNull()
  })

  it("quotes filter values for Meilisearch", () => {
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"')
  })

  it("pages with one exact-count page that covers [offset, offset + limit)", () => {
    expect(pageWindow(0, 20)).toEqual({ hitsPerPage: 20, page: 1, skip: 0 })
    expect(pageWindow(40, 20)).toEqual({ hitsPerPage: 20, page: 3, skip: 0 })
    expect(pageWindow(1, 2)).toEqual({ hitsPerPage: 3, page: 1, skip: 1 })
    expect(pageWindow(25, 20)).toEqual({ hitsPerPage: 23, page: 2, skip: 2 })
    for (const limit of [1, 2, 7, 20, 100]) {
      for (const offset of [0, 1, 5, 19, 99, 101, 2519, 999_950, 1_000_000]) {
        const w = pageWindow(offset, limit)
        const from = (w.page - 1) * w.hitsPerPage
        expect(from + w.skip).toBe(offset)
        expect(w.skip + limit).toBeLessThanOrEqual(w.hitsPerPage)
        expect(w.page * w.hitsPerPage).toBeLessThanOrEqual(MAX_TOTAL_HITS)
      }
    }
  })

  it("reads the results back as the SQL path shapes them: page ids in order, exact count, canonical facet values", () => {
    const f = filters({ dye: "NATURAL", offset: "1", limit: "2" })
    const queries = searchQueries(f, "idx", NOW)!
    expect(queries[0]).toMatchObject({ hitsPerPage: 3, page: 1 })
    const others = Object.fromEntries(queries[0].facets.map((a) => [a, {}]))
    const { ids, count, facets } = readResults(f, queries, [
      {
        hits: [{ id: "p1" }, { id: "p2" }, { id: "p3" }],
        totalHits: 7,
        facetDistribution: { ...others, fiber: { silk: 5, COTTON: 2 }, stars: { "5": 4, "3": 1 }, cert_schemes: { gi: 3, zero: 0 } },
      },
      { hits: [], estimatedTotalHits: 12, facetDistribution: { dye: { natural: 7, INDIGO: 5 } } },
    ])
    expect(ids).toEqual(["p2", "p3"])
    expect(count).toBe(7)
    expect(facets.fiber).toEqual([{ value: "SILK", count: 5 }, { value: "COTTON", count: 2 }])
    expect(facets.stars).toEqual([{ value: 5, count: 4 }, { value: 3, count: 1 }])
    expect(facets.cert).toEqual([{ value: "gi", count: 3 }])
    expect(facets.dye).toEqual([{ value: "NATURAL", count: 7 }, { value: "INDIGO", count: 5 }])
    expect(Object.keys(facets).sort()).toEqual([...FACETS].sort())
  })
})
