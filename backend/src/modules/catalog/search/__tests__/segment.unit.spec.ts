import { normaliseThai, queryLocales, segmentThai, words } from "../segment"

// Golden segmentations from ICU's Thai dictionary (Node 20, ICU 7x). If an ICU upgrade changes
// one, the index must be rebuilt (src/scripts/reindex-search.ts) and these updated.
describe("Thai segmentation for search", () => {
  it.each([
    ["ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", "ผ้า ไหม มัด หมี่ ย้อม สี ธรรมชาติ"],
    ["น้ำพริกหนุ่มแม่ถนอม", "น้ำ พริก หนุ่ม แม่ ถนอม"],
    ["กาแฟดอยช้าง", "กาแฟ ดอย ช้าง"],
    ["ผ้าขาวม้าทอมือ OTOP 5 ดาว", "ผ้า ขาวม้า ทอ มือ OTOP 5 ดาว"],
    ["ข้าวหอมมะลิอินทรีย์ จ.สุรินทร์", "ข้าว หอม มะลิ อินทรีย์ จ.สุรินทร์"],
    ["ผ้าไหมยกดอกสุรินทร์", "ผ้า ไหม ยก ดอก สุรินทร์"],
  ])("%s → %s", (text, segmented) => {
    expect(segmentThai(text)).toBe(segmented)
  })

  it("cuts a query the way it cut the product, so the words of a compound are found on their own", () => {
    const product = words("ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ")
    for (const query of ["ไหม", "มัดหมี่", "ผ้าไหมมัดหมี่", "ย้อมสีธรรมชาติ"]) {
      const q = words(query)
      expect([query, q.every((w) => product.includes(w))]).toEqual([query, true])
    }
    // A word that is not there is not conjured up by the segmentation.
    expect(words("ฝ้าย").every((w) => product.includes(w))).toBe(false)
  })

  it("keeps tone and vowel marks (ข้าว rice is not ขาว white) and Latin words as they are", () => {
    expect(words("ข้าว")).toEqual(["ข้าว"])
    expect(words("ขาว")).toEqual(["ขาว"])
    expect(segmentThai("Mudmee silk, hook pattern")).toBe("Mudmee silk hook pattern")
    expect(segmentThai("cat-mudmee")).toBe("cat mudmee")
  })

  it("drops punctuation and spaces; nothing is left of a query without words", () => {
    expect(segmentThai("  !!! ")).toBe("")
    expect(segmentThai(null)).toBe("")
    expect(segmentThai("100%_")).toBe("100")
  })

  it("reads a sara am typed as nikhahit + sara aa as sara am (Unicode normalisation does not)", () => {
    const typed = "\u0E19\u0E49\u0E4D\u0E32\u0E1E\u0E23\u0E34\u0E01" // น ้ ํ า พ ร ิ ก
    expect(typed.normalize("NFC")).not.toBe("น้ำพริก")
    expect(normaliseThai(typed)).toBe("น้ำพริก")
    expect(segmentThai(typed)).toBe("น้ำ พริก")
    expect(normaliseThai("\u0E19\u0E4D\u0E32")).toBe("นำ")
  })

  it("names the query's locales by script", () => {
    expect(queryLocales("ผ้า ไหม")).toEqual(["tha"])
    expect(queryLocales("silk")).toEqual(["eng"])
    expect(queryLocales("ผ้า silk")).toEqual(["tha", "eng"])
    expect(queryLocales("2567")).toEqual([])
  })
})
