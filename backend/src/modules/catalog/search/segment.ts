/**
 * Thai word segmentation for search. Thai is written without spaces between words, and both
 * PostgreSQL's text parsers and Meilisearch's dictionary segmenter keep compounds such as ผ้าไหม
 * ("silk cloth") as one token, so a search for ไหม ("silk") misses them. We segment with the ICU
 * dictionary behind Intl.Segmenter, finer-grained (ผ้า | ไหม), and index the words space-joined;
 * the query is segmented the same way, so both sides agree on the word boundaries.
 *
 * The ICU version decides the boundaries: after a Node upgrade, rebuild the search index
 * (src/scripts/reindex-search.ts) so documents and queries are cut by the same dictionary.
 */
// Intl.Segmenter is in Node since 16 but in TypeScript's lib only from ES2022 (we target ES2021).
type WordSegmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> }
const thaiWords: WordSegmenter = new (Intl as any).Segmenter("th", { granularity: "word" })

/**
 * NFC, plus sara am typed as its two parts (nikhahit + sara aa, common on phone keyboards), which
 * Unicode normalisation does not compose but which ICU's dictionary only knows as one letter.
 */
export function normaliseThai(text: string): string {
  return text.normalize("NFC").replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, "$1\u0E33")
}

/** The words of `text` (punctuation and spaces dropped), in order. Latin words come through unchanged. */
export function words(text: string | null | undefined): string[] {
  if (!text) return []
  const out: string[] = []
  for (const s of thaiWords.segment(normaliseThai(text))) if (s.isWordLike) out.push(s.segment)
  return out
}

/** `text` as space-separated words (what the `*_seg` fields hold and what the query becomes). */
export function segmentThai(text: string | null | undefined): string {
  return words(text).join(" ")
}

/** The ICU version the segmentation comes from (logged by the reindex). */
export const SEGMENTER_ICU = process.versions.icu ?? "unknown"

const THAI = /[\u0E00-\u0E7F]/
const LATIN = /[A-Za-z]/

/** Meilisearch locales of a query: Thai and/or English by the scripts it contains, none if neither. */
export function queryLocales(text: string): ("tha" | "eng")[] {
  const locales: ("tha" | "eng")[] = []
  if (THAI.test(text)) locales.push("tha")
  if (LATIN.test(text)) locales.push("eng")
  return locales
}
