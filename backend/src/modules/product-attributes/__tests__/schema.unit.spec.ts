import { ProductAttributesBody } from "../data/schema"
import { codesOf, VOCABULARIES, type VocabularyName } from "../data/vocabularies"
import { parseOrThrow } from "../../../api/utils/validate"

/*
 * The body producers and operators send for a product's attributes, against the fixed
 * vocabularies of domain facts §4 (Thai fabric) and §5 (soft power). That fabric attributes are
 * for textile products only is checked by the routes (they know the product's category), not here.
 */

const THAI = /[\u0E00-\u0E7F]/
/** The 400 message the routes answer (parseOrThrow: "<field>: <reason>"), or null when the body is accepted. */
const refusal = (body: unknown): string | null => {
  try {
    parseOrThrow(ProductAttributesBody, body)
    return null
  } catch (e: any) {
    return e.message
  }
}
const silk = { fiber: "SILK" }

describe("attribute vocabularies", () => {
  it.each(Object.keys(VOCABULARIES) as VocabularyName[])("%s: unique upper-case codes, each with a Thai and an English label", (name) => {
    const codes = codesOf(name)
    expect(codes.length).toBeGreaterThan(0)
    expect(new Set(codes).size).toBe(codes.length)
    for (const term of VOCABULARIES[name]) {
      expect(term.code).toMatch(/^[A-Z][A-Z_]*$/)
      expect(term.th).toMatch(THAI)
      expect(term.en).toMatch(/^[A-Z]/)
    }
  })

  it("holds the domain facts' lists", () => {
    // §4.1 fibre, dye; §4.1 the three families of patterning techniques; §5 the 11 official sectors.
    expect(codesOf("fiber")).toEqual(["SILK", "COTTON", "HEMP", "BANANA_PINEAPPLE_FIBRE", "BLEND", "SYNTHETIC"])
    expect(codesOf("dye")).toEqual(["NATURAL", "INDIGO", "MUD_FERMENTED", "CHEMICAL"])
    expect(new Set(VOCABULARIES.technique.map((t) => t.family))).toEqual(new Set(["woven", "yarn", "surface"]))
    expect(codesOf("technique")).toEqual(expect.arrayContaining(["PLAIN", "KHIT", "CHOK", "YOK", "YOK_MUK", "PRAEWA", "MUDMEE", "BATIK", "WAX_WRITING", "TIE_DYE", "EMBROIDERY", "HAND_PAINT", "PRINT"]))
    expect(codesOf("soft_power")).toEqual(["FOOD", "SPORTS", "FESTIVAL", "TOURISM", "MUSIC", "BOOKS", "FILM", "GAMES", "ART", "DESIGN", "FASHION"])
    // §4.2: royal patterns with the year they were bestowed, where known; §0.6/§5 campaigns.
    expect(VOCABULARIES.royal_pattern.find((p) => p.code === "SIRIVACHIRAPHORN")?.year_be).toBe(2567)
    expect(VOCABULARIES.royal_pattern.find((p) => p.code === "DOK_RAK_RATCHAKANYA")?.year_be).toBe(2566)
    expect(codesOf("campaign")).toEqual(["PHA_THAI_SAI_HAI_SANUK", "OFOS"])
  })
})

describe("product attributes body", () => {
  it("defaults to no fabric and empty lists", () => {
    expect(ProductAttributesBody.parse({})).toEqual({ soft_power: [], campaigns: [] })
    expect(ProductAttributesBody.parse({ fabric: null })).toEqual({ fabric: null, soft_power: [], campaigns: [] })
    expect(ProductAttributesBody.parse({ fabric: silk }).fabric).toEqual({ fiber: "SILK", techniques: [] })
  })

  it.each(codesOf("fiber"))("accepts fibre %s", (fiber) => expect(refusal({ fabric: { fiber } })).toBeNull())
  it.each(codesOf("technique"))("accepts technique %s", (technique) => expect(refusal({ fabric: { ...silk, techniques: [technique] } })).toBeNull())
  it.each(codesOf("dye"))("accepts dye %s", (dye) => expect(refusal({ fabric: { ...silk, dye } })).toBeNull())
  it.each(codesOf("fabric_type"))("accepts fabric type %s", (fabric_type) => expect(refusal({ fabric: { ...silk, fabric_type } })).toBeNull())
  it.each(codesOf("royal_pattern"))("accepts royal pattern %s (with its year)", (royal_pattern) =>
    expect(refusal({ fabric: { ...silk, royal_pattern, royal_pattern_year_be: 2567 } })).toBeNull()
  )

  it("accepts every soft-power sector and every campaign at once, and a full textile", () => {
    expect(refusal({ soft_power: codesOf("soft_power"), campaigns: codesOf("campaign") })).toBeNull()
    expect(
      ProductAttributesBody.parse({
        // §4.2: the Phu Tai praewa of Kalasin, natural dye, hand-woven, with the hook pattern (its year known).
        fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT", "CHOK"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "KHO_SIRIVANNAVARI", provincial_pattern: "  ลายแพรวากาฬสินธุ์ ", hand_woven: true },
        soft_power: ["FASHION", "DESIGN"],
        campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
      })
    ).toEqual({
      fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT", "CHOK"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "KHO_SIRIVANNAVARI", provincial_pattern: "ลายแพรวากาฬสินธุ์", hand_woven: true },
      soft_power: ["FASHION", "DESIGN"],
      campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
    })
  })

  it.each([
    ["fabric.fiber", { fabric: { fiber: "WOOL" } }, `one of ${codesOf("fiber").join(", ")}`],
    ["fabric.fiber", { fabric: { fiber: "silk" } }, "one of SILK"],
    ["fabric.fiber", { fabric: { techniques: ["KHIT"] } }, ".*expected string"],
    ["fabric.techniques.1", { fabric: { ...silk, techniques: ["KHIT", "KNITTING"] } }, "one of PLAIN"],
    ["fabric.dye", { fabric: { ...silk, dye: "" } }, "one of NATURAL"],
    ["fabric.dye", { fabric: { ...silk, dye: "ย้อมคราม" } }, "one of NATURAL"],
    ["fabric.fabric_type", { fabric: { ...silk, fabric_type: "DENIM" } }, "one of MUDMEE_SILK"],
    ["fabric.royal_pattern", { fabric: { ...silk, royal_pattern: "ANY_PATTERN", royal_pattern_year_be: 2567 } }, "one of KHO_SIRIVANNAVARI"],
    ["soft_power.1", { soft_power: ["FOOD", "K_POP"] }, "one of FOOD"],
    ["campaigns.0", { campaigns: ["OTOP_MIDYEAR"] }, "one of PHA_THAI_SAI_HAI_SANUK, OFOS"],
  ])("refuses an unknown value, naming %s", (field, body, reason) => {
    expect(refusal(body)).toMatch(new RegExp(`^${field.replace(/\./g, "\\.")}: ${reason}`))
  })

  it.each([
    ["fabric.techniques.2", { fabric: { ...silk, techniques: ["KHIT", "CHOK", "KHIT"] } }, "'KHIT' is listed twice"],
    ["soft_power.1", { soft_power: ["FOOD", "FOOD"] }, "'FOOD' is listed twice"],
    ["campaigns.1", { campaigns: ["OFOS", "OFOS"] }, "'OFOS' is listed twice"],
    ["fabric.techniques", { fabric: { ...silk, techniques: ["PLAIN", "KHIT", "CHOK", "YOK", "MUDMEE", "BATIK", "PRINT"] } }, ".*<=6"],
    // §4.2: a royal pattern is shown with its year; Chaba Pattani has no known year, so it must be given.
    ["fabric.royal_pattern_year_be", { fabric: { ...silk, royal_pattern: "CHABA_PATTANI" } }, "the year \\(BE\\) the royal pattern was bestowed"],
    ["fabric.royal_pattern_year_be", { fabric: { ...silk, royal_pattern: "KHO_SIRIVANNAVARI", royal_pattern_year_be: 2562 } }, ".*>=2563"],
    ["fabric.royal_pattern_year_be", { fabric: { ...silk, royal_pattern: "KHO_SIRIVANNAVARI", royal_pattern_year_be: 2021 } }, ".*>=2563"],
    ["fabric.royal_pattern_year_be", { fabric: { ...silk, royal_pattern: "CHABA_PATTANI", royal_pattern_year_be: 2566.5 } }, ".*expected int"],
    ["fabric.provincial_pattern", { fabric: { ...silk, provincial_pattern: " ก " } }, ".*>=2 characters"],
    ["fabric.hand_woven", { fabric: { ...silk, hand_woven: "yes" } }, ".*expected boolean"],
    ["fabric", { fabric: { ...silk, technique: ["MUDMEE"] } }, "Unrecognized key.*technique"],
    ["value", { fabric: silk, tags: ["silk"] }, "Unrecognized key.*tags"],
  ])("refuses %s: %j", (field, body, reason) => {
    expect(refusal(body)).toMatch(new RegExp(`^${field.replace(/\./g, "\\.")}: ${reason}`))
  })

  it("accepts a royal pattern without a year where the year is known (the workflow fills it in)", () => {
    expect(refusal({ fabric: { ...silk, royal_pattern: "SIRIVACHIRAPHORN" } })).toBeNull()
  })

  it("follows the soft-power list when it grows (§5: 14 industries announced in 2025)", () => {
    jest.isolateModules(() => {
      const vocabularies = require("../data/vocabularies")
      vocabularies.SOFT_POWER_SECTORS.push(
        { code: "WELLNESS", th: "สุขภาพและความงาม", en: "Health and wellness" },
        { code: "MUAY_THAI", th: "มวยไทย", en: "Muay Thai" },
        { code: "PERFORMING_ARTS", th: "ศิลปะการแสดง", en: "Performing arts" }
      )
      const { ProductAttributesBody: grown } = require("../data/schema")
      const all = vocabularies.SOFT_POWER_SECTORS.map((t: { code: string }) => t.code)
      expect(all).toHaveLength(14)
      expect(grown.safeParse({ soft_power: all }).success).toBe(true)
    })
  })
})
