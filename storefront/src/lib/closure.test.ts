import { activeClosure } from "./closure"

describe("a group's temporary closure", () => {
  const group = { closed_from: "2026-11-20T00:00:00Z", closed_until: "2026-12-01T00:00:00Z", closure_note_th: "ช่วงเก็บเกี่ยว", closure_note_en: "Harvest" }

  it("applies only between its dates, with the note in the reader's language", () => {
    expect(activeClosure(group, "th", new Date("2026-11-25T00:00:00Z"))).toEqual({
      closedFrom: group.closed_from,
      closedUntil: group.closed_until,
      note: "ช่วงเก็บเกี่ยว",
    })
    expect(activeClosure(group, "en", new Date("2026-11-25T00:00:00Z"))?.note).toBe("Harvest")
    expect(activeClosure(group, "th", new Date("2026-12-01T00:00:00Z"))).toBeNull()
    expect(activeClosure(group, "th", new Date("2026-11-19T23:59:59Z"))).toBeNull()
    expect(activeClosure({ ...group, closed_until: null }, "th")).toBeNull()
    expect(activeClosure({ ...group, closure_note_en: null }, "en", new Date("2026-11-25T00:00:00Z"))?.note).toBe("ช่วงเก็บเกี่ยว")
  })
})
