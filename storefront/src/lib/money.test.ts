import { compareAmounts, formatTHB, roundToSatang, satangToDecimalString, toDecimalString, toSatang } from "./money"

describe("toDecimalString", () => {
  it.each([
    [1290.5, "1290.5"],
    ["1290.50", "1290.5"],
    [0, "0"],
    [-0, "0"],
    ["-0.00", "0"],
    [12n, "12"],
    [1.5e-7, "0.00000015"],
    [1e21, "1000000000000000000000"],
    ["1.2345e3", "1234.5"],
    ["00012.3400", "12.34"],
    [".5", "0.5"],
    ["-7.", "-7"],
  ])("%p → %p", (input, expected) => {
    expect(toDecimalString(input)).toBe(expected)
  })

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], ["12,00"], ["abc"], [""], ["1.2.3"]])("rejects %p", (input) => {
    expect(() => toDecimalString(input)).toThrow(RangeError)
  })
})

describe("toSatang (half-up, on digits)", () => {
  it.each([
    ["1290.5", 129050n],
    ["1290.504", 129050n],
    ["1290.505", 129051n],
    ["1290.50499999999999", 129050n],
    ["0.005", 1n],
    ["0.0049999", 0n],
    ["-0.005", -1n], // half away from zero
    ["99.995", 10000n],
    ["12345678901234567.895", 1234567890123456790n], // beyond double precision
  ])("%p → %p", (input, expected) => {
    expect(toSatang(input)).toBe(expected)
  })

  it("rounds the shortest decimal of a double, not its binary expansion", () => {
    // 1.005 is stored as 1.00499999999999989… — float maths (Math.round(1.005*100)) gives 100.
    expect(Math.round(1.005 * 100)).toBe(100)
    expect(toSatang(1.005)).toBe(101n)
    // 0.1 + 0.2 style tails coming from the backend are rounded away.
    expect(toSatang(0.30000000000000004)).toBe(30n)
  })
})

describe("satangToDecimalString / roundToSatang", () => {
  it("always prints two decimals", () => {
    expect(satangToDecimalString(129050n)).toBe("1290.50")
    expect(satangToDecimalString(5n)).toBe("0.05")
    expect(satangToDecimalString(-5n)).toBe("-0.05")
    expect(roundToSatang(290)).toBe("290.00")
    expect(roundToSatang("49.999")).toBe("50.00")
  })
})

describe("formatTHB", () => {
  it("formats Thai readers' prices with the baht sign", () => {
    expect(formatTHB(1290.5, "th")).toBe("฿1,290.50")
    expect(formatTHB("35", "th")).toBe("฿35.00")
    expect(formatTHB("1234567.891", "th")).toBe("฿1,234,567.89")
  })

  it("formats English readers' prices in THB too", () => {
    expect(formatTHB(1290.5, "en")).toBe("฿1,290.50")
    expect(formatTHB("0.005", "en")).toBe("฿0.01")
  })

  it("keeps precision beyond what a double can hold", () => {
    expect(formatTHB("12345678901234567.125", "th")).toBe("฿12,345,678,901,234,567.13")
  })

  it("never multiplies floats (no 1.005 → 1.00 surprise)", () => {
    expect(formatTHB(1.005, "th")).toBe("฿1.01")
  })
})

describe("compareAmounts", () => {
  it("compares exactly", () => {
    expect(compareAmounts("0.1", 0.1)).toBe(0)
    expect(compareAmounts("590", "1290.5")).toBe(-1)
    expect(compareAmounts(1290.5, "590.00")).toBe(1)
  })
})
