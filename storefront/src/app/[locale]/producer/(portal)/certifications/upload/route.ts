import { documentUploadHandler } from "@/lib/producer/document-upload"

/** A certificate's document, a private upload of the acting group. */
export const POST = documentUploadHandler({ fallbackName: "certificate", forActingGroup: true, label: "certificate upload" })
