import { bangkokDay, isClosed } from "../dates"

describe("temporary closure", () => {
  it("names the reopening day as Bangkok sees it (the portal stores Bangkok midnight)", () => {
    expect(bangkokDay("2026-12-01T17:00:00.000Z")).toBe("2026-12-02") // 00:00 on 2 Dec in Bangkok
    expect(bangkokDay("2026-12-02T00:00:00.000Z")).toBe("2026-12-02")
  })

  it("applies from the first day up to, not including, the reopening instant", () => {
    const group = { closed_from: "2026-11-30T17:00:00Z", closed_until: "2026-12-01T17:00:00Z" }
    expect(isClosed(group, new Date("2026-11-30T17:00:00Z"))).toBe(true)
    expect(isClosed(group, new Date("2026-12-01T17:00:00Z"))).toBe(false)
    expect(isClosed({ closed_from: null, closed_until: null })).toBe(false)
  })
})
