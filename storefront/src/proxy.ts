import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

// Next 16 calls middleware "proxy". Redirects "/" and any path without a locale to /th/…
export default createMiddleware(routing)

export const config = {
  // Skip API routes, Next internals and anything with a file extension (icon.svg, robots.txt…).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
