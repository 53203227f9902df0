import { giOption, listOptions, starOptions } from "./facets"
import { EMPTY_STATE, searchHref, toggleFlag, toggleStars, toggleValue } from "./params"

describe("facet options", () => {
  const dyeCounts = [
    { value: "NATURAL", count: 4 },
    { value: "INDIGO", count: 1 },
    { value: "CHEMICAL", count: 0 },
  ]

  it("lists the values with products, biggest first, each a link that adds it", () => {
    const options = listOptions(EMPTY_STATE, "dye", dyeCounts, (v) => v.toLowerCase())
    expect(options.map((o) => [o.value, o.label, o.count, o.selected])).toEqual([
      ["NATURAL", "natural", 4, false],
      ["INDIGO", "indigo", 1, false],
    ])
    expect(searchHref(options[0].next)).toBe("/search?dye=NATURAL")
  })

  it("keeps a selected value without products so that it can be removed", () => {
    const state = toggleValue(EMPTY_STATE, "dye", "MUD_FERMENTED")
    const options = listOptions(state, "dye", dyeCounts, (v) => v)
    const selected = options.find((o) => o.value === "MUD_FERMENTED")!
    expect(selected).toMatchObject({ count: 0, selected: true })
    expect(searchHref(selected.next)).toBe("/search")
  })

  it("counts 'N stars or more' as the sum of the grades at or above N", () => {
    const counts = [
      { value: "5", count: 3 },
      { value: "4", count: 2 },
      { value: "2", count: 1 },
    ]
    const options = starOptions(EMPTY_STATE, counts)
    expect(options.map((o) => [o.value, o.count])).toEqual([
      [5, 3],
      [4, 5],
      [3, 5],
      [2, 6],
      [1, 6],
    ])
    expect(searchHref(options[0].next)).toBe("/search?stars=5")
    // The chosen grade links back to no grade filter.
    const chosen = starOptions(toggleStars(EMPTY_STATE, 4), counts).find((o) => o.selected)!
    expect(searchHref(chosen.next)).toBe("/search")
    expect(starOptions(EMPTY_STATE, [])).toEqual([])
  })

  it("GI takes the certification facet's count while no other certification is chosen", () => {
    const certs = [
      { value: "gi", count: 3 },
      { value: "tcps", count: 7 },
    ]
    expect(giOption(EMPTY_STATE, certs, "GI")).toMatchObject({ count: 3, selected: false })
    expect(searchHref(giOption(EMPTY_STATE, certs, "GI")!.next)).toBe("/search?gi=true")
    // With มผช. chosen the facet ignores that choice: no count rather than a wrong one.
    expect(giOption(toggleValue(EMPTY_STATE, "cert", "tcps"), certs, "GI")!.count).toBeNull()
    expect(giOption(toggleValue(EMPTY_STATE, "cert", "gi"), certs, "GI")!.count).toBe(3)
    expect(giOption(EMPTY_STATE, [{ value: "tcps", count: 2 }], "GI")).toBeNull()
    expect(giOption(toggleFlag(EMPTY_STATE, "gi"), [], "GI")).toMatchObject({ count: 0, selected: true })
  })
})
