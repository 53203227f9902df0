/**
 * Trust data of the demo catalog (issue 4): official OTOP star grades, certifications, Thai-fabric
 * and soft-power attributes, and buyers with delivered orders who review what they bought. Seeded
 * by ../demo-trust.ts through the same workflows the portals use.
 *
 * What is real and what is illustrative:
 * - Grade rounds 2562, 2565 and 2567 are the real OPC rounds of domain facts §2.1; the stars given
 *   to these (fictional) products are demo data.
 * - GI names and provinces are real registrations (domain facts §3.5, and the Department of
 *   Intellectual Property's register): ผ้าไหมแพรวากาฬสินธุ์ (Kalasin), กาแฟดอยช้าง (Chiang Rai),
 *   ข้าวหอมมะลิทุ่งกุลาร้องไห้ (five Northeastern provinces), ผ้าครามธรรมชาติสกลนคร (Sakon Nakhon),
 *   น้ำตาลโตนดเพชรบุรี (Phetchaburi); each demo group lies inside its GI's area. Their `สช` numbers
 *   are NOT the real ones (the domain facts only list the two Lap Lae durians): plausible numbers
 *   in the real shape (BE year of registration, 1, running number), labelled as such here.
 * - มผช. 247/2552 (scarf) is a real standard number; the other standard numbers, every FDA,
 *   cosmetic and herbal number and every certificate number are illustrative, in the formats of
 *   domain facts §3 (FDA: province code of the establishment first).
 * - Dates are relative to the day the seed runs, so that "verified and unexpired", "expired" and
 *   "expiring soon" stay true whenever the demo is seeded.
 */
import type { ProductAttributesBodyType } from "../../modules/product-attributes/data/schema"

/** A date `months` before `now`, as the YYYY-MM-DD the producer form sends. */
export function monthsAgo(months: number, now = new Date()): string {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() - months)
  return d.toISOString().slice(0, 10)
}

/** A Thailand Post tracking number: two letters, an 8-digit serial, the UPU S10 check digit, TH. */
export function thaiPostTrackingNumber(serial: number): string {
  const digits = String(Math.abs(Math.trunc(serial)) % 100_000_000).padStart(8, "0")
  const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((s, w, i) => s + w * Number(digits[i]), 0)
  const check = 11 - (sum % 11)
  return `EF${digits}${check === 10 ? 0 : check === 11 ? 5 : check}TH`
}

/** The same tracking number for the same shipment on every seed (a hash of its key). */
export const demoTrackingNumber = (key: string) => thaiPostTrackingNumber([...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_000_000, 7))

// ------------------------------------------------------------------------------------------ grades

/** The real OPC rounds used by the demo, with the last day of each round's national event. */
export const DEMO_OPC_ROUNDS = [
  { round_be: 2562, announced_at: "2019-06-02" }, // AEC Trade Center, Ayutthaya, 24 May – 2 Jun 2019
  { round_be: 2565, announced_at: "2022-08-30" }, // IMPACT Forum, 21–30 Aug 2022
  { round_be: 2567, announced_at: "2024-09-27" }, // IMPACT Forum Hall 4, 18–27 Sep 2024
] as const

export type DemoRoundBe = (typeof DEMO_OPC_ROUNDS)[number]["round_be"]

export type DemoGrade = {
  handle: string // DemoProduct.handle
  /** Stars per round (a product graded in some rounds only); score out of 100 where published. */
  rounds: Partial<Record<DemoRoundBe, number | { stars: number; score: number }>>
}

export const DEMO_GRADES: DemoGrade[] = [
  // Textiles
  { handle: "kalasin-praewa-silk-shawl", rounds: { 2562: 4, 2565: { stars: 5, score: 91 }, 2567: { stars: 5, score: 94 } } },
  { handle: "surin-mudmee-silk-traditional", rounds: { 2565: 4, 2567: { stars: 5, score: 92 } } },
  { handle: "surin-yok-thong-brocade-silk", rounds: { 2562: 5, 2565: 5, 2567: { stars: 5, score: 95 } } },
  { handle: "surin-mudmee-silk-shawl", rounds: { 2567: 3 } },
  { handle: "mae-chaem-teen-jok-sinh", rounds: { 2562: 4, 2565: 4, 2567: { stars: 5, score: 90 } } },
  { handle: "khu-bua-teen-jok-sinh", rounds: { 2565: 4, 2567: 4 } },
  { handle: "yasothon-khit-cotton-cloth", rounds: { 2565: 3, 2567: 4 } },
  { handle: "sakon-nakhon-indigo-shirt", rounds: { 2565: 4, 2567: { stars: 5, score: 91 } } },
  { handle: "sakon-nakhon-indigo-tie-dye-scarf", rounds: { 2567: 3 } },
  { handle: "phrae-mo-hom-shirt", rounds: { 2562: 3, 2565: 3, 2567: 3 } },
  { handle: "phrae-mo-hom-hand-painted-shawl", rounds: { 2567: 4 } },
  { handle: "narathiwat-batik-sarong", rounds: { 2565: 3, 2567: 4 } },
  { handle: "khu-bua-pha-khao-ma", rounds: { 2567: 2 } },
  // Food and drinks
  { handle: "nam-prik-num-charcoal-roasted", rounds: { 2562: 3, 2565: 4, 2567: 4 } },
  { handle: "khaep-mu-chiang-mai-crackling", rounds: { 2567: 3 } },
  { handle: "thung-kula-organic-hom-mali-rice", rounds: { 2562: 5, 2565: 5, 2567: { stars: 5, score: 93 } } },
  { handle: "thung-kula-hom-mali-brown-rice", rounds: { 2567: 4 } },
  { handle: "bang-krathum-kluay-tak", rounds: { 2562: 4, 2565: 5, 2567: { stars: 5, score: 92 } } },
  { handle: "bang-krathum-kluay-tak-honey", rounds: { 2567: 3 } },
  { handle: "chanthaburi-monthong-durian-chips", rounds: { 2565: 4, 2567: 4 } },
  { handle: "phetchaburi-toddy-palm-sugar", rounds: { 2565: 4, 2567: { stars: 5, score: 90 } } },
  { handle: "phetchaburi-palm-sugar-tong-muan", rounds: { 2567: 3 } },
  { handle: "doi-chang-arabica-roasted-beans", rounds: { 2562: 4, 2565: 5, 2567: { stars: 5, score: 94 } } },
  { handle: "doi-chang-drip-bag-coffee", rounds: { 2567: 4 } },
  { handle: "mae-salong-oolong-no12", rounds: { 2565: 3, 2567: 4 } },
  { handle: "surin-mulberry-leaf-tea", rounds: { 2567: { stars: 2, score: 64 } } },
  { handle: "phu-phan-mao-berry-wine", rounds: { 2562: 2, 2565: 3, 2567: 3 } },
  { handle: "chanthaburi-mangosteen-wine", rounds: { 2565: 3 } }, // not entered in 2567: the store shows "ปี 2565"
  // Crafts
  { handle: "ban-tawai-carved-teak-elephant", rounds: { 2565: 4, 2567: 5 } },
  { handle: "bo-sang-sa-paper-umbrella", rounds: { 2562: 5, 2565: 5, 2567: 5 } },
  { handle: "ban-chiang-painted-vase", rounds: { 2567: 4 } },
  { handle: "lampang-rooster-bowl", rounds: { 2565: 5, 2567: 5 } },
  { handle: "koh-kret-carved-water-jar", rounds: { 2565: 4, 2567: 4 } },
  { handle: "chanthaboon-krajood-mat", rounds: { 2567: 3 } },
  { handle: "thale-noi-krajood-handbag", rounds: { 2565: 3, 2567: 4 } },
  { handle: "yasothon-khit-triangle-pillow", rounds: { 2567: 4 } },
  // Herbal
  { handle: "dong-phra-ram-phlai-balm", rounds: { 2565: 3, 2567: 4 } },
  { handle: "dong-phra-ram-herbal-compress", rounds: { 2567: 3 } },
  { handle: "chanthaburi-mangosteen-peel-soap", rounds: { 2567: 2 } },
]

// ---------------------------------------------------------------------------------- certifications

/**
 * Where a demo certification ends up: verified by the province's CDD staff; pending in the staff
 * queue (with a specimen document); a draft (no document yet); or verified in the past and expired
 * since (the producer still sees it, the store never shows it as a badge).
 */
export type DemoCertificationOutcome = "verified" | "pending" | "draft" | "expired"

export type DemoCertification = {
  /** A product's certification, or (for schemes that certify the producer) a group's. */
  product?: string // DemoProduct.handle
  group?: string // DemoProducerGroup.handle, for group-wide schemes only
  scheme: string // a code of modules/certification/data/schemes.ts
  number?: string // as printed on the certificate; stored normalised by the workflow
  certificate_number?: string
  /** Issue date, in whole months before the seed runs; the expiry follows from the scheme's validity. */
  issued_months_ago?: number
  details?: { gi_name: string; gi_name_en: string; province_codes: string[] }
  outcome: DemoCertificationOutcome
}

const verified = (product: string, scheme: string, number: string, extra: Partial<DemoCertification> = {}): DemoCertification => ({
  product,
  scheme,
  number,
  outcome: "verified",
  ...extra,
})

const tcps = (product: string, standard: string, certificate_number: string, issued_months_ago: number): DemoCertification =>
  verified(product, "tcps", standard, { certificate_number, issued_months_ago })

const peacock = (product: string, colour: "gold" | "silver" | "blue" | "green", certificate_number: string, issued_months_ago: number): DemoCertification => ({
  product,
  scheme: `peacock_${colour}`,
  certificate_number,
  issued_months_ago,
  outcome: "verified",
})

/** GI: real name and area, illustrative `สช` number (see the header). */
const gi = (product: string, number: string, gi_name: string, gi_name_en: string, province_codes: readonly string[]): DemoCertification =>
  verified(product, "gi", number, { details: { gi_name, gi_name_en, province_codes: [...province_codes] } })

const PRAEWA_GI = ["สช 50100022", "ผ้าไหมแพรวากาฬสินธุ์", "Prae Wa Kalasin Silk", ["46"]] as const
const DOI_CHANG_GI = ["สช 49100004", "กาแฟดอยช้าง", "Doi Chaang Coffee", ["57"]] as const
// Roi Et, Surin, Sisaket, Maha Sarakham and Yasothon: the five provinces of the Thung Kula plain.
const THUNG_KULA_GI = ["สช 49100001", "ข้าวหอมมะลิทุ่งกุลาร้องไห้", "Khao Hom Mali Thung Kula Rong-Hai", ["45", "32", "33", "44", "35"]] as const
const SAKON_INDIGO_GI = ["สช 58100078", "ผ้าครามธรรมชาติสกลนคร", "Sakon Nakhon Natural Indigo Fabric", ["47"]] as const
const PHETCHABURI_SUGAR_GI = ["สช 56100051", "น้ำตาลโตนดเพชรบุรี", "Phetchaburi Palmyra Palm Sugar", ["76"]] as const

export const DEMO_CERTIFICATIONS: DemoCertification[] = [
  // ---- Food: FDA food serial numbers (province of the establishment, licence year, product number)
  verified("nam-prik-num-charcoal-roasted", "fda_food", "50-2-04160-2-0011"),
  verified("khaep-mu-chiang-mai-crackling", "fda_food", "50-2-04160-2-0019"),
  // Waiting for Chiang Mai's officers (and the national ones): Pa Sri Nuan's newest product.
  { product: "nam-prik-ong-northern-style", scheme: "fda_food", number: "50-2-04160-2-0014", outcome: "pending" },
  verified("thung-kula-organic-hom-mali-rice", "fda_food", "45-2-00358-2-0021"),
  verified("thung-kula-hom-mali-brown-rice", "fda_food", "45-2-00358-2-0022"),
  verified("bang-krathum-kluay-tak", "fda_food", "65-2-00751-2-0003"),
  verified("bang-krathum-kluay-tak-honey", "fda_food", "65-2-00751-2-0008"),
  verified("chanthaburi-monthong-durian-chips", "fda_food", "22-1-00456-1-0107"),
  verified("phetchaburi-toddy-palm-sugar", "fda_food", "76-2-01055-2-0004"),
  verified("phetchaburi-palm-sugar-tong-muan", "fda_food", "76-2-01055-2-0009"),
  // ---- Drinks
  verified("doi-chang-arabica-roasted-beans", "fda_food", "57-2-02353-2-0015"),
  verified("doi-chang-drip-bag-coffee", "fda_food", "57-2-02353-2-0027"),
  verified("mae-salong-oolong-no12", "fda_food", "57-2-00950-2-0031"),
  verified("mae-salong-ginseng-oolong", "fda_food", "57-2-00950-2-0033"),
  verified("surin-mulberry-leaf-tea", "fda_food", "32-2-00762-2-0005"),
  verified("phu-phan-mao-berry-wine", "fda_food", "47-2-00557-2-0002"),
  verified("phu-phan-mao-berry-juice", "fda_food", "47-2-00557-2-0006"),
  verified("chanthaburi-mangosteen-wine", "fda_food", "22-1-00456-1-0112"),
  // ---- Other food and farm standards
  verified("thung-kula-organic-hom-mali-rice", "organic_th", "ORG-TH 45-0217/2567", { issued_months_ago: 14 }),
  verified("thung-kula-hom-mali-brown-rice", "organic_th", "ORG-TH 45-0218/2567", { issued_months_ago: 14 }),
  verified("doi-chang-arabica-roasted-beans", "q_mark", "กษ 03-0050-57-002-000318 GAP", { issued_months_ago: 20 }),
  verified("chanthaburi-monthong-durian-chips", "halal", "กอท. 0413/2569", { issued_months_ago: 5 }),
  { group: "chan-fruit-processing", scheme: "gmp", number: "GMP 22-1-00456/2567", issued_months_ago: 16, outcome: "verified" },
  { group: "doi-chang-coffee", scheme: "gap", number: "GAP 57-0021/2566", issued_months_ago: 26, outcome: "verified" },
  { group: "pa-sri-nuan-nam-prik", scheme: "otop_authentic_taste", number: "OATT 50-012/2566", issued_months_ago: 30, outcome: "verified" },
  // ---- GI: real products in their real provinces
  gi("kalasin-praewa-silk-shawl", ...PRAEWA_GI),
  gi("doi-chang-arabica-roasted-beans", ...DOI_CHANG_GI),
  gi("doi-chang-drip-bag-coffee", ...DOI_CHANG_GI),
  gi("thung-kula-organic-hom-mali-rice", ...THUNG_KULA_GI),
  gi("sakon-nakhon-indigo-shirt", ...SAKON_INDIGO_GI),
  gi("phetchaburi-toddy-palm-sugar", ...PHETCHABURI_SUGAR_GI),
  // ---- Silk: Royal Peacock marks
  peacock("kalasin-praewa-silk-shawl", "gold", "QSDS-G 46-0031/2567", 18), // native hand-reeled silk, handloom, natural dyes
  peacock("surin-mudmee-silk-traditional", "gold", "QSDS-G 32-0112/2566", 28), // hand-reeled native silk, lac and plant dyes
  peacock("surin-yok-thong-brocade-silk", "silver", "QSDS-S 32-0047/2565", 40), // fine Thai silk, hand-woven
  peacock("surin-mudmee-silk-shawl", "blue", "QSDS-B 32-0203/2567", 20), // pure silk, any dye
  // ---- Textiles: มผช.
  tcps("surin-mudmee-silk-traditional", "มผช. 20/2560", "32-0158/2567", 22),
  tcps("surin-yok-thong-brocade-silk", "มผช. 20/2560", "32-0159/2567", 22),
  // The demo producer's shawl: its certificate expired (still listed for the producer, never a
  // badge) and the renewal is a draft that still lacks the new certificate's scan.
  { product: "surin-mudmee-silk-shawl", scheme: "tcps", number: "มผช. 247/2552", certificate_number: "32-0077/2566", issued_months_ago: 40, outcome: "expired" },
  { product: "surin-mudmee-silk-shawl", scheme: "tcps", number: "มผช. 247/2552", certificate_number: "32-0077/2569", issued_months_ago: 1, outcome: "draft" },
  tcps("kalasin-praewa-silk-shawl", "มผช. 20/2560", "46-0091/2566", 30),
  tcps("yasothon-khit-cotton-cloth", "มผช. 42/2561", "35-0023/2567", 19),
  tcps("sakon-nakhon-indigo-shirt", "มผช. 36/2562", "47-0140/2567", 17),
  tcps("sakon-nakhon-indigo-tie-dye-scarf", "มผช. 247/2552", "47-0141/2567", 17),
  tcps("mae-chaem-teen-jok-sinh", "มผช. 18/2559", "50-0233/2566", 31),
  tcps("phrae-mo-hom-shirt", "มผช. 36/2562", "54-0067/2567", 12),
  tcps("khu-bua-teen-jok-sinh", "มผช. 18/2559", "70-0052/2566", 27),
  tcps("khu-bua-pha-khao-ma", "มผช. 43/2561", "70-0053/2566", 27),
  tcps("narathiwat-batik-sarong", "มผช. 51/2559", "96-0019/2567", 9),
  // ---- Crafts: มผช. and มอก.
  tcps("ban-tawai-carved-teak-elephant", "มผช. 110/2558", "50-0301/2567", 15),
  tcps("bo-sang-sa-paper-umbrella", "มผช. 93/2559", "50-0188/2566", 29),
  tcps("yasothon-khit-triangle-pillow", "มผช. 74/2559", "35-0024/2567", 19),
  tcps("ban-chiang-painted-vase", "มผช. 130/2560", "41-0045/2568", 6),
  tcps("koh-kret-carved-water-jar", "มผช. 130/2560", "12-0017/2566", 30),
  tcps("chanthaboon-krajood-mat", "มผช. 176/2561", "22-0036/2567", 11),
  tcps("thale-noi-krajood-handbag", "มผช. 177/2561", "93-0028/2567", 21),
  verified("lampang-rooster-bowl", "tis", "มอก. 32-2554"),
  // ---- Herbal products and cosmetics (herbal number formats are unverified [U]: free text)
  verified("dong-phra-ram-phlai-balm", "herbal_reg", "G 231/61"),
  verified("dong-phra-ram-herbal-inhaler", "herbal_reg", "G 118/62"),
  verified("dong-phra-ram-phlai-massage-oil", "herbal_detail", "25-2-6500158"),
  verified("dong-phra-ram-herbal-compress", "herbal_notify", "25-1-6600093"),
  // Issued 32 months ago with the 3-year validity: expires within the 180-day renewal window.
  verified("dong-phra-ram-butterfly-pea-shampoo", "fda_cosmetic", "25-1-6700018734", { issued_months_ago: 32 }),
  verified("thung-kula-rice-bran-soap", "fda_cosmetic", "45-1-5800231", { issued_months_ago: 14 }),
  verified("chanthaburi-mangosteen-peel-soap", "fda_cosmetic", "22-1-6800045871", { issued_months_ago: 8 }),
  verified("doi-chang-coffee-scrub-soap", "fda_cosmetic", "57-1-6800011208", { issued_months_ago: 10 }),
]

// ------------------------------------------------------------------------ fabric and soft power

export type DemoAttributes = { handle: string } & Pick<ProductAttributesBodyType, "fabric"> & {
    soft_power?: ProductAttributesBodyType["soft_power"]
    campaigns?: ProductAttributesBodyType["campaigns"]
  }

const FUN_TO_WEAR = "PHA_THAI_SAI_HAI_SANUK"

export const DEMO_ATTRIBUTES: DemoAttributes[] = [
  // ---- Textiles: every one carries its fabric facts
  {
    handle: "surin-mudmee-silk-traditional", // hand-reeled native silk, mudmee, lac/mulberry/mangosteen colours
    fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "NATURAL", fabric_type: "MUDMEE_SILK", hand_woven: true },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "surin-mudmee-silk-shawl",
    fabric: { fiber: "SILK", techniques: ["MUDMEE"], dye: "CHEMICAL", fabric_type: "MUDMEE_SILK", hand_woven: true },
    soft_power: ["FASHION"],
    campaigns: [FUN_TO_WEAR],
  },
  {
    handle: "surin-yok-thong-brocade-silk", // fine silk with gold thread, two weavers lifting heddles
    fabric: { fiber: "SILK", techniques: ["YOK"], dye: "CHEMICAL", fabric_type: "BROCADE", hand_woven: true },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "kalasin-praewa-silk-shawl", // Phu Tai praewa, khit and chok by hand, lac and natural dyes
    fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT", "CHOK"], dye: "NATURAL", fabric_type: "PRAEWA", hand_woven: true },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "yasothon-khit-cotton-cloth", // Yasothon's declared identity pattern is a khit (domain facts §4.1)
    fabric: { fiber: "COTTON", techniques: ["KHIT"], dye: "CHEMICAL", fabric_type: "KHIT", provincial_pattern: "ลายยศสุนทร (ยโสธร)", hand_woven: true },
    soft_power: ["FASHION", "DESIGN"],
  },
  {
    handle: "sakon-nakhon-indigo-shirt", // hand-spun cotton, natural indigo dipped ten times
    fabric: { fiber: "COTTON", techniques: ["PLAIN"], dye: "INDIGO", fabric_type: "INDIGO", hand_woven: true },
    soft_power: ["FASHION"],
    campaigns: [FUN_TO_WEAR],
  },
  {
    handle: "sakon-nakhon-indigo-tie-dye-scarf",
    fabric: { fiber: "COTTON", techniques: ["TIE_DYE"], dye: "INDIGO", fabric_type: "INDIGO", hand_woven: true },
    soft_power: ["FASHION"],
  },
  {
    handle: "mae-chaem-teen-jok-sinh", // cotton and silk, porcupine-quill chok, natural dyes
    fabric: { fiber: "BLEND", techniques: ["CHOK"], dye: "NATURAL", fabric_type: "SIN_TEEN_CHOK", hand_woven: true },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "phrae-mo-hom-shirt",
    fabric: { fiber: "COTTON", techniques: ["PLAIN"], dye: "INDIGO", fabric_type: "MO_HOM", hand_woven: false },
    soft_power: ["FASHION"],
    campaigns: [FUN_TO_WEAR],
  },
  {
    // Phrae's groups interpreted the Princess's hook pattern by painting with hom indigo (domain facts §0.8).
    handle: "phrae-mo-hom-hand-painted-shawl",
    fabric: { fiber: "COTTON", techniques: ["HAND_PAINT"], dye: "INDIGO", fabric_type: "MO_HOM", royal_pattern: "KHO_SIRIVANNAVARI", hand_woven: false },
    soft_power: ["FASHION", "ART"],
    campaigns: [FUN_TO_WEAR],
  },
  {
    handle: "khu-bua-teen-jok-sinh",
    fabric: { fiber: "BLEND", techniques: ["CHOK"], dye: "CHEMICAL", fabric_type: "SIN_TEEN_CHOK", hand_woven: true },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "khu-bua-pha-khao-ma",
    fabric: { fiber: "COTTON", techniques: ["PLAIN"], dye: "CHEMICAL", fabric_type: "PHA_KHAO_MA", hand_woven: true },
    soft_power: ["FASHION", "DESIGN"],
    campaigns: [FUN_TO_WEAR, "OFOS"],
  },
  {
    handle: "narathiwat-batik-sarong", // cotton, wax drawn with a canting, brush-coloured
    fabric: { fiber: "COTTON", techniques: ["BATIK", "WAX_WRITING"], dye: "CHEMICAL", fabric_type: "BATIK", hand_woven: false },
    soft_power: ["FASHION", "ART"],
  },
  {
    handle: "narathiwat-batik-shirt", // rayon, block-printed and wax-drawn
    fabric: { fiber: "SYNTHETIC", techniques: ["PRINT", "WAX_WRITING"], dye: "CHEMICAL", fabric_type: "BATIK", hand_woven: false },
    soft_power: ["FASHION", "DESIGN"],
    campaigns: [FUN_TO_WEAR],
  },
  // ---- Food and drinks
  { handle: "nam-prik-num-charcoal-roasted", soft_power: ["FOOD"] },
  { handle: "nam-prik-ong-northern-style", soft_power: ["FOOD"] },
  { handle: "khaep-mu-chiang-mai-crackling", soft_power: ["FOOD"] },
  { handle: "thung-kula-organic-hom-mali-rice", soft_power: ["FOOD"] },
  { handle: "bang-krathum-kluay-tak", soft_power: ["FOOD", "TOURISM"], campaigns: ["OFOS"] },
  { handle: "chanthaburi-monthong-durian-chips", soft_power: ["FOOD"] },
  { handle: "phetchaburi-toddy-palm-sugar", soft_power: ["FOOD"] },
  { handle: "phetchaburi-palm-sugar-tong-muan", soft_power: ["FOOD"] },
  { handle: "doi-chang-arabica-roasted-beans", soft_power: ["FOOD", "TOURISM"] },
  { handle: "mae-salong-oolong-no12", soft_power: ["FOOD", "TOURISM"] },
  { handle: "phu-phan-mao-berry-wine", soft_power: ["FOOD"] },
  // ---- Crafts
  { handle: "ban-tawai-carved-teak-elephant", soft_power: ["ART", "TOURISM"] },
  { handle: "ban-tawai-carved-floral-panel", soft_power: ["ART", "DESIGN"] },
  { handle: "bo-sang-sa-paper-umbrella", soft_power: ["ART", "FESTIVAL", "TOURISM"] }, // the yearly Bo Sang umbrella festival
  { handle: "bo-sang-cotton-parasol", soft_power: ["ART", "DESIGN"] },
  { handle: "yasothon-khit-triangle-pillow", soft_power: ["DESIGN"] },
  { handle: "ban-chiang-painted-vase", soft_power: ["ART", "TOURISM"] },
  { handle: "lampang-rooster-bowl", soft_power: ["DESIGN", "FOOD"] },
  { handle: "koh-kret-carved-water-jar", soft_power: ["ART", "TOURISM"] },
  { handle: "thale-noi-krajood-handbag", soft_power: ["DESIGN", "FASHION"], campaigns: ["OFOS"] },
  // ---- Herbal
  { handle: "dong-phra-ram-herbal-compress", soft_power: ["TOURISM"] },
]

// ------------------------------------------------------------------------- buyers and reviews

export type DemoCustomer = {
  email: string
  first_name: string
  last_name: string
  phone: string
  /** A Thai address: `province` is the 2-digit DOPA code, as the checkout stores it. */
  address: { address_1: string; city: string; province: string; postal_code: string }
}

export type DemoOrder = {
  key: string // stored in the order's metadata (demo_order) so a second seed finds it
  customer: string // DemoCustomer.email
  items: { handle: string; sku?: string }[] // sku when the product has several variants (default: the first)
  /** Every group ships its part; `received` means the buyer confirmed delivery (reviews need it). */
  received: boolean
}

export type DemoReview = {
  customer: string // DemoCustomer.email
  handle: string
  rating: number
  title?: string
  body: string
  /** Moderation: most are published; one waits for an operator. */
  status: "published" | "pending"
  /** The producer group's public answer. */
  reply?: string
}

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    email: "customer@demo.otop.local", // the demo buyer login
    first_name: "สมหญิง",
    last_name: "ทองมา",
    phone: "0891234567",
    address: { address_1: "88/12 ซอยอารีย์ 4 ถนนพหลโยธิน", city: "เขตพญาไท", province: "10", postal_code: "10400" },
  },
  {
    email: "malee.s@demo.otop.local",
    first_name: "มาลี",
    last_name: "ศรีสุข",
    phone: "0817654321",
    address: { address_1: "15 ถนนนิมมานเหมินท์ ซอย 9", city: "อำเภอเมืองเชียงใหม่", province: "50", postal_code: "50200" },
  },
  {
    email: "anan.j@demo.otop.local",
    first_name: "อนันต์",
    last_name: "ใจงาม",
    phone: "0862345678",
    address: { address_1: "234 ถนนมิตรภาพ", city: "อำเภอเมืองขอนแก่น", province: "40", postal_code: "40000" },
  },
  {
    email: "pranee.w@demo.otop.local",
    first_name: "ปราณี",
    last_name: "วงศ์ดี",
    phone: "0823456789",
    address: { address_1: "59/3 ถนนรัตนาธิเบศร์", city: "อำเภอเมืองนนทบุรี", province: "12", postal_code: "11000" },
  },
  {
    email: "emma.w@demo.otop.local",
    first_name: "Emma",
    last_name: "Wilson",
    phone: "0954567890",
    address: { address_1: "1 ซอยสุขุมวิท 24", city: "เขตคลองเตย", province: "10", postal_code: "10110" },
  },
]

// Few groups per order: each group's part is one shipment (the slowest workflow of the seed).
export const DEMO_ORDERS: DemoOrder[] = [
  {
    // The demo buyer: delivered, with the drip bags still to review (a review to write in the demo).
    key: "somying-1",
    customer: "customer@demo.otop.local",
    items: [
      { handle: "doi-chang-arabica-roasted-beans", sku: "DCA-ARABICA-MED-250" },
      { handle: "doi-chang-drip-bag-coffee" },
      { handle: "thung-kula-organic-hom-mali-rice", sku: "TKR-HOMMALI-1KG" },
      { handle: "surin-mudmee-silk-shawl" },
      { handle: "bang-krathum-kluay-tak", sku: "BKT-KLUAYTAK-250" },
    ],
    received: true,
  },
  {
    // On its way: the buyer has not confirmed receipt yet.
    key: "somying-2",
    customer: "customer@demo.otop.local",
    items: [{ handle: "khaep-mu-chiang-mai-crackling", sku: "PSN-KHAEPMU-LEAN" }],
    received: false,
  },
  {
    key: "malee-1",
    customer: "malee.s@demo.otop.local",
    items: [
      { handle: "kalasin-praewa-silk-shawl" },
      { handle: "nam-prik-num-charcoal-roasted", sku: "PSN-NPNUM-150" },
      { handle: "surin-mudmee-silk-traditional", sku: "TSW-MUDMEE-RED" },
    ],
    received: true,
  },
  {
    key: "anan-1",
    customer: "anan.j@demo.otop.local",
    items: [
      { handle: "doi-chang-arabica-roasted-beans", sku: "DCA-ARABICA-DARK-250" },
      { handle: "thung-kula-organic-hom-mali-rice", sku: "TKR-HOMMALI-5KG" },
      { handle: "surin-mulberry-leaf-tea" },
    ],
    received: true,
  },
  {
    key: "pranee-1",
    customer: "pranee.w@demo.otop.local",
    items: [
      { handle: "thung-kula-organic-hom-mali-rice", sku: "TKR-HOMMALI-1KG" },
      { handle: "thung-kula-hom-mali-brown-rice" },
      { handle: "sakon-nakhon-indigo-tie-dye-scarf" },
      { handle: "bo-sang-sa-paper-umbrella", sku: "BSU-SAPAPER-20" },
    ],
    received: true,
  },
  {
    key: "emma-1",
    customer: "emma.w@demo.otop.local",
    items: [
      { handle: "kalasin-praewa-silk-shawl" },
      { handle: "doi-chang-arabica-roasted-beans", sku: "DCA-ARABICA-MED-250" },
      { handle: "sakon-nakhon-indigo-shirt", sku: "BDK-INDIGOSHIRT-M" },
    ],
    received: true,
  },
]

export const DEMO_REVIEWS: DemoReview[] = [
  // สมหญิง (the demo buyer)
  {
    customer: "customer@demo.otop.local",
    handle: "doi-chang-arabica-roasted-beans",
    rating: 5,
    title: "หอมมาก คั่วกำลังดี",
    body: "สั่งคั่วกลางมาชงดริปทุกเช้า กลิ่นหอมผลไม้ ไม่ขม เปิดถุงแล้วหอมทั้งห้อง ถุงมีวาล์วเก็บได้นาน จะสั่งซ้ำแน่นอนค่ะ",
    status: "published",
  },
  {
    customer: "customer@demo.otop.local",
    handle: "thung-kula-organic-hom-mali-rice",
    rating: 5,
    body: "ข้าวใหม่หอมจริง หุงแล้วนุ่ม เมล็ดสวย ไม่มีกลิ่นอับ แพ็กสุญญากาศมาอย่างดี",
    status: "published",
  },
  {
    customer: "customer@demo.otop.local",
    handle: "surin-mudmee-silk-shawl",
    rating: 4,
    title: "สวยกว่าในรูป",
    body: "เนื้อผ้าเบามาก สีเหลือบสวย ใช้คลุมไหล่ในห้องประชุมได้พอดี หักหนึ่งดาวเพราะพู่ปลายผ้าหลุดไปหนึ่งเส้นตอนแกะกล่องค่ะ",
    status: "published",
    reply: "ขอบคุณที่อุดหนุนผ้าของกลุ่มบ้านท่าสว่างนะคะ ขออภัยเรื่องพู่ผ้า ส่งผ้ากลับมาได้เลย กลุ่มจะฟั่นพู่ให้ใหม่และส่งคืนโดยไม่มีค่าใช้จ่ายค่ะ",
  },
  {
    customer: "customer@demo.otop.local",
    handle: "bang-krathum-kluay-tak",
    rating: 5,
    body: "หวานธรรมชาติ เนื้อหนึบ ไม่แฉะ ลูกๆ ชอบมาก ซื้อเป็นของฝากก็ดูดี",
    status: "published",
  },
  // มาลี
  {
    customer: "malee.s@demo.otop.local",
    handle: "kalasin-praewa-silk-shawl",
    rating: 5,
    title: "งานละเอียดมาก",
    body: "ลายดอกแก้วแน่นทั้งผืน ด้านหลังเก็บเส้นเรียบร้อย สีครั่งสวยนุ่มตา ใส่ไปงานบุญแล้วมีคนถามหลายคน รอทอหนึ่งเดือนคุ้มค่ามากค่ะ",
    status: "published",
  },
  {
    customer: "malee.s@demo.otop.local",
    handle: "nam-prik-num-charcoal-roasted",
    rating: 4,
    body: "หอมกลิ่นย่างถ่านแบบน้ำพริกหนุ่มตลาดวโรรส เผ็ดกำลังดี อยากให้มีขวดใหญ่กว่านี้อีกหน่อย",
    status: "published",
  },
  {
    // Waiting for moderation in the Medusa admin.
    customer: "malee.s@demo.otop.local",
    handle: "surin-mudmee-silk-traditional",
    rating: 5,
    title: "ผ้าไหมแท้ สีครั่งสวย",
    body: "ได้สีแดงครั่งตามที่สั่ง ลายมัดหมี่คมชัด เนื้อไหมหนานุ่ม ตัดเป็นผ้าถุงใส่ไปงานแต่งงานหลานแล้วสวยมาก",
    status: "pending",
  },
  // อนันต์
  {
    customer: "anan.j@demo.otop.local",
    handle: "doi-chang-arabica-roasted-beans",
    rating: 4,
    body: "คั่วเข้มรสชาติเข้มข้นดี ใส่นมแล้วอร่อย แต่ถ้าชงดำจะขมไปนิดสำหรับผม",
    status: "published",
  },
  {
    customer: "anan.j@demo.otop.local",
    handle: "thung-kula-organic-hom-mali-rice",
    rating: 5,
    body: "ซื้อถุง 5 กิโลไว้กินทั้งบ้าน ข้าวหอมนุ่มทุกหม้อ ส่งเร็ว แพ็กแน่นหนาไม่รั่ว",
    status: "published",
  },
  {
    customer: "anan.j@demo.otop.local",
    handle: "surin-mulberry-leaf-tea",
    rating: 3,
    body: "ชาใบหม่อนรสอ่อนกว่าที่คิด ต้องใส่สองซองถึงจะได้รสชาติ แต่กลิ่นหอมดีและไม่มีกาเฟอีน",
    status: "published",
  },
  // ปราณี
  {
    customer: "pranee.w@demo.otop.local",
    handle: "thung-kula-organic-hom-mali-rice",
    rating: 4,
    body: "ข้าวหอมดี แต่ถุงกิโลเดียวหมดเร็ว คราวหน้าจะสั่งถุงใหญ่ค่ะ",
    status: "published",
  },
  {
    customer: "pranee.w@demo.otop.local",
    handle: "thung-kula-hom-mali-brown-rice",
    rating: 4,
    body: "ข้าวกล้องหุงง่ายกว่าที่คิด แช่น้ำแค่ชั่วโมงเดียวก็นุ่ม เคี้ยวแล้วหอมมัน ดีต่อสุขภาพค่ะ",
    status: "published",
  },
  {
    customer: "pranee.w@demo.otop.local",
    handle: "sakon-nakhon-indigo-tie-dye-scarf",
    rating: 5,
    body: "ลายมัดย้อมไม่ซ้ำใครจริงๆ สีครามเข้มสวย ผ้านุ่มขึ้นหลังซัก ใช้พันคอในห้องแอร์ทุกวันค่ะ",
    status: "published",
  },
  {
    customer: "pranee.w@demo.otop.local",
    handle: "bo-sang-sa-paper-umbrella",
    rating: 5,
    title: "ร่มสวยมาก",
    body: "ซื้อไปตกแต่งร้านกาแฟ ลายดอกไม้วาดมือสวยละเอียด ห่อกันกระแทกมาอย่างดี ไม่มีรอยขาดเลย",
    status: "published",
  },
  // Emma (in English)
  {
    customer: "emma.w@demo.otop.local",
    handle: "kalasin-praewa-silk-shawl",
    rating: 5,
    title: "A true heirloom piece",
    body: "Worth every baht and the month of waiting. The weaving is incredibly fine and the natural colours are even richer in person. It came with a note about the weaver, which I loved.",
    status: "published",
  },
  {
    customer: "emma.w@demo.otop.local",
    handle: "doi-chang-arabica-roasted-beans",
    rating: 5,
    body: "Lovely medium roast with notes of stone fruit. Fresh roast date on the bag and delivered to Bangkok in three days.",
    status: "published",
  },
  {
    customer: "emma.w@demo.otop.local",
    handle: "sakon-nakhon-indigo-shirt",
    rating: 4,
    body: "Beautiful deep indigo and very comfortable in the heat. The colour ran a little in the first wash, exactly as the description warned, so wash it separately.",
    status: "published",
  },
]
