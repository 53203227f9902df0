import { certificateDate } from "../dates"

describe("certificateDate", () => {
  it("reads a calendar day as the start of that day in Bangkok", () => {
    expect(certificateDate("2027-01-15").toISOString()).toBe("2027-01-14T17:00:00.000Z")
  })
  it("keeps full timestamps", () => {
    expect(certificateDate("2027-01-15T10:00:00.000Z").toISOString()).toBe("2027-01-15T10:00:00.000Z")
  })
  it("leaves nonsense invalid, for the caller's message", () => {
    expect(Number.isNaN(certificateDate("2027-13-45").getTime())).toBe(true)
  })
})
