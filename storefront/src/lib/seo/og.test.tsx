/** @jest-environment node */
// The PNG itself is drawn by next/og, which needs Node's VM modules under Jest: the browser test
// (e2e/seo.spec.ts) fetches the real cards from the built storefront instead.
import { clip, loadOgFonts } from "./og"

describe("social cards", () => {
  it("loads the Thai and Latin TrueType faces (satori reads no WOFF2)", async () => {
    const fonts = await loadOgFonts()
    expect(fonts.map((f) => `${f.name} ${f.weight}`)).toEqual(["Noto Sans 400", "Noto Sans 700", "Noto Sans Thai 400", "Noto Sans Thai 700"])
    for (const font of fonts) expect(font.data.subarray(0, 4).toString("hex")).toBe("00010000") // TrueType outlines
  })

  it("clips long names at a word-agnostic length with an ellipsis", () => {
    expect(clip("  ผ้าไหม   มัดหมี่ ", 50)).toBe("ผ้าไหม มัดหมี่")
    expect(clip("a".repeat(80), 10)).toBe(`${"a".repeat(9)}…`)
    expect(clip(null, 10)).toBe("")
  })
})
