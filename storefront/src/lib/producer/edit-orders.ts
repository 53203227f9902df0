/**
 * Cancelling a group's unshipped order lines (POST /producer/orders/:id/cancellations): the lines
 * that can still be cancelled, the form's validation (message keys of Edit.cancel.errors.*), the
 * reason text the buyer reads, and known backend failures. Pure functions.
 */
import type { ProducerOrderItem } from "./types"

/** Common reasons, offered first; "other" needs the producer's own words. */
export const CANCEL_REASONS = ["outOfMaterial", "outOfStock", "cannotDeliver", "buyerAsked", "other"] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]

export const REASON_MIN = 3
export const REASON_MAX = 500

export type CancelErrorKey = "reasonRequired" | "detailsRequired" | "tooLong" | "linesRequired" | "quantity"

export type CancelFormState = {
  ok?: boolean
  fieldErrors?: Partial<Record<"reason" | "details" | "lines", CancelErrorKey>>
  errorKey?: "unavailable" | "notFound" | "alreadyCancelled" | "nothingLeft" | "shipped"
  apiError?: string
}

export type OpenLine = { id: string; title: string; left: number; thumbnail: string | null }

/** The lines with something not yet shipped, and how much of each. */
export function openLines(items: ProducerOrderItem[]): OpenLine[] {
  return items
    .map((item) => ({
      id: item.id,
      title: item.title,
      thumbnail: item.thumbnail,
      left: Math.max(0, Number(item.quantity) - Number(item.detail?.fulfilled_quantity ?? 0)),
    }))
    .filter((line) => Number.isFinite(line.left) && line.left > 0)
}

export function isCancelReason(value: unknown): value is CancelReason {
  return CANCEL_REASONS.includes(value as CancelReason)
}

export type CancelValues = {
  orderId: string
  reason: string
  details: string
  /** Chosen lines with the quantity to cancel (text as typed). */
  lines: { id: string; quantity: string }[]
}

/** Reads the cancel form: checkboxes "line" (line ids) and "quantity.<line id>". */
export function readCancelForm(form: FormData): CancelValues {
  const lineIds = form.getAll("line").map(String).filter(Boolean)
  return {
    orderId: String(form.get("order_id") ?? ""),
    reason: String(form.get("reason") ?? ""),
    details: String(form.get("details") ?? "").trim(),
    lines: [...new Set(lineIds)].map((id) => ({ id, quantity: String(form.get(`quantity.${id}`) ?? "").trim() })),
  }
}

export function validateCancel(values: CancelValues, open: OpenLine[]): CancelFormState["fieldErrors"] {
  const errors: NonNullable<CancelFormState["fieldErrors"]> = {}
  if (!isCancelReason(values.reason)) errors.reason = "reasonRequired"
  else if (values.reason === "other" && values.details.length < REASON_MIN) errors.details = "detailsRequired"
  if (values.details.length > REASON_MAX - 80) errors.details = "tooLong"
  const left = new Map(open.map((line) => [line.id, line.left]))
  if (!values.lines.length) errors.lines = "linesRequired"
  for (const line of values.lines) {
    const max = left.get(line.id)
    const quantity = /^\d{1,6}$/.test(line.quantity) ? Number.parseInt(line.quantity, 10) : NaN
    if (max === undefined) errors.lines = "linesRequired"
    else if (!(quantity >= 1 && quantity <= max)) errors.lines = "quantity"
  }
  return errors
}

/**
 * The body's `items`: undefined when every open line is cancelled in full (the backend then
 * cancels all the group's unshipped lines), else the chosen lines and quantities.
 */
export function cancelItems(values: CancelValues, open: OpenLine[]): { id: string; quantity: number }[] | undefined {
  const items = values.lines.map((line) => ({ id: line.id, quantity: Number.parseInt(line.quantity, 10) }))
  const all = open.every((line) => items.some((item) => item.id === line.id && item.quantity === line.left))
  return all && items.length === open.length ? undefined : items
}

/** The reason the buyer reads: "ขาดวัตถุดิบ / Out of raw material: details", or the producer's own words. */
export function cancelReasonText(reason: CancelReason, details: string, labels: { th: string; en: string }): string {
  const text = reason === "other" ? details : `${labels.th} / ${labels.en}${details ? `: ${details}` : ""}`
  return text.slice(0, REASON_MAX)
}

/** A known failure of the cancellation route as a message key, or null. */
export function cancelApiErrorKey(status: number, message: string): CancelFormState["errorKey"] | null {
  if (status === 404 && /order with id/i.test(message)) return "notFound"
  if (/already cancell?ed/i.test(message)) return "alreadyCancelled"
  if (/nothing of this order is left/i.test(message)) return "nothingLeft"
  if (/shipped items cannot be cancell?ed|not yet shipped/i.test(message)) return "shipped"
  return null
}
