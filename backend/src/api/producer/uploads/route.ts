import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadProducerFilesWorkflow } from "../../../workflows/producer/upload-producer-files"
import type { ProducerRequest } from "../acting-group"
import { assertUploadAllowed, type IncomingFile } from "./validation"

/**
 * POST /producer/uploads (multipart, field `files`): registration documents and pictures.
 * Every file is checked before any is stored, so a bad file stores nothing.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const files = ((req as any).files ?? []) as IncomingFile[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was sent (multipart field 'files')")
  files.forEach(assertUploadAllowed)
  const { result } = await uploadProducerFilesWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      group_id: req.producer.group_id,
      files: files.map((f) => ({ filename: f.originalname, mime_type: f.mimetype, size: f.size, content: f.buffer.toString("base64") })),
    },
  })
  res.status(201).json({ uploads: result })
}
