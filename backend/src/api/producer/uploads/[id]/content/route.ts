import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { streamFile } from "../../../../utils/stream-file"
import type { ProducerRequest } from "../../../acting-group"

/** GET /producer/uploads/:id/content: the file of one of the producer's own uploads (documents included). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [upload] = await producers.listProducerUploads({ id: req.params.id })
  const mine =
    upload && (upload.producer_id === req.producer.producer_id || (upload.group_id && upload.group_id === req.producer.group_id))
  if (!mine) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Upload with id: ${req.params.id} was not found`)
  await streamFile(req, res, { file_id: upload.file_id, filename: upload.filename, mime_type: upload.mime_type })
}
