import "server-only"
import { headers } from "next/headers"

/**
 * Options of every session cookie (producer, staff, customer): httpOnly so scripts never see the
 * token, SameSite=Lax, Secure when the request came over HTTPS (a proxy says so).
 */
export async function sessionCookieOptions(maxAgeSeconds: number) {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: proto === "https",
    path: "/",
    maxAge: maxAgeSeconds,
  }
}
