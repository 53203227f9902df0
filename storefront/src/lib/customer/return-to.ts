/**
 * Where the sign-in page may send a customer back to: only account pages, the cart and the
 * checkout of this site, so a crafted link (?next=https://evil.example or //evil.example) cannot
 * lead elsewhere.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/account"
  // Without a locale prefix: next-intl's redirect adds the page's own.
  const path = value.replace(/^\/(th|en)(?=\/|$)/, "")
  if (!/^\/(account|cart|checkout)(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_=&%\-.]*)?$/.test(path)) return "/account"
  if (path.includes("//") || /^\/account\/(login|register)\b/.test(path)) return "/account"
  return path
}
