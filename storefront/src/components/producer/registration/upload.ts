import type { UploadAnswer } from "@/lib/producer/registration"

export type UploadHandle = { done: Promise<UploadAnswer>; abort: () => void }
export type UploadFn = (file: File, onProgress: (percent: number) => void) => UploadHandle

/**
 * Sends one file to the registration upload route with XMLHttpRequest (fetch cannot report
 * upload progress). Network failures resolve as { error: "unavailable" }; never rejects.
 */
export function xhrUpload(url: string): UploadFn {
  return (file, onProgress) => {
    const request = new XMLHttpRequest()
    const done = new Promise<UploadAnswer>((resolve) => {
      request.open("POST", url)
      request.responseType = "json"
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)))
      }
      request.onload = () => {
        const body = request.response as UploadAnswer | null
        if (body && ("upload" in body || "error" in body)) resolve(body)
        else resolve({ error: request.status === 401 ? "session" : "unavailable" })
      }
      request.onerror = () => resolve({ error: "unavailable" })
      request.onabort = () => resolve({ error: "uploadFailed" })
      const form = new FormData()
      form.append("file", file, file.name)
      request.send(form)
    })
    return { done, abort: () => request.abort() }
  }
}
