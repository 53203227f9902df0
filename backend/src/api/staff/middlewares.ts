import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { loadStaffScope } from "./staff-scope"

// CDD staff sign in as their own actor type; their scope (national or provinces) limits every route.
export const staffMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/staff(\/.*)?$/, middlewares: [authenticate("cdd_staff", ["bearer", "session"]), loadStaffScope] },
]
