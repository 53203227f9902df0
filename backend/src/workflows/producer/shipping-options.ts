// Flat rates customers in Thailand know from Thailand Post, in whole baht (VAT included); every
// producer group offers them from its own location.
export const SHIPPING_OPTIONS = [
  {
    code: "thp-registered",
    name: { th: "ไปรษณีย์ลงทะเบียน (3–5 วันทำการ)", en: "Registered mail (3–5 working days)" },
    amount_thb: 45,
  },
  {
    code: "thp-ems",
    name: { th: "EMS ด่วนพิเศษ (1–2 วันทำการ)", en: "EMS express (1–2 working days)" },
    amount_thb: 80,
  },
]
