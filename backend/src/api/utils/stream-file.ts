import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Streams a stored file (private documents included) to an authorised caller: shown inline for
 * PDFs and pictures, never cached by shared caches, never sniffed into another type.
 */
export async function streamFile(req: MedusaRequest, res: MedusaResponse, file: { file_id: string; filename: string; mime_type: string | null }) {
  const files = req.scope.resolve(Modules.FILE)
  const stream = await files.getDownloadStream(file.file_id)
  const type = file.mime_type || "application/octet-stream"
  const inline = /^(application\/pdf|image\/(png|jpeg|webp))$/.test(type)
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Disposition", `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject)
    stream.on("end", () => resolve())
    stream.pipe(res)
  })
}
