import "server-only"
import { getTranslations } from "next-intl/server"
import { REGION_CODES } from "@/lib/catalog/params"

/** Region code → name in the reader's language (the catalog's region facet and pages). */
export async function regionNames(): Promise<Record<string, string>> {
  const t = await getTranslations("Catalog")
  return Object.fromEntries(REGION_CODES.map((code) => [code, t(`regions.${code}`)]))
}
