import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const uploadProducerFilesWorkflowId = "upload-producer-files"

export type UploadProducerFilesInput = {
  producer_id: string
  group_id: string | null
  /** Documents are stored privately (never served statically); pictures are public. */
  purpose: "picture" | "document"
  files: { filename: string; mime_type: string; size: number; content: string /* base64 */ }[]
}

const recordUploadsStep = createStep(
  "record-producer-uploads",
  async (
    input: {
      producer_id: string
      group_id: string | null
      purpose: "picture" | "document"
      stored: { id: string; url: string }[]
      files: UploadProducerFilesInput["files"]
    },
    { container }
  ) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const uploads = await producers.createProducerUploads(
      input.stored.map((f, i) => ({
        producer_id: input.producer_id,
        group_id: input.group_id,
        file_id: f.id,
        url: f.url,
        filename: input.files[i].filename,
        mime_type: input.files[i].mime_type,
        size: input.files[i].size,
        purpose: input.purpose,
      }))
    )
    return new StepResponse(uploads, uploads.map((u) => u.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(PRODUCER_MODULE) as ProducerModuleService).deleteProducerUploads(ids)
  }
)

/** Stores files through Medusa's File module and records who uploaded them for which group. */
export const uploadProducerFilesWorkflow = createWorkflow(uploadProducerFilesWorkflowId, (input: UploadProducerFilesInput) => {
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map((f) => ({ filename: f.filename, mimeType: f.mime_type, content: f.content, access: input.purpose === "document" ? ("private" as const) : ("public" as const) })),
    })),
  })
  const uploads = recordUploadsStep({ producer_id: input.producer_id, group_id: input.group_id, purpose: input.purpose, stored, files: input.files })
  return new WorkflowResponse(uploads)
})
