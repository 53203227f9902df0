import { categoryOfType, matchKey, parseGradeCsv, parseStars } from "../data/cdd-open-data"

describe("CDD open-data grade CSV", () => {
  it("reads Thai headers with a BOM and numbers rows from 1", () => {
    const csv = "\uFEFFชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว\r\nน้ำพริกตาแดง,กลุ่มแม่บ้าน,เชียงใหม่,อาหาร,5 ดาว\r\n"
    const { rows, error } = parseGradeCsv(csv)
    expect(error).toBeNull()
    expect(rows).toEqual([{ row: 1, product: "น้ำพริกตาแดง", producer: "กลุ่มแม่บ้าน", province: "เชียงใหม่", type: "อาหาร", stars_text: "5 ดาว" }])
  })

  it("accepts English headers and names a missing column", () => {
    expect(parseGradeCsv("product_name,producer_name,province,product_type,stars\nA,B,C,food,4\n").rows[0].stars_text).toBe("4")
    expect(parseGradeCsv("product_name,producer_name,province\nA,B,C\n").error).toMatch(/missing column: ประเภทผลิตภัณฑ์ \(product_type\), ระดับดาว \(stars\)/)
    expect(parseGradeCsv("").error).toMatch(/no rows/)
  })

  it.each([
    ["5 ดาว", 5],
    ["5ดาว", 5],
    [" 3  ดาว ", 3],
    ["1", 1],
    ["4 stars", 4],
    ["★★", 2],
    ["6 ดาว", null],
    ["0 ดาว", null],
    ["ห้าดาว", null],
    ["", null],
  ])("stars %p → %p", (text, stars) => {
    expect(parseStars(text as string)).toBe(stars)
  })

  it("maps the official product types to categories", () => {
    expect(categoryOfType("ประเภทผ้าและเครื่องแต่งกาย")).toBe("textile-apparel")
    expect(categoryOfType("ของใช้ ของตกแต่ง ของที่ระลึก")).toBe("houseware-decor-souvenir")
    expect(categoryOfType("สมุนไพรที่ไม่ใช่อาหาร")).toBe("herbal-nonfood")
    expect(categoryOfType("เครื่องดื่ม")).toBe("beverage")
    expect(categoryOfType("รถยนต์")).toBeNull()
    expect(matchKey("  กลุ่ม\u00A0แม่บ้าน  ")).toBe("กลุ่ม แม่บ้าน")
  })
})
