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

  it("keeps commas, quotes and line breaks inside quoted names, and skips blank lines and empty rows", () => {
    const csv = [
      "ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว",
      '"น้ำพริก, สูตรโบราณ","กลุ่ม ""แม่บ้าน"" บ้านดอย",เชียงใหม่,อาหาร,5 ดาว',
      "",
      "   ",
      '"ผ้าไหม\nแพรวา",กลุ่มทอผ้าโพน,กาฬสินธุ์,ผ้าและเครื่องแต่งกาย,4 ดาว',
      // What spreadsheets write below the data: cells, but all empty.
      ",,,,",
      " , , , , ",
      "",
    ].join("\r\n")
    const { rows, error } = parseGradeCsv(csv)
    expect(error).toBeNull()
    expect(rows).toEqual([
      { row: 1, product: "น้ำพริก, สูตรโบราณ", producer: 'กลุ่ม "แม่บ้าน" บ้านดอย', province: "เชียงใหม่", type: "อาหาร", stars_text: "5 ดาว" },
      { row: 2, product: "ผ้าไหม\nแพรวา", producer: "กลุ่มทอผ้าโพน", province: "กาฬสินธุ์", type: "ผ้าและเครื่องแต่งกาย", stars_text: "4 ดาว" },
    ])
  })

  it("matches header spellings whatever their case, spaces or BOM, ignores extra columns and leaves short rows' cells empty", () => {
    const english = parseGradeCsv("\uFEFF Product_Name ,PRODUCER,Province , Type,Stars,note\nPhu Lae pineapple,Nang Lae group,Chiang Rai,food,3 Stars,x\nDoi Chang coffee,Doi Chang group\n")
    expect(english.error).toBeNull()
    expect(english.rows).toEqual([
      { row: 1, product: "Phu Lae pineapple", producer: "Nang Lae group", province: "Chiang Rai", type: "food", stars_text: "3 Stars" },
      { row: 2, product: "Doi Chang coffee", producer: "Doi Chang group", province: "", type: "", stars_text: "" },
    ])
    // Other years' Thai headers: ผลิตภัณฑ์ / ชื่อผู้ผลิต/ผู้ประกอบการ / ประเภท / ระดับ.
    const older = parseGradeCsv("ผลิตภัณฑ์,ชื่อผู้ผลิต/ผู้ประกอบการ,จังหวัด,ประเภท,ระดับ\nผ้าหม้อห้อม,กลุ่มทุ่งโฮ้ง,แพร่,ผ้า,2 ดาว\n")
    expect(older.rows[0]).toMatchObject({ product: "ผ้าหม้อห้อม", producer: "กลุ่มทุ่งโฮ้ง", type: "ผ้า", stars_text: "2 ดาว" })
    expect(categoryOfType(older.rows[0].type)).toBe("textile-apparel")
  })

  it("says why a file cannot be read: a quote left open, or a header without data", () => {
    expect(parseGradeCsv('ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว\n"น้ำพริก,กลุ่ม,เชียงใหม่,อาหาร,5 ดาว\n')).toEqual({
      rows: [],
      error: expect.stringMatching(/^the file is not valid CSV: Quote Not Closed/),
    })
    expect(parseGradeCsv("ชื่อผลิตภัณฑ์,ชื่อผู้ผลิต,จังหวัด,ประเภทผลิตภัณฑ์,ระดับดาว\r\n\r\n,,,,\r\n")).toEqual({ rows: [], error: "the file has no rows" })
  })

  it.each([
    ["5 ดาว", 5],
    ["5\u00A0ดาว", 5],
    ["4 STARS", 4],
    ["★★★★★", 5],
    ["5.0", null],
    ["4.5 ดาว", null],
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
