import type { Bilingual, OtopCategoryHandle } from "./demo/types"

/**
 * The five official OTOP product types (domain facts §1), used for registration and for
 * OTOP Product Champion judging; they are the store's top-level product categories.
 */
export const OTOP_CATEGORIES: { handle: OtopCategoryHandle; code: string; name: Bilingual; description: Bilingual }[] = [
  {
    handle: "food",
    code: "FOOD",
    name: { th: "อาหาร", en: "Food" },
    description: {
      th: "ผลผลิตการเกษตรและอาหารแปรรูปจากชุมชน ผ่านมาตรฐานและบรรจุพร้อมจำหน่าย",
      en: "Farm produce and processed food from Thai communities, certified and packed for sale.",
    },
  },
  {
    handle: "beverage",
    code: "BEVERAGE",
    name: { th: "เครื่องดื่ม", en: "Beverages" },
    description: {
      th: "ชา กาแฟ น้ำผลไม้ เครื่องดื่มสมุนไพร และไวน์ผลไม้จากชุมชน",
      en: "Tea, coffee, juices, herbal drinks and fruit wines made by communities.",
    },
  },
  {
    handle: "textile-apparel",
    code: "TEXTILE_APPAREL",
    name: { th: "ผ้าและเครื่องแต่งกาย", en: "Textiles & Apparel" },
    description: {
      th: "ผ้าไหม ผ้าฝ้าย ผ้าทอมือ และเครื่องแต่งกายจากภูมิปัญญาท้องถิ่น",
      en: "Silk, cotton, hand-woven fabrics and garments from local wisdom.",
    },
  },
  {
    handle: "houseware-decor-souvenir",
    code: "HOUSEWARE_DECOR_SOUVENIR",
    name: { th: "ของใช้ ของตกแต่ง ของที่ระลึก", en: "Houseware, Decor & Souvenirs" },
    description: {
      th: "เครื่องจักสาน งานไม้ เครื่องปั้นดินเผา และของที่ระลึกฝีมือช่างชุมชน",
      en: "Basketry, woodwork, pottery and keepsakes by community craftspeople.",
    },
  },
  {
    handle: "herbal-nonfood",
    code: "HERBAL_NONFOOD",
    name: { th: "สมุนไพรที่ไม่ใช่อาหาร", en: "Herbal Products (Non-food)" },
    description: {
      th: "สบู่ ยาหม่อง ลูกประคบ และเครื่องสำอางจากสมุนไพรไทย",
      en: "Soaps, balms, herbal compresses and cosmetics from Thai herbs.",
    },
  },
]
