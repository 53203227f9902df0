/**
 * Fixed vocabularies of Thai fabric (domain facts §4) and soft power (§5), each value with Thai
 * and English labels. Data, not code: the soft-power list in particular is expected to grow
 * (11 sectors in 2023–24, "14 industries" announced in 2025), so a value is added here.
 */
export type Term = { code: string; th: string; en: string; family?: string; year_be?: number }

export const FIBERS: Term[] = [
  { code: "SILK", th: "ผ้าไหม", en: "Silk" },
  { code: "COTTON", th: "ผ้าฝ้าย", en: "Cotton" },
  { code: "HEMP", th: "ผ้าใยกัญชง", en: "Hemp" },
  { code: "BANANA_PINEAPPLE_FIBRE", th: "ใยกล้วย / ใยสับปะรด", en: "Banana or pineapple fibre" },
  { code: "BLEND", th: "ผสม", en: "Blend" },
  { code: "SYNTHETIC", th: "ใยประดิษฐ์", en: "Synthetic" },
]

export const TECHNIQUES: Term[] = [
  { code: "PLAIN", th: "ขัด", en: "Plain weave", family: "woven" },
  { code: "KHIT", th: "ขิด", en: "Khit (continuous supplementary weft)", family: "woven" },
  { code: "CHOK", th: "จก", en: "Chok (discontinuous supplementary weft)", family: "woven" },
  { code: "YOK", th: "ยก / ยกดอก", en: "Brocade", family: "woven" },
  { code: "YOK_MUK", th: "ยกมุก", en: "Yok muk (supplementary warp)", family: "woven" },
  { code: "PRAEWA", th: "แพรวา", en: "Praewa", family: "woven" },
  { code: "MUDMEE", th: "มัดหมี่", en: "Mudmee (ikat)", family: "yarn" },
  { code: "BATIK", th: "บาติก", en: "Batik", family: "surface" },
  { code: "WAX_WRITING", th: "เขียนเทียน", en: "Hand wax-writing", family: "surface" },
  { code: "TIE_DYE", th: "มัดย้อม", en: "Tie-dye", family: "surface" },
  { code: "EMBROIDERY", th: "ปัก", en: "Embroidery", family: "surface" },
  { code: "HAND_PAINT", th: "เขียนสี / เขียนด้วยสีห้อม", en: "Hand painting", family: "surface" },
  { code: "PRINT", th: "พิมพ์", en: "Printing", family: "surface" },
]

export const DYES: Term[] = [
  { code: "NATURAL", th: "ย้อมสีธรรมชาติ", en: "Natural dye" },
  { code: "INDIGO", th: "ย้อมคราม", en: "Indigo" },
  { code: "MUD_FERMENTED", th: "หมักโคลน", en: "Mud-fermented" },
  { code: "CHEMICAL", th: "สีเคมี", en: "Chemical dye" },
]

export const FABRIC_TYPES: Term[] = [
  { code: "MUDMEE_SILK", th: "ผ้าไหมมัดหมี่", en: "Mudmee silk" },
  { code: "PRAEWA", th: "ผ้าแพรวา", en: "Praewa" },
  { code: "MO_HOM", th: "ผ้าหม้อห้อม", en: "Mo hom" },
  { code: "SIN_TEEN_CHOK", th: "ผ้าซิ่นตีนจก", en: "Chok-hem tube skirt" },
  { code: "KHIT", th: "ผ้าขิด", en: "Khit" },
  { code: "BROCADE", th: "ผ้ายกดอก", en: "Brocade" },
  { code: "BATIK", th: "ผ้าบาติก", en: "Batik" },
  { code: "INDIGO", th: "ผ้าย้อมคราม", en: "Indigo cloth" },
  { code: "PHA_KHAO_MA", th: "ผ้าขาวม้า", en: "Pha khao ma" },
  { code: "PATTANI_BROCADE", th: "ผ้าจวนตานี / ผ้ายกตานี", en: "Pattani brocade" },
  { code: "ETHNIC_WEAVE", th: "ผ้าทอไทลื้อ / ไทยวน / ผู้ไท", en: "Ethnic weave (Tai Lue, Tai Yuan, Phu Tai)" },
]

export const ROYAL_PATTERNS: Term[] = [
  { code: "KHO_SIRIVANNAVARI", th: "ผ้ามัดหมี่ลายขอเจ้าฟ้าสิริวัณณวรี", en: "Princess Sirivannavari hook pattern", year_be: 2564 },
  { code: "NARIRATANA", th: "ผ้าลายนารีรัตนราชกัญญา", en: "Nariratana Rajakanya pattern", year_be: 2565 },
  { code: "DOK_RAK_RATCHAKANYA", th: "ผ้าลายดอกรักราชกัญญา", en: "Dok Rak Ratchakanya pattern", year_be: 2566 },
  { code: "SIRIVACHIRAPHORN", th: "ผ้าลายสิริวชิราภรณ์", en: "Siriwachiraphorn pattern", year_be: 2567 },
  { code: "CHABA_PATTANI", th: "ลายชบาปัตตานี", en: "Chaba Pattani pattern" },
]

export const SOFT_POWER_SECTORS: Term[] = [
  { code: "FOOD", th: "อาหาร", en: "Food" },
  { code: "SPORTS", th: "กีฬา", en: "Sports" },
  { code: "FESTIVAL", th: "เฟสติวัล", en: "Festivals" },
  { code: "TOURISM", th: "ท่องเที่ยว", en: "Tourism" },
  { code: "MUSIC", th: "ดนตรี", en: "Music" },
  { code: "BOOKS", th: "หนังสือ", en: "Books" },
  { code: "FILM", th: "ภาพยนตร์", en: "Film, drama and series" },
  { code: "GAMES", th: "เกม", en: "Games" },
  { code: "ART", th: "ศิลปะ", en: "Art" },
  { code: "DESIGN", th: "การออกแบบ", en: "Design" },
  { code: "FASHION", th: "แฟชั่น", en: "Fashion" },
]

export const CAMPAIGNS: Term[] = [
  { code: "PHA_THAI_SAI_HAI_SANUK", th: "ผ้าไทยใส่ให้สนุก", en: "Thai Fabrics: Fun to Wear" },
  { code: "OFOS", th: "1 ครัวเรือน 1 ซอฟต์พาวเวอร์ (OFOS)", en: "One Family One Soft Power (OFOS)" },
]

export const VOCABULARIES = {
  fiber: FIBERS,
  technique: TECHNIQUES,
  dye: DYES,
  fabric_type: FABRIC_TYPES,
  royal_pattern: ROYAL_PATTERNS,
  soft_power: SOFT_POWER_SECTORS,
  campaign: CAMPAIGNS,
} as const

export type VocabularyName = keyof typeof VOCABULARIES

export const codesOf = (name: VocabularyName): string[] => VOCABULARIES[name].map((t) => t.code)
