import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadProducerFilesWorkflow } from "../../../workflows/producer/upload-producer-files"
import type { ProducerRequest } from "../acting-group"
import { assertUploadAllowed, type IncomingFile, utf8Filename } from "./validation"

/**
 * POST /producer/uploads (multipart, field `files`; field `purpose`: `picture` (default, public:
 * product photos, logos) or `document` (private: registration and certification documents)).
 * Every file is checked before any is stored, so a bad file stores nothing.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const files = ((req as any).files ?? []) as IncomingFile[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: no file was sent (multipart field 'files')")
  files.forEach(assertUploadAllowed)
  const purpose = (req.body as any)?.purpose ?? "picture"
  if (purpose !== "picture" && purpose !== "document") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "purpose: 'picture' (public) or 'document' (private)")
  }
  const { result } = await uploadProducerFilesWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      group_id: req.producer.group_id,
      purpose,
      files: files.map((f) => ({ filename: utf8Filename(f.originalname), mime_type: f.mimetype, size: f.size, content: f.buffer.toString("base64") })),
    },
  })
  res.status(201).json({ uploads: result })
}

