/** Errors from the Store API: logged on the server, while the visitor gets a friendly message. */

export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

/** Logs why the catalog could not be loaded (server side only; the visitor sees a friendly message). */
export function logStoreError(context: string, error: unknown): void {
  const status = httpStatusOf(error)
  const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
  console.error(`[storefront] ${context}: ${status ? `HTTP ${status} ` : ""}${cause}`)
}
