// The widget speaks the admin user's language (the dashboard's i18next `lng`); Thai first.
const th = {
  title: "ข้อมูลความน่าเชื่อถือ OTOP",
  intro: "ระดับดาว OTOP มาตรฐานและเครื่องหมายรับรอง และคุณลักษณะผ้าไทย/ซอฟต์พาวเวอร์ของสินค้านี้",
  group: "กลุ่มผู้ผลิต",
  noGroup: "สินค้านี้ไม่ได้อยู่ในกลุ่มผู้ผลิต OTOP จึงไม่มีข้อมูลความน่าเชื่อถือให้แก้ไข",
  loading: "กำลังโหลด…",
  loadFailed: "โหลดข้อมูลความน่าเชื่อถือไม่สำเร็จ",
  saved: "บันทึกแล้ว",
  saveFailed: "บันทึกไม่สำเร็จ",
  cancel: "ยกเลิก",
  none: "—",
  // Grades
  grades: "ระดับดาว OTOP (ทุกรอบการคัดสรร)",
  noGrades: "ยังไม่มีระดับดาวในรอบใด",
  addOrCorrect: "เพิ่ม/แก้ไขรอบการคัดสรร",
  round: "รอบการคัดสรร (ปี พ.ศ.)",
  roundShort: "ปี",
  latest: "ล่าสุด",
  stars: "ระดับดาว",
  starsValue: (n: number) => `${n} ดาว`,
  score: "คะแนน",
  certificateNumber: "เลขที่ใบประกาศ",
  announcedAt: "วันที่ประกาศ",
  recordedBy: "บันทึกโดย",
  correct: "แก้ไข",
  addRound: "เพิ่มรอบ",
  saveCorrection: "บันทึกการแก้ไข",
  roundExists: (round: number) => `ปี ${round} มีระดับดาวอยู่แล้ว: การบันทึกจะเป็นการแก้ไขรอบนี้`,
  roundInvalid: "ระบุปี พ.ศ. ของรอบการคัดสรร เช่น 2567",
  starsRequired: "เลือกระดับดาว 1–5",
  source: { staff: "เจ้าหน้าที่ พช.", cdd_open_data: "ข้อมูลเปิด พช.", operator: "ผู้ดูแลแพลตฟอร์ม" } as Record<string, string>,
  // Certifications
  certifications: "มาตรฐานและเครื่องหมายรับรอง",
  noCertifications: "ยังไม่มีมาตรฐานหรือเครื่องหมายรับรอง",
  scheme: "มาตรฐาน/เครื่องหมาย",
  number: "เลขที่",
  status: "สถานะ",
  statuses: { draft: "ร่าง (ยังไม่มีเอกสาร)", pending: "รอตรวจสอบ", verified: "ตรวจสอบแล้ว", rejected: "ไม่ผ่าน", expired: "หมดอายุ" } as Record<string, string>,
  issuedAt: "วันที่ออก",
  validity: "วันที่",
  expiresAt: "วันหมดอายุ",
  document: "เอกสาร",
  links: "เอกสาร/ตรวจสอบ",
  openDocument: "เปิดเอกสาร",
  noDocument: "ไม่มีเอกสาร",
  lookup: "ตรวจสอบกับหน่วยงาน",
  wholeGroup: "รับรองทั้งกลุ่ม",
  verify: "ยืนยันผ่าน",
  reject: "ไม่ผ่าน",
  rejectReason: "เหตุผลที่ไม่ผ่าน",
  confirmReject: "ยืนยันไม่ผ่าน",
  reasonRequired: "ระบุเหตุผลที่ไม่ผ่าน",
  decidedBy: "ตัดสินโดย",
  addCertification: "เพิ่มมาตรฐาน/เครื่องหมาย",
  chooseScheme: "เลือกมาตรฐาน",
  schemeRequired: "เลือกมาตรฐานหรือเครื่องหมาย",
  numberHint: "รูปแบบ",
  documentHint: "PDF, JPEG, PNG หรือ WebP ไม่เกิน 5 MB (ไม่มีเอกสาร = บันทึกเป็นร่าง ยืนยันไม่ได้)",
  add: "เพิ่ม",
  // Attributes
  attributes: "คุณลักษณะ: ผ้าไทย ซอฟต์พาวเวอร์ และโครงการ",
  fabric: "ผ้าไทย",
  fabricOnlyTextiles: "คุณลักษณะผ้าใช้ได้เฉพาะสินค้าหมวดผ้าและเครื่องแต่งกาย",
  fiber: "ชนิดเส้นใย",
  techniques: "เทคนิคการทำลวดลาย",
  dye: "การย้อม",
  fabricType: "ประเภทผ้า",
  royalPattern: "ลายพระราชทาน",
  royalPatternYear: "ปีที่พระราชทาน (พ.ศ.)",
  provincialPattern: "ลายอัตลักษณ์ประจำจังหวัด",
  handWoven: "ทอมือ",
  softPower: "สาขาซอฟต์พาวเวอร์",
  campaigns: "โครงการ/แคมเปญ",
  fiberRequired: "เลือกชนิดเส้นใยก่อนกรอกคุณลักษณะผ้าอื่น",
  saveAttributes: "บันทึกคุณลักษณะ",
}

type Text = typeof th

const en: Text = {
  title: "OTOP trust data",
  intro: "The product's official OTOP star grades, standards and marks, and Thai-fabric / soft-power attributes",
  group: "Producer group",
  noGroup: "This product belongs to no OTOP producer group, so it has no trust data to edit",
  loading: "Loading…",
  loadFailed: "Could not load the trust data",
  saved: "Saved",
  saveFailed: "Could not save",
  cancel: "Cancel",
  none: "—",
  grades: "OTOP star grade (all selection rounds)",
  noGrades: "Not graded in any round yet",
  addOrCorrect: "Add or correct a round",
  round: "Selection round (BE year)",
  roundShort: "Round",
  latest: "latest",
  stars: "Stars",
  starsValue: (n: number) => `${n} star${n === 1 ? "" : "s"}`,
  score: "Score",
  certificateNumber: "Certificate no.",
  announcedAt: "Announced",
  recordedBy: "Recorded by",
  correct: "Correct",
  addRound: "Add round",
  saveCorrection: "Save correction",
  roundExists: (round: number) => `Round ${round} is already graded: saving corrects it`,
  roundInvalid: "Enter the round's BE year, e.g. 2567",
  starsRequired: "Choose 1 to 5 stars",
  source: { staff: "CDD staff", cdd_open_data: "CDD open data", operator: "Platform operator" },
  certifications: "Standards and marks",
  noCertifications: "No standards or marks yet",
  scheme: "Standard / mark",
  number: "Number",
  status: "Status",
  statuses: { draft: "Draft (no document)", pending: "Pending", verified: "Verified", rejected: "Rejected", expired: "Expired" },
  issuedAt: "Issued",
  validity: "Dates",
  expiresAt: "Expires",
  document: "Document",
  links: "Document / look-up",
  openDocument: "Open document",
  noDocument: "No document",
  lookup: "Issuer look-up",
  wholeGroup: "Whole group",
  verify: "Verify",
  reject: "Reject",
  rejectReason: "Why it is rejected",
  confirmReject: "Confirm rejection",
  reasonRequired: "Say why it is rejected",
  decidedBy: "Decided by",
  addCertification: "Add a standard or mark",
  chooseScheme: "Choose a scheme",
  schemeRequired: "Choose a standard or mark",
  numberHint: "Format",
  documentHint: "PDF, JPEG, PNG or WebP up to 5 MB (without a document it is kept as a draft and cannot be verified)",
  add: "Add",
  attributes: "Attributes: Thai fabric, soft power and campaigns",
  fabric: "Thai fabric",
  fabricOnlyTextiles: "Fabric attributes are for Textiles & Apparel products only",
  fiber: "Fibre",
  techniques: "Patterning techniques",
  dye: "Dye",
  fabricType: "Fabric type",
  royalPattern: "Royal pattern",
  royalPatternYear: "Year bestowed (BE)",
  provincialPattern: "Provincial identity pattern",
  handWoven: "Hand-woven",
  softPower: "Soft-power sectors",
  campaigns: "Campaigns",
  fiberRequired: "Choose the fibre before the other fabric attributes",
  saveAttributes: "Save attributes",
}

export type Lang = "th" | "en"
export type { Text }

/**
 * The admin user's language, looked up as the dashboard's i18next does (the `lng` cookie, then
 * localStorage's `lng`); Thai unless it says otherwise.
 */
export function adminLanguage(): Lang {
  if (typeof window === "undefined") return "th"
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("lng="))?.slice(4)
  const lng = (cookie && decodeURIComponent(cookie)) || window.localStorage.getItem("lng")
  return !lng || lng.startsWith("th") ? "th" : "en"
}

export const TEXT: Record<Lang, Text> = { th, en }

// Thai readers expect the Buddhist era; dates are the shop's (Bangkok) calendar days.
const DATE_LOCALE: Record<Lang, string> = { th: "th-TH-u-ca-buddhist", en: "en-GB-u-ca-gregory" }

export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "—"
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { dateStyle: "medium", timeZone: "Asia/Bangkok" }).format(date)
}

/** A `YYYY-MM-DD` for a date input, in Bangkok's calendar. */
export function dateInputValue(value: string | null | undefined): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok" }).format(date)
}
