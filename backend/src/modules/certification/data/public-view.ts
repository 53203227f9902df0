import { SCHEME_BY_CODE } from "./schemes"

/** A certification as buyers see it: display number, expiry, the issuer's look-up, a GI's name. */
export type PublicCertification = {
  scheme: string
  number: string | null
  expires_at: string | null
  lookup_url: string | null
  gi_name?: string | null
}

type StoredCertification = {
  scheme: string
  number?: string | null
  expires_at?: Date | string | null
  details?: unknown
}

/** Verified and not expired at `at`: the only certifications shown as badges. */
export function isCurrent(certification: { status?: string; expires_at?: Date | string | null }, at = new Date()): boolean {
  if (certification.status !== undefined && certification.status !== "verified") return false
  return !certification.expires_at || new Date(certification.expires_at) > at
}

/** The public form of a stored certification (pure: used by the catalog rows and the group page). */
export function toPublicCertification(c: StoredCertification): PublicCertification {
  const scheme = SCHEME_BY_CODE.get(c.scheme)
  const number = c.number ? (scheme?.format?.display ? scheme.format.display(c.number) : c.number) : null
  return {
    scheme: c.scheme,
    number,
    expires_at: c.expires_at ? new Date(c.expires_at).toISOString() : null,
    lookup_url: scheme?.lookup_url ? scheme.lookup_url.replace("{number}", encodeURIComponent(c.number ?? "")) : null,
    ...(c.scheme === "gi" ? { gi_name: (c.details as any)?.gi_name ?? null } : {}),
  }
}
