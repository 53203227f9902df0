import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { submitCertificationWorkflow, type SubmitCertificationInput } from "./submit-certification"

export const addCertificationByOperatorWorkflowId = "add-certification-by-operator"

export type AddCertificationByOperatorInput = Omit<SubmitCertificationInput, "document" | "submitted_by"> & {
  /** The certificate's scan, stored privately (only staff and operators stream it). */
  document?: { filename: string; mime_type: string; content: string /* base64 */ } | null
  /** The operator (Medusa admin user) who added it. */
  operator_id: string
}

/**
 * A platform operator adds a certification to a product from the Medusa admin, with the
 * certificate's scan if they have one. The same rules as a producer's claim apply (scheme, number
 * format, dates; without a document it is a draft); a refused claim leaves no stored file behind.
 */
export const addCertificationByOperatorWorkflow = createWorkflow(addCertificationByOperatorWorkflowId, (input: AddCertificationByOperatorInput) => {
  const stored = uploadFilesStep(
    transform({ input }, ({ input }) => ({
      files: input.document
        ? [{ filename: input.document.filename, mimeType: input.document.mime_type, content: input.document.content, access: "private" as const }]
        : [],
    }))
  )
  const certification = submitCertificationWorkflow.runAsStep({
    input: transform({ input, stored }, ({ input, stored }): SubmitCertificationInput => {
      const { document, operator_id, ...claim } = input
      const file = stored[0]
      return {
        ...claim,
        document: document && file ? { file_id: file.id, url: file.url, filename: document.filename, mime_type: document.mime_type } : null,
        submitted_by: operator_id,
      }
    }),
  })
  return new WorkflowResponse(certification)
})
