import sharp from "sharp"
import { subDistricts } from "@bilions/thailand-address"
import { DEMO_PRODUCER_GROUPS, DEMO_PRODUCTS, DEMO_SEED_VERSION } from "../catalog"
import { IMAGE_MOTIFS, productImageSvg, renderGroupImage, renderProductImage } from "../images"
import type { ImageSpec, OtopCategoryHandle } from "../types"
import { PROVINCE_REGION_ZONE } from "../../../modules/thai-geo/data/province-regions"

const CATEGORIES: OtopCategoryHandle[] = [
  "food",
  "beverage",
  "textile-apparel",
  "houseware-decor-souvenir",
  "herbal-nonfood",
]
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SKU = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/
const PRICE = /^\d+\.\d{2}$/
const THAI = /[\u0E00-\u0E7F]/

const groupsByHandle = new Map(DEMO_PRODUCER_GROUPS.map((g) => [g.handle, g]))
const approved = DEMO_PRODUCER_GROUPS.filter((g) => g.status === "approved")
const approvedHandles = new Set(approved.map((g) => g.handle))
const province = (subdistrictCode: string) => subdistrictCode.slice(0, 2)

describe("demo catalog: producer groups", () => {
  it("has at least 12 groups with unique ASCII-slug handles", () => {
    expect(DEMO_PRODUCER_GROUPS.length).toBeGreaterThanOrEqual(12)
    expect(groupsByHandle.size).toBe(DEMO_PRODUCER_GROUPS.length)
    for (const g of DEMO_PRODUCER_GROUPS) expect(g.handle).toMatch(SLUG)
  })

  it("uses only subdistrict codes that exist in the DOPA dataset", () => {
    const known = new Set(subDistricts.map((s) => String(s.code)))
    for (const g of DEMO_PRODUCER_GROUPS) {
      expect(g.subdistrict_code).toMatch(/^\d{6}$/)
      expect(known.has(g.subdistrict_code)).toBe(true)
    }
  })

  it("has at least 10 approved groups over at least 8 provinces", () => {
    expect(approved.length).toBeGreaterThanOrEqual(10)
    expect(new Set(approved.map((g) => province(g.subdistrict_code))).size).toBeGreaterThanOrEqual(8)
  })

  it("covers at least 14 provinces and all six regions", () => {
    const provinces = new Set(DEMO_PRODUCER_GROUPS.map((g) => province(g.subdistrict_code)))
    expect(provinces.size).toBeGreaterThanOrEqual(14)
    const regions = new Set([...provinces].map((p) => PROVINCE_REGION_ZONE[p]?.[0]))
    expect([...regions].sort()).toEqual(["central", "east", "north", "northeast", "south", "west"])
  })

  it("has exactly one pending group, in Chiang Mai (50), and exactly one suspended group with a reason", () => {
    const pending = DEMO_PRODUCER_GROUPS.filter((g) => g.status === "pending")
    expect(pending).toHaveLength(1)
    expect(province(pending[0].subdistrict_code)).toBe("50")
    const suspended = DEMO_PRODUCER_GROUPS.filter((g) => g.status === "suspended")
    expect(suspended).toHaveLength(1)
    expect(suspended[0].status_reason?.th).toMatch(THAI)
    expect(suspended[0].status_reason?.en).toBeTruthy()
  })

  it("mixes producer types and fills in bilingual names, registration and contact data", () => {
    const types = new Set(DEMO_PRODUCER_GROUPS.map((g) => g.producer_type))
    expect(types).toEqual(new Set(["COMMUNITY_GROUP", "SINGLE_OWNER", "SME"]))
    for (const g of DEMO_PRODUCER_GROUPS) {
      expect(g.name.th).toMatch(THAI)
      expect(g.name.en).not.toMatch(THAI)
      expect(g.story.th).toMatch(THAI)
      expect(g.story.en).not.toMatch(THAI)
      expect(g.otop_registration_no).toMatch(/^OTOP-\d{2}-\d{4}-\d{5}$/)
      expect(g.otop_registration_no.slice(5, 7)).toBe(province(g.subdistrict_code))
      expect(g.registration_year_be).toBeGreaterThanOrEqual(2552)
      expect(g.registration_year_be).toBeLessThanOrEqual(2567)
      expect(g.contact.phone).toMatch(/^0[689]\d-000-\d{4}$/)
      expect(g.moo).toBeGreaterThan(0)
    }
  })
})

describe("demo catalog: products", () => {
  it("has at least 44 products on approved groups", () => {
    expect(DEMO_PRODUCTS.filter((p) => approvedHandles.has(p.group)).length).toBeGreaterThanOrEqual(44)
  })

  it("has at least 7 products on approved groups in every category", () => {
    for (const category of CATEGORIES) {
      const n = DEMO_PRODUCTS.filter((p) => p.category === category && approvedHandles.has(p.group)).length
      expect({ category, ok: n >= 7 }).toEqual({ category, ok: true })
    }
  })

  it("gives the pending and the suspended group products too (to test they are hidden)", () => {
    for (const status of ["pending", "suspended"] as const) {
      const handles = DEMO_PRODUCER_GROUPS.filter((g) => g.status === status).map((g) => g.handle)
      expect(DEMO_PRODUCTS.some((p) => handles.includes(p.group))).toBe(true)
    }
  })

  it("uses unique ASCII handles and SKUs", () => {
    const handles = DEMO_PRODUCTS.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const h of handles) expect(h).toMatch(SLUG)
    const skus = DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    for (const s of skus) expect(s).toMatch(SKU)
  })

  it("prices every variant as a positive 2-decimal string, with sane stock and weight", () => {
    for (const v of DEMO_PRODUCTS.flatMap((p) => p.variants)) {
      expect(v.price).toMatch(PRICE)
      expect(Number(v.price)).toBeGreaterThan(0)
      expect(Number.isInteger(v.stock) && v.stock >= 0).toBe(true)
      expect(v.weight_g).toBeGreaterThan(0)
    }
  })

  it("links every product to an existing group", () => {
    for (const p of DEMO_PRODUCTS) expect(groupsByHandle.has(p.group)).toBe(true)
  })

  it("has Thai titles in Thai and English titles without Thai", () => {
    for (const p of DEMO_PRODUCTS) {
      expect(p.title.th).toMatch(THAI)
      expect(p.title.en).not.toMatch(THAI)
      expect(p.description.th).toMatch(THAI)
      expect(p.description.en).not.toMatch(THAI)
    }
  })

  it("has an option and per-variant option values whenever there are several variants", () => {
    for (const p of DEMO_PRODUCTS) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1)
      expect(p.variants.length).toBeLessThanOrEqual(3)
      if (p.variants.length > 1) {
        expect(p.option?.th).toMatch(THAI)
        expect(p.option?.en).toBeTruthy()
        for (const v of p.variants) {
          expect(v.option_value?.th).toBeTruthy()
          expect(v.option_value?.en).toBeTruthy()
        }
        const values = p.variants.map((v) => v.option_value?.en)
        expect(new Set(values).size).toBe(values.length)
      }
    }
  })

  it("uses valid image palettes", () => {
    for (const p of DEMO_PRODUCTS) {
      expect(IMAGE_MOTIFS).toContain(p.image.motif)
      for (const c of p.image.palette) expect(c).toMatch(/^#[0-9a-f]{6}$/i)
    }
  })

  it("exports a seed version", () => {
    expect(DEMO_SEED_VERSION).toBe(1)
  })
})

describe("demo catalog: generated images", () => {
  const palette: ImageSpec["palette"] = ["#f3efe6", "#7a1f4b", "#e0a526"]

  it.each(IMAGE_MOTIFS)("renders %s as an 800x800 WebP, deterministically per seed", async (motif) => {
    const a = await renderProductImage({ motif, palette }, "seed-a")
    const meta = await sharp(a).metadata()
    expect(meta).toMatchObject({ format: "webp", width: 800, height: 800 })
    const again = await renderProductImage({ motif, palette }, "seed-a")
    expect(again.equals(a)).toBe(true)
    const other = await renderProductImage({ motif, palette }, "seed-b")
    expect(other.equals(a)).toBe(false)
    // No fonts are available to librsvg, so any text would render as boxes.
    expect(productImageSvg({ motif, palette }, "seed-a")).not.toMatch(/<text|<tspan/)
  })

  it("renders group logos (400x400) and covers (1600x600) as WebP", async () => {
    const group = DEMO_PRODUCER_GROUPS[0]
    const logo = await sharp(await renderGroupImage(group, "logo")).metadata()
    expect(logo).toMatchObject({ format: "webp", width: 400, height: 400 })
    const cover = await sharp(await renderGroupImage(group, "cover")).metadata()
    expect(cover).toMatchObject({ format: "webp", width: 1600, height: 600 })
  })
})
