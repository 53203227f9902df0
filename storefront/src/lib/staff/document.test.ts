import { contentDisposition, documentHeaders, documentHref, safeFilename } from "./document"

describe("staff documents", () => {
  it("name Thai files for the browser with an ASCII fallback", () => {
    expect(contentDisposition("บัตรประชาชน.pdf", true)).toBe(
      `inline; filename="___________.pdf"; filename*=UTF-8''${encodeURIComponent("บัตรประชาชน.pdf")}`,
    )
    expect(contentDisposition('a"b\r\n.png', false)).toBe(`attachment; filename="ab.png"; filename*=UTF-8''ab.png`)
    expect(safeFilename("../../etc/passwd")).toBe("passwd")
    expect(safeFilename("")).toBe("document")
  })

  it("show PDFs and pictures inline and anything else as a download, never cached", () => {
    const pdf = documentHeaders({ mime_type: "application/pdf", filename: "id.pdf" }, "1234")
    expect(pdf.get("content-type")).toBe("application/pdf")
    expect(pdf.get("content-disposition")).toMatch(/^inline;/)
    expect(pdf.get("content-length")).toBe("1234")
    expect(pdf.get("cache-control")).toBe("private, no-store")
    expect(pdf.get("x-content-type-options")).toBe("nosniff")
    const html = documentHeaders({ mime_type: "text/html", filename: "x.html" }, "oops")
    expect(html.get("content-type")).toBe("application/octet-stream")
    expect(html.get("content-disposition")).toMatch(/^attachment;/)
    expect(html.get("content-length")).toBeNull()
  })

  it("link through the storefront, never to the file itself", () => {
    expect(documentHref("pgrp_1", "pgdoc_2", "th")).toBe("/api/staff/producer-groups/pgrp_1/documents/pgdoc_2?locale=th")
  })
})
