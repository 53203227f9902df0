import "server-only"
import { NextResponse, type NextRequest } from "next/server"
import { producerFetch, ProducerApiError } from "@/lib/producer/api"
import { checkUploadFile, mapUploadApiError, type UploadAnswer } from "@/lib/producer/registration"
import { GROUP_COOKIE, TOKEN_COOKIE } from "@/lib/producer/session"

/** A cross-site page must not upload with the producer's cookie. */
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

type DocumentUploadOptions = {
  /** File name when the browser sends none. */
  fallbackName: string
  /** Upload for the acting group (certificates) rather than the producer alone (a new registration). */
  forActingGroup: boolean
  /** Names the upload in the server log. */
  label: string
}

/**
 * A route handler (multipart, field `file`) that passes one private document (≤ 5 MB) on to the
 * backend's POST /producer/uploads with the producer's session. Route handlers rather than server
 * actions so that the browser can show the upload's progress.
 */
export function documentUploadHandler({ fallbackName, forActingGroup, label }: DocumentUploadOptions) {
  return async function POST(request: NextRequest) {
    const answer = (body: UploadAnswer, status: number) => NextResponse.json(body, { status, headers: { "cache-control": "no-store" } })
    if (!sameOrigin(request)) return answer({ error: "session" }, 403)
    const token = request.cookies.get(TOKEN_COOKIE)?.value
    if (!token) return answer({ error: "session" }, 401)

    let file: FormDataEntryValue | null
    try {
      file = (await request.formData()).get("file")
    } catch {
      return answer({ error: "required" }, 400)
    }
    if (!(file instanceof File) || file.size === 0) return answer({ error: "required" }, 400)
    const refused = checkUploadFile(file)
    if (refused) return answer({ error: refused }, 400)

    const upload = new FormData()
    upload.append("files", file, file.name || fallbackName)
    upload.append("purpose", "document") // private: seen by the group (or the registering producer) and staff only
    try {
      const { uploads } = await producerFetch<{ uploads: { id: string; filename?: string }[] }>("/producer/uploads", {
        method: "POST",
        token,
        ...(forActingGroup ? { groupId: request.cookies.get(GROUP_COOKIE)?.value ?? null } : {}),
        body: upload,
      })
      const [stored] = uploads
      if (!stored) return answer({ error: "unavailable" }, 502)
      return answer({ upload: { id: stored.id, filename: stored.filename ?? file.name } }, 201)
    } catch (error) {
      if (error instanceof ProducerApiError && error.status === 401) return answer({ error: "session" }, 401)
      if (error instanceof ProducerApiError && error.status < 500) {
        return answer({ error: mapUploadApiError(error.message) ?? "uploadFailed", message: error.message }, 400)
      }
      console.error(`[storefront] ${label}:`, error instanceof Error ? error.message : error)
      return answer({ error: "unavailable" }, 502)
    }
  }
}
