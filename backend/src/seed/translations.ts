import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateTranslationsWorkflow } from "@medusajs/medusa/core-flows"

export const ENGLISH = "en-US"

export type EnglishTranslation = { reference: string; reference_id: string; en: Record<string, string | null | undefined> }

/**
 * Thai is the base content; English lives in the Translation Module. Creates the English
 * translation of each record, or updates it when it exists (one translation per record and locale).
 */
export async function upsertTranslations(container: MedusaContainer, items: EnglishTranslation[]) {
  if (!items.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "translation",
    fields: ["id", "reference_id", "locale_code"],
    filters: { reference_id: items.map((i) => i.reference_id), locale_code: ENGLISH },
  })
  const idByRef = new Map(existing.map((t) => [t.reference_id, t.id]))
  const clean = (t: EnglishTranslation["en"]) => Object.fromEntries(Object.entries(t).filter(([, v]) => v != null && v !== ""))

  const create = items.filter((i) => !idByRef.has(i.reference_id))
  const update = items.filter((i) => idByRef.has(i.reference_id))
  if (create.length) {
    await createTranslationsWorkflow(container).run({
      input: {
        translations: create.map((i) => ({
          reference: i.reference,
          reference_id: i.reference_id,
          locale_code: ENGLISH,
          translations: clean(i.en),
        })),
      },
    })
  }
  if (update.length) {
    await updateTranslationsWorkflow(container).run({
      input: { translations: update.map((i) => ({ id: idByRef.get(i.reference_id)!, translations: clean(i.en) })) },
    })
  }
}
