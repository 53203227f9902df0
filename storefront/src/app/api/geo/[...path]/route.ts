import { NextResponse, type NextRequest } from "next/server"
import { geoBackendPath } from "@/lib/producer/registration"
import { GeoError, geoFetch, GEO_REVALIDATE_SECONDS } from "@/lib/producer/registration-data"

type RouteContext = { params: Promise<{ path: string[] }> }

/**
 * The browser's way to the store API's Thai geography (the publishable key stays on the server):
 * /api/geo/provinces, /api/geo/provinces/50/districts, /api/geo/districts/5001/subdistricts and
 * /api/geo/subdistricts?postcode=50200. Reference data: cached here and in the browser for a day.
 */
export async function GET(request: NextRequest, { params }: RouteContext) {
  const { path } = await params
  const backendPath = geoBackendPath(path, request.nextUrl.searchParams.get("postcode"))
  if (!backendPath) return NextResponse.json({ message: "Not found" }, { status: 404 })
  try {
    const data = await geoFetch<unknown>(backendPath)
    return NextResponse.json(data, {
      headers: { "cache-control": `public, max-age=${GEO_REVALIDATE_SECONDS}, stale-while-revalidate=604800` },
    })
  } catch (error) {
    if (error instanceof GeoError && error.status === 404) {
      return NextResponse.json({ message: "Not found" }, { status: 404, headers: { "cache-control": "public, max-age=3600" } })
    }
    console.error("[storefront] geo:", error instanceof Error ? error.message : error)
    return NextResponse.json({ message: "Geography is unavailable" }, { status: 502 })
  }
}
