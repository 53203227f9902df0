import { cookies } from "next/headers"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { backendUrl } from "@/lib/producer/api"
import { withBom } from "@/lib/producer/manage"
import { GROUP_COOKIE, TOKEN_COOKIE } from "@/lib/producer/session"

export const dynamic = "force-dynamic"

const FILENAME = "otop-products-template.csv"

/**
 * GET /api/producer/import-template?locale=th: the backend's CSV template fetched with the
 * producer's token (httpOnly cookie), handed to the browser as a file download. The bytes are
 * passed through untouched (never decoded to text, which would drop the BOM).
 */
export async function GET(request: NextRequest) {
  const requested = request.nextUrl.searchParams.get("locale") ?? ""
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale
  const login = new URL(`/${locale}/producer/login`, request.nextUrl)
  const store = await cookies()
  const token = store.get(TOKEN_COOKIE)?.value
  if (!token) return NextResponse.redirect(login, 303)

  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "text/csv" }
  const groupId = store.get(GROUP_COOKIE)?.value
  if (groupId) headers["x-producer-group-id"] = groupId
  let response: Response
  try {
    response = await fetch(`${backendUrl()}/producer/products/import`, {
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    console.error("[storefront] producer import template:", error instanceof Error ? error.message : error)
    return new NextResponse("The template cannot be downloaded right now.", { status: 502 })
  }
  if (response.status === 401) return NextResponse.redirect(login, 303)
  if (!response.ok) {
    return new NextResponse(`The template cannot be downloaded (HTTP ${response.status}).`, { status: response.status === 404 ? 404 : 502 })
  }
  const bytes = withBom(new Uint8Array(await response.arrayBuffer()))
  return new NextResponse(bytes as BodyInit, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${FILENAME}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
