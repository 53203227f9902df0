/**
 * Grows (or shrinks back) the catalog read model of a bench database to `size` rows, for
 * bench/catalog.mjs: `cd backend && npx medusa exec ../bench/grow-catalog.ts 176622`.
 *
 * Seeding real products through Medusa's workflows costs ~80 ms each on a shared 2-core machine
 * (20,000 took 27 min), so beyond the real products the read model gets synthetic rows: copies of
 * the real rows (same mix of categories, provinces, grades, certifications, fabric and ratings)
 * under new product ids. GET /store/catalog reads only the read model, so it sees a catalog of
 * `size` products; the stock /store/products keeps seeing the real ones.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../backend/src/modules/catalog"

const SYNTHETIC = "bsyn_"

export default async function growCatalog({ container, args }: ExecArgs) {
  const size = Number(args?.[0])
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const t0 = Date.now()
  await pg.raw(`delete from catalog_entry where product_id like '${SYNTHETIC}%'`)
  const real = Number((await pg.raw(`select count(*)::int as n from catalog_entry where deleted_at is null`)).rows[0].n)
  const extra = Math.max(0, size - real)
  if (extra) {
    const columns = (await pg.raw(
      `select column_name from information_schema.columns where table_name = 'catalog_entry' and column_name not in ('id', 'seq', 'product_id', 'handle', 'title_th', 'title_en', 'search', 'product_created_at', 'created_at', 'updated_at', 'deleted_at') order by ordinal_position`
    )).rows.map((r: { column_name: string }) => r.column_name)
    // In slices, so that progress shows and no single statement holds everything.
    for (let from = 1; from <= extra; from += 20000) {
      const to = Math.min(extra, from + 19999)
      await pg.raw(
        `with src as (select row_number() over (order by product_id) - 1 as rn, * from catalog_entry where product_id not like '${SYNTHETIC}%')
         insert into catalog_entry (id, product_id, handle, title_th, title_en, search, product_created_at, created_at, updated_at, ${columns.join(", ")})
         select 'catent_syn_' || g, '${SYNTHETIC}' || g, 'bench-syn-' || g, src.title_th || ' ' || g, src.title_en || ' ' || g,
                src.search || ' ' || g, src.product_created_at - make_interval(secs => g), now(), now(), ${columns.map((c) => `src.${c}`).join(", ")}
           from generate_series(?::int, ?::int) as g join src on src.rn = g % ?`,
        [from, to, real]
      )
      logger.info(`[bench] synthetic catalog rows ${to}/${extra}`)
    }
  }
  const catalog: any = container.resolve(CATALOG_MODULE)
  await catalog.rebuildFacetSummary()
  await pg.raw(`vacuum analyze catalog_entry`)
  await pg.raw(`vacuum analyze catalog_facet_count`)
  logger.info(`[bench] catalog read model: ${real} real + ${extra} synthetic rows, facet summary recounted, in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}
