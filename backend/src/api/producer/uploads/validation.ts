import { MedusaError } from "@medusajs/framework/utils"

/** What producers may upload: documents and pictures, each at most 5 MB. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024
export const UPLOAD_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
}

export type IncomingFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }

/** Refuses a file of the wrong type or size with a message that names it. */
export function assertUploadAllowed(file: IncomingFile) {
  if (!UPLOAD_TYPES[file.mimetype]) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: '${utf8Filename(file.originalname)}' is ${file.mimetype || "of an unknown type"}; allowed are PDF, JPEG, PNG and WebP`
    )
  }
  if (file.size > UPLOAD_MAX_BYTES) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: '${utf8Filename(file.originalname)}' is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`
    )
  }
}

/** Multer (busboy) reads multipart file names as latin1; browsers send UTF-8 (Thai names). */
export function utf8Filename(name: string): string {
  const decoded = Buffer.from(name, "latin1").toString("utf8")
  return decoded.includes("\uFFFD") ? name : decoded
}
