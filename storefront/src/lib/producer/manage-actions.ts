"use server"

import { hasLocale } from "next-intl"
import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"
import { isUnauthorized, producerFetch, ProducerApiError } from "./api"
import {
  apiErrorKey,
  CLOSURE_API_FIELDS,
  closurePayload,
  fieldErrorsFromApi,
  hasErrors,
  INVITE_API_FIELDS,
  isMemberRole,
  PAYOUT_API_FIELDS,
  payoutPayload,
  PROFILE_API_FIELDS,
  profilePayload,
  readClosureForm,
  readInviteForm,
  readPayoutForm,
  readProfileForm,
  REOPEN_PAYLOAD,
  validateClosure,
  validateImport,
  validateInvite,
  validatePayout,
  validateProfile,
  type ClosureFormState,
  type ImportFormState,
  type InviteFormState,
  type ManageErrorKey,
  type PayoutFormState,
  type ProfileFormState,
  type RowActionState,
} from "./manage"
import { postProductImport } from "./manage-data"
import { GROUP_COOKIE, TOKEN_COOKIE } from "./session"

function localeOf(form: FormData): AppLocale {
  const locale = String(form.get("locale") ?? "")
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}

async function authOrLogin(locale: AppLocale) {
  const store = await cookies()
  const token = store.get(TOKEN_COOKIE)?.value
  if (!token) return redirect({ href: "/producer/login", locale })
  return { token, groupId: store.get(GROUP_COOKIE)?.value ?? null }
}

function logError(context: string, error: unknown) {
  console.error(`[storefront] producer ${context}:`, error instanceof Error ? error.message : error)
}

type Failure<Field extends string> = {
  errorKey?: RowActionState["errorKey"]
  apiError?: string
  fieldErrors?: Partial<Record<Field, ManageErrorKey>>
}

/**
 * A failed call as form state: 401 → the login page; known failures → a message key; a
 * validation answer → field errors when every part names a field of the form; else the
 * backend's message as a detail.
 */
function failure<Field extends string>(
  locale: AppLocale,
  context: string,
  error: unknown,
  fields?: Record<string, { field: Field; key: ManageErrorKey }>,
): Failure<Field> {
  if (isUnauthorized(error)) return redirect({ href: "/producer/login", locale })
  if (error instanceof ProducerApiError) {
    const key = apiErrorKey(error.status, error.message)
    if (key) {
      if (key === "unavailable") logError(context, error)
      return { errorKey: key }
    }
    const fieldErrors = fields && error.status === 400 ? fieldErrorsFromApi(error.message, fields) : null
    if (fieldErrors) return { fieldErrors }
    return { apiError: error.message }
  }
  logError(context, error)
  return { errorKey: "unavailable" }
}

function refresh() {
  revalidatePath("/[locale]/producer", "layout")
}

// ----- team -----------------------------------------------------------------------------------

export async function inviteMember(_previous: InviteFormState, form: FormData): Promise<InviteFormState> {
  const locale = localeOf(form)
  const values = readInviteForm(form)
  const fieldErrors = validateInvite(values)
  if (hasErrors(fieldErrors)) return { fieldErrors, values }
  const auth = await authOrLogin(locale)
  let joined = false
  try {
    const answer = await producerFetch<{ invite: { email: string }; joined: boolean }>("/producer/team/invites", {
      method: "POST",
      ...auth,
      body: { email: values.email, role: values.role },
    })
    joined = !!answer.joined
  } catch (error) {
    return { ...failure(locale, "invite member", error, INVITE_API_FIELDS), values }
  }
  refresh()
  return { ok: true, invited: { email: values.email, joined } }
}

export async function revokeInvite(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  const locale = localeOf(form)
  const id = String(form.get("invite_id") ?? "")
  const auth = await authOrLogin(locale)
  try {
    await producerFetch(`/producer/team/invites/${encodeURIComponent(id)}`, { method: "DELETE", ...auth })
  } catch (error) {
    return failure(locale, "revoke invite", error)
  }
  refresh()
  return { ok: true }
}

export async function changeMemberRole(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  const locale = localeOf(form)
  const id = String(form.get("member_id") ?? "")
  const role = String(form.get("role") ?? "")
  if (!isMemberRole(role)) return { errorKey: "notFound" }
  const auth = await authOrLogin(locale)
  try {
    await producerFetch(`/producer/team/members/${encodeURIComponent(id)}`, { method: "POST", ...auth, body: { role } })
  } catch (error) {
    return failure(locale, "change member role", error)
  }
  refresh()
  return { ok: true }
}

export async function removeMember(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  const locale = localeOf(form)
  const id = String(form.get("member_id") ?? "")
  const auth = await authOrLogin(locale)
  try {
    await producerFetch(`/producer/team/members/${encodeURIComponent(id)}`, { method: "DELETE", ...auth })
  } catch (error) {
    return failure(locale, "remove member", error)
  }
  refresh()
  return { ok: true }
}

// ----- group settings -------------------------------------------------------------------------

async function postGroup(auth: { token: string; groupId: string | null }, body: Record<string, unknown>) {
  await producerFetch("/producer/group", { method: "POST", ...auth, body })
}

export async function saveProfile(_previous: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const locale = localeOf(form)
  const values = readProfileForm(form)
  const fieldErrors = validateProfile(values)
  if (hasErrors(fieldErrors)) return { fieldErrors, values }
  const auth = await authOrLogin(locale)
  try {
    await postGroup(auth, profilePayload(values))
  } catch (error) {
    return { ...failure(locale, "save group profile", error, PROFILE_API_FIELDS), values }
  }
  refresh()
  return { ok: true }
}

export async function savePayout(_previous: PayoutFormState, form: FormData): Promise<PayoutFormState> {
  const locale = localeOf(form)
  const values = readPayoutForm(form)
  const fieldErrors = validatePayout(values)
  // Never send typed account numbers back to the browser: the form keeps only the harmless fields.
  const safeValues = { ...values, account_number: "", promptpay_id: "" }
  if (hasErrors(fieldErrors)) return { fieldErrors, values: safeValues }
  const auth = await authOrLogin(locale)
  try {
    await postGroup(auth, payoutPayload(values))
  } catch (error) {
    return { ...failure(locale, "save payout details", error, PAYOUT_API_FIELDS), values: safeValues }
  }
  refresh()
  return { ok: true }
}

export async function saveClosure(_previous: ClosureFormState, form: FormData): Promise<ClosureFormState> {
  const locale = localeOf(form)
  const values = readClosureForm(form)
  const fieldErrors = validateClosure(values)
  if (hasErrors(fieldErrors)) return { fieldErrors, values }
  const auth = await authOrLogin(locale)
  try {
    await postGroup(auth, closurePayload(values))
  } catch (error) {
    return { ...failure(locale, "save closure", error, CLOSURE_API_FIELDS), values }
  }
  refresh()
  return { ok: true }
}

export async function reopenGroup(_previous: ClosureFormState, form: FormData): Promise<ClosureFormState> {
  const locale = localeOf(form)
  const auth = await authOrLogin(locale)
  try {
    await postGroup(auth, REOPEN_PAYLOAD)
  } catch (error) {
    return failure(locale, "reopen group", error)
  }
  refresh()
  return { reopened: true }
}

// ----- CSV import -----------------------------------------------------------------------------

export async function importProducts(_previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const locale = localeOf(form)
  const mode = String(form.get("mode") ?? "all")
  const entry = form.get("file")
  const file = entry instanceof File && entry.size > 0 ? entry : null
  const fieldErrors = validateImport(file ? { name: file.name, size: file.size, type: file.type } : null, mode)
  if (hasErrors(fieldErrors) || !file) return { fieldErrors }
  const auth = await authOrLogin(locale)
  try {
    const { answer } = await postProductImport(auth, file, mode)
    if (answer.imported > 0) refresh()
    return { result: { ...answer, fileName: file.name } }
  } catch (error) {
    return failure(locale, "import products", error)
  }
}
