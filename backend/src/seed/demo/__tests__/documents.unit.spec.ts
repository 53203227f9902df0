import { specimenPdf } from "../documents"

describe("specimen PDFs of the demo registration", () => {
  it("are well-formed: every cross-reference offset points at its object, startxref at the table", () => {
    const pdf = specimenPdf("SPECIMEN - ID card (chair)", ["Not a real document \\ demo"])
    const text = pdf.toString("latin1")
    expect(text.startsWith("%PDF-1.4\n")).toBe(true)
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true)
    const startxref = Number(text.match(/startxref\n(\d+)\n/)![1])
    expect(text.slice(startxref, startxref + 4)).toBe("xref")
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`))
    // The content stream's declared length is its real length; parentheses are escaped.
    const length = Number(text.match(/<< \/Length (\d+) >>\nstream\n/)![1])
    const start = text.indexOf("stream\n") + "stream\n".length
    expect(text.slice(start + length, start + length + "\nendstream".length)).toBe("\nendstream")
    expect(text).toContain("(SPECIMEN - ID card \\(chair\\)) Tj")
  })
})
