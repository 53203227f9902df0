import { IMPORT_COLUMNS, parseProductCsv, TEMPLATE_CSV } from "../csv"

const header = IMPORT_COLUMNS.join(",")

describe("product CSV import", () => {
  it("accepts its own template, Thai text and BOM included", () => {
    const { products, errors } = parseProductCsv(TEMPLATE_CSV)
    expect(errors).toEqual([])
    expect(products[0]).toMatchObject({ handle: "nam-prik-num-200g", title: { th: "น้ำพริกหนุ่ม 200 กรัม" }, category: "food", variants: [{ price: "89.00", stock: 40 }] })
  })

  it("reports every bad cell by row and column", () => {
    const csv = [
      header,
      "good-one,ผ้าไหม,Silk,,,textile-apparel,1500,3,400,,published",
      "Bad Handle,ผ้าฝ้าย,,,,textile-apparel,abc,-1,400,,published",
      "good-one,ซ้ำ,Dup,,,shoes,100,1,100,,draft",
    ].join("\n")
    const { products, errors } = parseProductCsv(csv)
    expect(products.map((p) => p.row)).toEqual([1])
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "handle", message: expect.stringMatching(/lowercase/) },
        { row: 2, column: "price_thb", message: expect.stringMatching(/price in baht/) },
        { row: 2, column: "stock", message: expect.any(String) },
        { row: 3, column: "category", message: expect.any(String) },
      ])
    )
  })

  it("names a duplicate handle within the file and missing columns", () => {
    const dup = parseProductCsv([header, "same,ก,A,,,food,10,1,100,,draft", "same,ข,B,,,food,10,1,100,,draft"].join("\n"))
    expect(dup.errors).toEqual([{ row: 2, column: "handle", message: "'same' is also used in row 1" }])
    expect(parseProductCsv("handle,title_th\nx,ก").errors[0]).toMatchObject({ row: 0, message: "missing column" })
  })
})
