import type { AppLocale } from "@/i18n/routing"
import { provinceName } from "@/lib/provinces"
import type { ListParam } from "./params"
import type { Certification, Scheme, Term, Vocabularies } from "./types"

/**
 * Thai and English names of the codes the catalog filters on. Vocabularies and certification
 * schemes come from the backend (data that grows without a code change); an unknown code is
 * shown as it is rather than hidden.
 */

export function termLabel(terms: Term[], code: string, locale: AppLocale): string {
  return terms.find((term) => term.code === code)?.[locale] ?? code
}

export function schemeLabel(schemes: Scheme[], code: string, locale: AppLocale): string {
  return schemes.find((scheme) => scheme.code === code)?.label[locale] ?? code
}

export function issuerName(schemes: Scheme[], code: string, locale: AppLocale): string | null {
  return schemes.find((scheme) => scheme.code === code)?.issuer[locale] ?? null
}

export type LabelContext = {
  locale: AppLocale
  vocabularies: Vocabularies
  /** Category handle → name in the reader's language. */
  categoryNames: Record<string, string>
  /** Region code → name in the reader's language. */
  regionNames: Record<string, string>
}

/** The label of one value of a list filter, in the reader's language. */
export function facetValueLabel(param: ListParam, value: string, context: LabelContext): string {
  const { locale, vocabularies } = context
  switch (param) {
    case "category":
      return context.categoryNames[value] ?? value
    case "region":
      return context.regionNames[value] ?? value
    case "province":
      return provinceName(value, locale) ?? value
    case "cert":
      return schemeLabel(vocabularies.schemes, value, locale)
    case "fiber":
      return termLabel(vocabularies.fiber, value, locale)
    case "technique":
      return termLabel(vocabularies.technique, value, locale)
    case "dye":
      return termLabel(vocabularies.dye, value, locale)
    case "soft_power":
      return termLabel(vocabularies.softPower, value, locale)
  }
}

/** The year of a selection round as the reader counts years: 2567 (th, Buddhist era) or 2024 (en). */
export function roundYear(roundBe: number, locale: AppLocale): number {
  return locale === "th" ? roundBe : roundBe - 543
}

/**
 * Badges a buyer may see: verified and not expired at `now`. The API already sends only those;
 * a cached page can outlive an expiry day, so the page checks again when it renders.
 */
export function visibleCertifications(certifications: Certification[], now: Date = new Date()): Certification[] {
  return certifications.filter((c) => c.verified && (!c.expiresAt || new Date(c.expiresAt).getTime() > now.getTime()))
}
