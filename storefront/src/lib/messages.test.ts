import { enMessages as en, thMessages as th } from "@/i18n/messages"

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === "string" ? { ...all, [path]: value } : { ...all, ...leaves(value, path) }
  }, {})
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort()

describe("messages", () => {
  const thai = leaves(th as Tree)
  const english = leaves(en as Tree)

  it("have the same keys in Thai and English", () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(thai).sort())
  })

  it("have no empty strings", () => {
    for (const [key, value] of Object.entries({ ...thai, ...english })) {
      expect([key, value.trim().length > 0]).toEqual([key, true])
    }
  })

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(thai)) {
      expect([key, placeholders(english[key])]).toEqual([key, placeholders(thai[key])])
    }
  })

  it("are written in Thai in th.json (except brand names)", () => {
    const untranslated = Object.entries(thai).filter(
      ([key, value]) => !/[\u0E00-\u0E7F]/.test(value) && !["Metadata.siteName", "Footer.copyright"].includes(key),
    )
    expect(untranslated).toEqual([])
  })
})
