/** Document types a browser may show inline (what the backend accepts as uploads). */
export const INLINE_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"]

/** A filename without path or control characters, never empty. */
export function safeFilename(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? ""
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim()
  return clean || "document"
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), for Thai filenames. */
export function contentDisposition(name: string | null | undefined, inline: boolean): string {
  const filename = safeFilename(name)
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/[%;\\]/g, "_")
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Response headers of a streamed document: known types inline, anything else as a download. */
export function documentHeaders(document: { mime_type: string; filename: string }, contentLength?: string | null): Headers {
  const type = (document.mime_type || "").toLowerCase()
  const inline = INLINE_TYPES.includes(type)
  const headers = new Headers({
    "content-type": inline ? type : "application/octet-stream",
    "content-disposition": contentDisposition(document.filename, inline),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  })
  if (contentLength && /^\d+$/.test(contentLength)) headers.set("content-length", contentLength)
  return headers
}

/** The storefront path of a document (opened in a new tab); the locale picks the login page if the session ended. */
export function documentHref(groupId: string, documentId: string, locale: string): string {
  return `/api/staff/producer-groups/${encodeURIComponent(groupId)}/documents/${encodeURIComponent(documentId)}?locale=${locale}`
}
