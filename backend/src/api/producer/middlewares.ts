import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { resolveActingGroup } from "./acting-group"
import { UPLOAD_MAX_BYTES } from "./uploads/validation"

const receiveFiles = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD_MAX_BYTES, files: 10 } }).array("files")

/** Multipart uploads, with multer's own errors (too big, too many) turned into 400s that say why. */
function uploadFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receiveFiles(req as any, res as any, (err: any) => {
    if (!err) return next()
    const message =
      err.code === "LIMIT_FILE_SIZE"
        ? `files: a file is larger than the ${UPLOAD_MAX_BYTES / 1024 / 1024} MB limit`
        : err.code === "LIMIT_FILE_COUNT"
          ? "files: at most 10 files at a time"
          : `files: ${err.message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

// Producers sign in as their own actor type; every /producer route acts for one of their groups.
export const producerMiddlewares: MiddlewareRoute[] = [
  {
    // Registration: an email/password identity without a producer yet.
    matcher: "/producer/account",
    method: ["POST"],
    middlewares: [authenticate("producer", ["bearer", "session"], { allowUnregistered: true })],
  },
  {
    matcher: /^\/producer(?!\/account$)(\/.*)?$/,
    middlewares: [authenticate("producer", ["bearer", "session"]), resolveActingGroup],
  },
  { matcher: "/producer/uploads", method: ["POST"], middlewares: [uploadFiles] },
]
