/**
 * Seeds a synthetic OTOP catalog for bench/catalog.mjs (run by it with `medusa exec`):
 *   cd backend && npx medusa exec ../bench/seed-catalog.ts 20000
 *
 * Products go through Medusa's own createProductsWorkflow (in batches), so the stock
 * /store/products measured next to /store/catalog sees real Medusa rows (prices, sales channel,
 * categories, variants): slower than bulk SQL (20k took 23 min on a shared 2-core machine, the
 * catalog subscribers reacting to product.created included) but it needs no knowledge of
 * Medusa's table layout, and a size is seeded once per data dir. Our own facts (groups, links,
 * grades, certifications, attributes, ratings, English titles) are written with the modules'
 * bulk create methods, which take thousands of rows per call. Then the catalog read model is
 * rebuilt with the same workflow the subscribers use.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { runSeed } from "../backend/src/seed"
import { PRODUCER_MODULE } from "../backend/src/modules/producer"
import { OTOP_GRADE_MODULE } from "../backend/src/modules/otop-grade"
import { CERTIFICATION_MODULE } from "../backend/src/modules/certification"
import { PRODUCT_ATTRIBUTES_MODULE } from "../backend/src/modules/product-attributes"
import { REVIEW_MODULE } from "../backend/src/modules/review"
import { PROVINCE_REGION_ZONE } from "../backend/src/modules/thai-geo/data/province-regions"
import { DYES, FIBERS, SOFT_POWER_SECTORS, TECHNIQUES } from "../backend/src/modules/product-attributes/data/vocabularies"
import { rebuildCatalog } from "../backend/src/scripts/rebuild-catalog"

// A fixed pseudo-random sequence: the same catalog every run of a given size.
let seed = 2567
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

const KINDS: Record<string, { th: string[]; en: string[] }> = {
  "textile-apparel": {
    th: ["ผ้าไหมมัดหมี่", "ผ้าฝ้ายทอมือ", "ผ้าไหมแพรวา", "ผ้าซิ่นตีนจก", "ผ้าขาวม้า", "ผ้าย้อมคราม", "ผ้าไหมยกดอก", "ผ้าหม้อห้อม"],
    en: ["Mudmee silk", "Hand-woven cotton", "Praewa silk", "Teen chok skirt", "Pha khao ma", "Indigo cloth", "Silk brocade", "Mo hom cloth"],
  },
  food: { th: ["น้ำพริกหนุ่ม", "ข้าวแต๋น", "กล้วยตาก", "หมูยอ", "ข้าวหอมมะลิ", "ทุเรียนทอด"], en: ["Chili dip", "Rice crackers", "Dried banana", "Pork sausage", "Jasmine rice", "Durian chips"] },
  beverage: { th: ["กาแฟดอยช้าง", "ชาอู่หลง", "น้ำตาลโตนด", "ไวน์มะเม่า"], en: ["Doi Chang coffee", "Oolong tea", "Palm sugar drink", "Mamao wine"] },
  "houseware-decor-souvenir": { th: ["เครื่องจักสานไม้ไผ่", "เครื่องปั้นดินเผา", "ร่มบ่อสร้าง", "ตุ๊กตาชาววัง"], en: ["Bamboo basketry", "Pottery", "Bo Sang umbrella", "Court doll"] },
  "herbal-nonfood": { th: ["ยาหม่องสมุนไพร", "สบู่น้ำผึ้ง", "ลูกประคบ", "น้ำมันนวด"], en: ["Herbal balm", "Honey soap", "Herbal compress", "Massage oil"] },
}
const PLACES = ["เชียงใหม่", "สุรินทร์", "กาฬสินธุ์", "น่าน", "ลำพูน", "อุดรธานี", "สกลนคร", "นครพนม", "ขอนแก่น", "ปัตตานี"]
const FOOD_CERTS = ["fda_food", "tcps", "halal", "thai_select", "otop_authentic_taste", "organic_th", "q_mark"]
const CRAFT_CERTS = ["tcps", "green_label", "tis"]
const SILK_CERTS = ["peacock_gold", "peacock_silver", "peacock_blue", "peacock_green", "tcps"]

export default async function seedBenchCatalog({ container, args }: ExecArgs) {
  const size = Number(args?.[0] ?? 20000)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const t0 = Date.now()
  const store = await runSeed(container, { demo: false })
  const provinces = Object.entries(PROVINCE_REGION_ZONE)

  // Producer groups: ~40 products each, all approved, spread over every province.
  const producer: any = container.resolve(PRODUCER_MODULE)
  const groupCount = Math.max(1, Math.round(size / 40))
  const groups: any[] = await producer.createProducerGroups(
    Array.from({ length: groupCount }, (_, i) => {
      const [province, [region, zone]] = provinces[i % provinces.length]
      return {
        handle: `bench-group-${i}`,
        name_th: `กลุ่มทอผ้าบ้าน${pick(PLACES)} ${i}`,
        name_en: `Bench producer group ${i}`,
        producer_type: "COMMUNITY_GROUP",
        subdistrict_code: `${province}0101`,
        district_code: `${province}01`,
        province_code: province,
        region,
        inspection_zone: zone,
        status: "approved",
        approved_at: new Date(),
      }
    })
  )
  logger.info(`[bench] ${groups.length} groups`)

  // Products through Medusa's workflow, 250 per run.
  const categories = Object.keys(KINDS)
  const specs = Array.from({ length: size }, (_, i) => {
    const category = i % 3 === 0 ? "textile-apparel" : pick(categories)
    const k = Math.floor(rand() * KINDS[category].th.length)
    const place = pick(PLACES)
    return {
      i,
      category,
      group: groups[i % groups.length],
      th: `${KINDS[category].th[k]} ${place} ลาย ${i}`,
      en: `${KINDS[category].en[k]} no. ${i}`,
      price: `${50 + Math.floor(rand() * 4950)}.${pick(["00", "50", "25"])}`,
      // 1 in 10 tracks stock and has none: the in_stock filter has something to drop.
      managed: i % 10 === 0,
    }
  })
  const ids: string[] = []
  for (const batch of chunks(specs, 250)) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((s) => ({
          title: s.th,
          handle: `bench-${s.i}`,
          status: "published" as const,
          category_ids: [store.categoryIdByHandle[s.category]],
          shipping_profile_id: store.shippingProfileId,
          sales_channels: [{ id: store.salesChannelId }],
          thumbnail: `/static/bench/${s.i % 50}.jpg`,
          options: [{ title: "แบบ", values: ["มาตรฐาน"] }],
          variants: [{ title: "มาตรฐาน", manage_inventory: s.managed, options: { แบบ: "มาตรฐาน" }, prices: [{ currency_code: "thb", amount: Number(s.price) }] }],
        })),
      },
    })
    ids.push(...result.map((p: any) => p.id))
    if (ids.length % 2500 === 0 || ids.length === size) logger.info(`[bench] products ${ids.length}/${size} (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  }

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const batch of chunks(specs, 2000)) {
    await link.create(batch.map((s) => ({ [PRODUCER_MODULE]: { producer_group_id: s.group.id }, [Modules.PRODUCT]: { product_id: ids[s.i] } })))
  }
  try {
    const translation: any = container.resolve(Modules.TRANSLATION)
    for (const batch of chunks(specs, 2000)) {
      await translation.createTranslations(batch.map((s) => ({ reference: "product", reference_id: ids[s.i], locale_code: "en-US", translations: { title: s.en } })))
    }
  } catch (e) {
    logger.warn(`[bench] English titles skipped: ${(e as Error).message}`)
  }

  // Grades on 60% of products (some with two rounds), certifications, attributes, ratings.
  const grades: any[] = []
  const certs: any[] = []
  const attrs: any[] = []
  const ratings: any[] = []
  for (const s of specs) {
    const product_id = ids[s.i]
    const base = { group_id: s.group.id, province_code: s.group.province_code }
    if (rand() < 0.6) {
      const stars = 1 + Math.floor(rand() * 5)
      grades.push({ ...base, product_id, round_be: 2567, stars, recorded_by: "bench" })
      if (rand() < 0.3) grades.push({ ...base, product_id, round_be: 2565, stars: Math.max(1, stars - 1), recorded_by: "bench" })
    }
    const schemes = s.category === "textile-apparel" ? SILK_CERTS : s.category === "food" || s.category === "beverage" ? FOOD_CERTS : CRAFT_CERTS
    const n = Math.floor(rand() * 3)
    for (const scheme of new Set(Array.from({ length: n }, () => pick(schemes)))) {
      const status = rand() < 0.85 ? "verified" : pick(["pending", "expired"])
      certs.push({ ...base, product_id, scheme, number: scheme === "fda_food" ? `50200${String(s.i).padStart(8, "0")}` : `${s.i}/2567`, status, expires_at: new Date(Date.now() + (30 + Math.floor(rand() * 1000)) * 86_400_000) })
    }
    if (rand() < 0.08) certs.push({ ...base, product_id, scheme: "gi", number: `สช${String(61100000 + (s.i % 9999)).padStart(8, "0")}`, status: "verified", details: { gi_name: `${pick(PLACES)} GI` } })
    const soft_power = rand() < 0.5 ? [pick(SOFT_POWER_SECTORS).code] : []
    if (s.category === "textile-apparel") {
      attrs.push({ product_id, group_id: s.group.id, fiber: pick(FIBERS).code, techniques: [pick(TECHNIQUES).code, ...(rand() < 0.3 ? [pick(TECHNIQUES).code] : [])].filter((v, i, a) => a.indexOf(v) === i), dye: pick(DYES).code, hand_woven: true, soft_power: [...new Set(["FASHION", ...soft_power])] })
    } else if (soft_power.length) {
      attrs.push({ product_id, group_id: s.group.id, soft_power })
    }
    if (rand() < 0.4) {
      const count = 1 + Math.floor(rand() * 40)
      ratings.push({ product_id, rating_count: count, rating_sum: count * 3 + Math.floor(rand() * count * 2) })
    }
  }
  const gradeService: any = container.resolve(OTOP_GRADE_MODULE)
  const certService: any = container.resolve(CERTIFICATION_MODULE)
  const attrService: any = container.resolve(PRODUCT_ATTRIBUTES_MODULE)
  const reviewService: any = container.resolve(REVIEW_MODULE)
  for (const b of chunks(grades, 2000)) await gradeService.createOtopGrades(b)
  for (const b of chunks(certs, 2000)) await certService.createCertifications(b)
  for (const b of chunks(attrs, 2000)) await attrService.createProductAttributes(b)
  for (const b of chunks(ratings, 2000)) await reviewService.createProductRatings(b)
  logger.info(`[bench] ${grades.length} grades, ${certs.length} certifications, ${attrs.length} attribute sets, ${ratings.length} ratings`)

  await rebuildCatalog(container)
  logger.info(`[bench] seeded ${size} products in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}
