import { hasLocale } from "next-intl"
import type { NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { backendUrl, isUnauthorized, ProducerApiError } from "@/lib/producer/api"
import { documentHeaders } from "@/lib/staff/document"
import { staffToken } from "@/lib/staff/session"
import { getStaffCertification } from "@/lib/staff/trust-data"

export const dynamic = "force-dynamic"

const FILE_TIMEOUT_MS = 30_000

type RouteContext = { params: Promise<{ id: string }> }

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } })
}

/**
 * GET /api/staff/certifications/:id/document: the certificate a producer filed, streamed. The
 * backend is asked with the officer's token (httpOnly cookie, never sent to the browser) whether
 * the certification is in their scope; then it streams the private file, passed on here.
 */
export async function GET(request: NextRequest, { params }: RouteContext) {
  const { id } = await params
  const requested = request.nextUrl.searchParams.get("locale") ?? ""
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const login = () => Response.redirect(new URL(`/${locale}/staff/login`, request.nextUrl), 303)

  const token = await staffToken()
  if (!token) return login()

  let certification
  try {
    certification = await getStaffCertification(token, id)
  } catch (error) {
    if (isUnauthorized(error)) return login()
    if (error instanceof ProducerApiError && error.status < 500) return plain(error.status, error.message)
    console.error("[storefront] staff certification document:", error instanceof Error ? error.message : error)
    return plain(502, "The document cannot be loaded right now")
  }
  if (!certification || !certification.document_file_id) return plain(404, "Not found")

  const source = `${backendUrl()}/staff/certifications/${encodeURIComponent(id)}/document`
  let upstream: Response
  try {
    upstream = await fetch(source, {
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
      signal: AbortSignal.timeout(FILE_TIMEOUT_MS),
    })
  } catch (error) {
    console.error("[storefront] staff certification document file:", error instanceof Error ? error.message : error)
    return plain(502, "The document cannot be loaded right now")
  }
  if (!upstream.ok || !upstream.body) {
    console.error(`[storefront] staff certification document file: HTTP ${upstream.status} for ${certification.id}`)
    return plain(upstream.status === 404 ? 404 : 502, upstream.status === 404 ? "Not found" : "The document cannot be loaded right now")
  }
  const document = {
    filename: certification.document_filename ?? "certificate",
    mime_type: certification.document_mime_type ?? upstream.headers.get("content-type") ?? "",
  }
  return new Response(upstream.body, { status: 200, headers: documentHeaders(document, upstream.headers.get("content-length")) })
}
