import { GROUP_STATUSES, type GroupStatus } from "./types"

/** What a staff officer can do with a registration (POST /staff/producer-groups/:id/<action>). */
export const DECISION_ACTIONS = ["approve", "reject", "suspend", "reinstate"] as const
export type DecisionAction = (typeof DECISION_ACTIONS)[number]

/** The lifecycle (as the backend enforces it): pending → approved | rejected; approved ⇄ suspended. */
export const ACTIONS_FOR_STATUS: Record<GroupStatus, DecisionAction[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  suspended: ["reinstate"],
  rejected: [],
}

/** Rejecting and suspending need a reason (the owners are told it) and a confirmation. */
export function needsReason(action: DecisionAction): boolean {
  return action === "reject" || action === "suspend"
}

export const isDestructive = needsReason

export const REASON_MAX_LENGTH = 2000

export function isDecisionAction(value: unknown): value is DecisionAction {
  return typeof value === "string" && (DECISION_ACTIONS as readonly string[]).includes(value)
}

export function isGroupStatus(value: unknown): value is GroupStatus {
  return typeof value === "string" && (GROUP_STATUSES as readonly string[]).includes(value)
}

export function actionsFor(status: string): DecisionAction[] {
  return isGroupStatus(status) ? ACTIONS_FOR_STATUS[status] : []
}

/** Message keys (Staff.actions.errors.*) of the reason field. */
export type ReasonErrorKey = "reasonRequired" | "reasonTooLong"

export type DecisionState = {
  fieldErrors?: { reason?: ReasonErrorKey }
  /** A known failure, as a message key (Staff.actions.errors.*). */
  errorKey?: "conflict" | "notFound" | "unavailable" | "invalid"
  /** The backend's own message, shown as a detail of an unexpected 4xx. */
  apiError?: string
}

/** The reason field's error for an action, or undefined when the decision can be sent. */
export function validateReason(action: DecisionAction, reason: string): ReasonErrorKey | undefined {
  const trimmed = reason.trim()
  if (needsReason(action) && !trimmed) return "reasonRequired"
  if (trimmed.length > REASON_MAX_LENGTH) return "reasonTooLong"
  return undefined
}

/** Turns a backend error answer of a decision into what the form shows. */
export function decisionErrorState(status: number, message: string): DecisionState {
  if (status === 404) return { errorKey: "notFound" }
  if (status === 400 && /^reason:/i.test(message)) return { fieldErrors: { reason: "reasonRequired" } }
  // "A pending group cannot be suspended; allowed from: approved": someone else decided first.
  if ((status === 400 || status === 409) && /cannot be/i.test(message)) return { errorKey: "conflict" }
  if (status >= 400 && status < 500) return { errorKey: "invalid", apiError: message }
  return { errorKey: "unavailable" }
}

/** The list's filters, read from the page's search params. */
export type ListParams = {
  status: GroupStatus
  q: string
  province: string
  page: number
}

export const LIST_PAGE_SIZE = 20

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ""
}

/**
 * Reads ?status=&q=&province=&page=. Pending is the default tab; a province outside the
 * officer's choices (see provinceChoices) is ignored, so is anything malformed.
 */
export function parseListParams(
  searchParams: Record<string, string | string[] | undefined>,
  provinceOptions: string[],
): ListParams {
  const status = first(searchParams.status)
  const q = first(searchParams.q).trim().slice(0, 100)
  const province = first(searchParams.province)
  const page = Number.parseInt(first(searchParams.page) || "1", 10)
  return {
    status: isGroupStatus(status) ? status : "pending",
    q,
    province: /^\d{2}$/.test(province) && provinceOptions.includes(province) ? province : "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The provinces an officer may filter by: every province for national staff, else their own (when more than one). */
export function provinceChoices(scope: { is_national: boolean; province_codes: string[] | null }, allCodes: string[]): string[] {
  if (scope.is_national) return allCodes
  const own = scope.province_codes ?? []
  return own.length > 1 ? own : []
}

/** The query of a list link: only what differs from the defaults. */
export function listQuery(params: Partial<ListParams>): Record<string, string> {
  const query: Record<string, string> = {}
  if (params.status && params.status !== "pending") query.status = params.status
  if (params.q) query.q = params.q
  if (params.province) query.province = params.province
  if (params.page && params.page > 1) query.page = String(params.page)
  return query
}
