import { formatDate, formatYear } from "./dates"

describe("formatDate", () => {
  const date = new Date("2025-03-01T10:00:00Z")

  it("uses the Buddhist era for Thai", () => {
    expect(formatDate(date, "th")).toBe("1 มีนาคม 2568")
    expect(formatYear(date, "th")).toMatch(/2568/)
  })

  it("uses the Gregorian calendar for English", () => {
    expect(formatDate(date, "en")).toBe("March 1, 2025")
    expect(formatYear(date, "en")).toBe("2025")
  })

  it("uses Bangkok time, whatever the server's time zone", () => {
    // 20:30 UTC on 31 Dec 2024 is already 1 Jan 2025 (2568 BE) in Bangkok.
    expect(formatDate("2024-12-31T20:30:00Z", "th")).toBe("1 มกราคม 2568")
    expect(formatDate("2024-12-31T20:30:00Z", "en")).toBe("January 1, 2025")
  })

  it("accepts options", () => {
    expect(formatDate(date, "th", { dateStyle: "short" })).toBe("1/3/68")
  })

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date", "th")).toThrow(RangeError)
  })
})
