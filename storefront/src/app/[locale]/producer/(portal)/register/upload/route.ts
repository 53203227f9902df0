import { documentUploadHandler } from "@/lib/producer/document-upload"

/** One registration document (ID card, house registration…): it belongs to the producer, as a new registration has no group yet. */
export const POST = documentUploadHandler({ fallbackName: "document", forActingGroup: false, label: "producer registration upload" })
