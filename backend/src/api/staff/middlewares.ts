import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { loadStaffScope } from "./staff-scope"

const receiveCsv = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1 } }).single("file")

/** CDD's open-data CSV of a selection round (≤ 5 MB), with multer's errors as 400s that say why. */
function uploadCsv(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receiveCsv(req as any, res as any, (err: any) => {
    if (!err) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, err.code === "LIMIT_FILE_SIZE" ? "file: larger than the 5 MB limit" : `file: ${err.message}`))
  })
}

// CDD staff sign in as their own actor type; their scope (national or provinces) limits every route.
export const staffMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/staff(\/.*)?$/, middlewares: [authenticate("cdd_staff", ["bearer", "session"]), loadStaffScope] },
  { matcher: "/staff/grades/import", method: ["POST"], middlewares: [uploadCsv] },
]
