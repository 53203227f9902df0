import { NextResponse, type NextRequest } from "next/server"
import { backendUrl } from "@/lib/producer/api"
import { staffToken } from "@/lib/staff/session"
import { checkCsvFile, importErrorKey, validateRoundBe, type ImportAnswer } from "@/lib/staff/trust"
import type { GradeImportResult } from "@/lib/staff/trust-types"

export const dynamic = "force-dynamic"

// A whole province's round is applied in one transaction: give it more time than a page's call.
const IMPORT_TIMEOUT_MS = 120_000

/** A cross-site page must not import with the officer's cookie. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * POST /api/staff/grades/import (multipart: `file`, `round_be`, `dry_run`): CDD's open-data CSV,
 * passed on to the backend's POST /staff/grades/import with the officer's token. A route handler
 * rather than a server action so that the browser can show upload progress.
 */
export async function POST(request: NextRequest) {
  const answer = (body: ImportAnswer, status: number) => NextResponse.json(body, { status, headers: { "cache-control": "no-store" } })
  if (!sameOrigin(request)) return answer({ error: "session" }, 403)
  const token = await staffToken()
  if (!token) return answer({ error: "session" }, 401)

  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return answer({ error: "fileRequired" }, 400)
  }
  const file = form.get("file")
  const round = String(form.get("round_be") ?? "").trim()
  const dryRun = form.get("dry_run") === "false" ? "false" : "true" // a preview unless asked to apply
  const fileError = checkCsvFile(file instanceof File ? file : null)
  if (fileError || !(file instanceof File)) return answer({ error: fileError ?? "fileRequired" }, 400)
  const roundError = validateRoundBe(round)
  if (roundError) return answer({ error: roundError }, 400)

  const upload = new FormData()
  upload.append("file", file, file.name)
  upload.append("round_be", round)
  upload.append("dry_run", dryRun)
  let response: Response
  try {
    response = await fetch(`${backendUrl()}/staff/grades/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      body: upload,
      cache: "no-store",
      signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
    })
  } catch (error) {
    console.error("[storefront] staff grade import:", error instanceof Error ? error.message : error)
    return answer({ error: "unavailable" }, 502)
  }
  const data = (await response.json().catch(() => null)) as (GradeImportResult & { message?: string }) | null
  if (response.ok && data && Array.isArray(data.applied)) return answer({ result: data }, 200)
  const message = typeof data?.message === "string" ? data.message : `HTTP ${response.status}`
  if (response.status >= 500 || !data) console.error(`[storefront] staff grade import: HTTP ${response.status} ${message}`)
  return answer({ error: importErrorKey(response.status, message), message }, response.status >= 500 ? 502 : response.status)
}
