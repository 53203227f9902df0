import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { UPLOAD_MAX_BYTES } from "../../producer/uploads/validation"

const receiveDocument = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }).single("document")

/** The certificate scan of an operator's certification (multipart field `document`); multer's refusals become 400s. */
function certificateDocument(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receiveDocument(req as any, res as any, (err: any) => {
    if (!err) return next()
    const message =
      err.code === "LIMIT_FILE_SIZE"
        ? `document: the file is larger than the ${UPLOAD_MAX_BYTES / 1024 / 1024} MB limit`
        : err.code === "LIMIT_UNEXPECTED_FILE" || err.code === "LIMIT_FILE_COUNT"
          ? "document: send one file in the multipart field 'document'"
          : `document: ${err.message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

// Medusa authenticates every /admin route as a `user` already; only the upload needs a parser.
export const adminProductTrustMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/products/:id/trust/certifications", method: ["POST"], middlewares: [certificateDocument] },
]
