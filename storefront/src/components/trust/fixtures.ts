import type { CatalogFacets, CatalogProduct, Vocabularies } from "@/lib/catalog/types"

// Test data in the shapes the components receive, with labels as the backend's data has them.
export const VOCABULARIES: Vocabularies = {
  fiber: [
    { code: "SILK", th: "ผ้าไหม", en: "Silk", yearBe: null },
    { code: "COTTON", th: "ผ้าฝ้าย", en: "Cotton", yearBe: null },
  ],
  technique: [
    { code: "MUDMEE", th: "มัดหมี่", en: "Mudmee (ikat)", yearBe: null },
    { code: "KHIT", th: "ขิด", en: "Khit (continuous supplementary weft)", yearBe: null },
  ],
  dye: [
    { code: "NATURAL", th: "ย้อมสีธรรมชาติ", en: "Natural dye", yearBe: null },
    { code: "INDIGO", th: "ย้อมคราม", en: "Indigo", yearBe: null },
  ],
  fabricType: [{ code: "MUDMEE_SILK", th: "ผ้าไหมมัดหมี่", en: "Mudmee silk", yearBe: null }],
  royalPattern: [{ code: "KHO_SIRIVANNAVARI", th: "ผ้ามัดหมี่ลายขอเจ้าฟ้าสิริวัณณวรี", en: "Princess Sirivannavari hook pattern", yearBe: 2564 }],
  softPower: [{ code: "FASHION", th: "แฟชั่น", en: "Fashion", yearBe: null }],
  campaign: [{ code: "PHA_THAI_SAI_HAI_SANUK", th: "ผ้าไทยใส่ให้สนุก", en: "Thai Fabrics: Fun to Wear", yearBe: null }],
  schemes: [
    { code: "gi", label: { th: "สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)", en: "Geographical indication (GI)" }, issuer: { th: "กรมทรัพย์สินทางปัญญา", en: "Department of Intellectual Property" } },
    { code: "tcps", label: { th: "มาตรฐานผลิตภัณฑ์ชุมชน (มผช.)", en: "Thai Community Product Standard (TCPS)" }, issuer: { th: "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม", en: "Thai Industrial Standards Institute" } },
    { code: "fda_food", label: { th: "เลขสารบบอาหาร (อย.)", en: "Thai FDA food serial number" }, issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" } },
    { code: "peacock_gold", label: { th: "ตรานกยูงพระราชทาน สีทอง", en: "Royal Peacock mark, gold" }, issuer: { th: "กรมหม่อนไหม", en: "Queen Sirikit Department of Sericulture" } },
  ],
}

export const EMPTY_FACETS: CatalogFacets = {
  category: [],
  region: [],
  province: [],
  stars: [],
  cert: [],
  fiber: [],
  technique: [],
  dye: [],
  soft_power: [],
}

export function catalogProduct(patch: Partial<CatalogProduct> = {}): CatalogProduct {
  return {
    id: "prod_mudmee",
    handle: "surin-mudmee-silk",
    title: "ผ้าไหมมัดหมี่ลายโบราณ สุรินทร์",
    thumbnail: "http://localhost:9000/static/mudmee.png",
    category: "textile-apparel",
    price: "2490.00",
    inStock: true,
    grade: { stars: 5, roundBe: 2567 },
    certifications: [
      { scheme: "gi", number: "สช 61100104", verified: true, expiresAt: null, lookupUrl: "https://example.org/gi", giName: "ผ้าไหมสุรินทร์" },
      { scheme: "tcps", number: "16/2559", verified: true, expiresAt: "2099-01-01T00:00:00.000Z", lookupUrl: null, giName: null },
    ],
    fabric: null,
    softPower: [],
    rating: { average: 4.5, count: 12 },
    group: { handle: "ban-tha-sawang", name: "กลุ่มทอผ้าบ้านท่าสว่าง", provinceCode: "32" },
    ...patch,
  }
}
