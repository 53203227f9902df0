import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { resolveActingGroup } from "./acting-group"
import { UPLOAD_MAX_BYTES } from "./uploads/validation"

const receiveCsv = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024, files: 1 } }).single("file")
const receiveFiles = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD_MAX_BYTES, files: 10 } }).array("files")

/** Multipart uploads, with multer's own errors (too big, too many) turned into 400s that say why. */
const uploadFiles = multipart(receiveFiles, "files", UPLOAD_MAX_BYTES)
const uploadCsv = multipart(receiveCsv, "file", 2 * 1024 * 1024)

function multipart(receive: typeof receiveFiles, field: string, maxBytes: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => receive(req as any, res as any, (err: any) => {
    if (!err) return next()
    const message =
      err.code === "LIMIT_FILE_SIZE"
        ? `${field}: a file is larger than the ${maxBytes / 1024 / 1024} MB limit`
        : err.code === "LIMIT_FILE_COUNT"
          ? `${field}: too many files at a time`
          : `${field}: ${err.message}`
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
  { matcher: "/producer/products/import", method: ["POST"], middlewares: [uploadCsv] },
]
