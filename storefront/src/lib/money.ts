import { LOCALE_TAGS, type AppLocale } from "@/i18n/routing"

/**
 * Money for a one-currency (THB) shop.
 *
 * Medusa v2 sends amounts as decimal major units (1290.5 = ฿1,290.50), sometimes with long
 * tails of decimals. We never do arithmetic on floats: an amount becomes a decimal string,
 * then integer satang (BigInt), rounded half-up on its digits.
 */
export type DecimalInput = number | string | bigint

const DECIMAL_PATTERN = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** Exact decimal string for a number, numeric string or bigint: 1.5e-7 → "0.00000015". */
export function toDecimalString(value: DecimalInput): string {
  if (typeof value === "bigint") return value.toString()
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite amount: ${value}`)
  }
  // String(number) is the shortest text that reads back as the same double, i.e. the
  // decimal the backend most likely wrote. From here on we only move digits around.
  const text = String(value).trim()
  const match = DECIMAL_PATTERN.exec(text)
  if (!match || (!match[2] && !match[3])) throw new RangeError(`Not a decimal amount: "${text}"`)

  const [, sign = "", intPart = "", fracPart = "", exponentText = "0"] = match
  const exponent = Number.parseInt(exponentText, 10)
  let digits = intPart + fracPart
  let pointAt = intPart.length + exponent // position of the decimal point within `digits`
  if (pointAt < 0) {
    digits = "0".repeat(-pointAt) + digits
    pointAt = 0
  } else if (pointAt > digits.length) {
    digits = digits + "0".repeat(pointAt - digits.length)
  }

  const whole = digits.slice(0, pointAt).replace(/^0+/, "") || "0"
  const fraction = digits.slice(pointAt).replace(/0+$/, "")
  const isZero = whole === "0" && fraction === ""
  return `${sign === "-" && !isZero ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
}

/** Integer satang, rounded half-up (away from zero): "1290.505" → 129051n. */
export function toSatang(value: DecimalInput): bigint {
  const decimal = toDecimalString(value)
  const negative = decimal.startsWith("-")
  const [whole, fraction = ""] = (negative ? decimal.slice(1) : decimal).split(".")
  const padded = fraction.padEnd(3, "0")
  let satang = BigInt(whole) * 100n + BigInt(padded.slice(0, 2))
  if (padded[2] >= "5") satang += 1n
  return negative ? -satang : satang
}

/** "1290.50" for 129050n. */
export function satangToDecimalString(satang: bigint): string {
  const negative = satang < 0n
  const magnitude = negative ? -satang : satang
  const whole = magnitude / 100n
  const fraction = (magnitude % 100n).toString().padStart(2, "0")
  return `${negative ? "-" : ""}${whole}.${fraction}`
}

/** The amount rounded to satang, as a decimal string with two decimals. */
export function roundToSatang(value: DecimalInput): string {
  return satangToDecimalString(toSatang(value))
}

const formatters = new Map<AppLocale, Intl.NumberFormat>()

function currencyFormatter(locale: AppLocale): Intl.NumberFormat {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      style: "currency",
      currency: "THB",
      currencyDisplay: "narrowSymbol", // "฿" in English too, not "THB"
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(locale, formatter)
  }
  return formatter
}

/**
 * "฿1,290.50" in both languages. The exact decimal string goes to Intl.NumberFormat,
 * which formats numeric strings as exact decimals (no conversion to a double).
 */
export function formatTHB(value: DecimalInput, locale: AppLocale): string {
  const decimal = roundToSatang(value) as Intl.StringNumericLiteral
  return currencyFormatter(locale).format(decimal)
}

/** -1, 0 or 1, comparing amounts exactly. */
export function compareAmounts(a: DecimalInput, b: DecimalInput): number {
  const difference = toSatang(a) - toSatang(b)
  return difference === 0n ? 0 : difference < 0n ? -1 : 1
}
