import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { CatalogEntry } from "./models/catalog-entry"
import { CatalogFacetCount } from "./models/catalog-facet-count"
import { applyPairsSql, rebuildSummarySql } from "./facet-summary"
import { addMissingValuesSql, applyBitsSql, BITMAP_LOCK, ensureLengthSql, rebuildBitmapsSql } from "./facet-bitmaps"
import type { CatalogRow } from "./types"

// Column name → PostgreSQL type, for the bulk upsert through jsonb_to_recordset (one statement per batch).
const COLUMNS: [keyof CatalogRow, string][] = [
  ["id", "text"], ["product_id", "text"], ["handle", "text"], ["title_th", "text"], ["title_en", "text"],
  ["thumbnail", "text"], ["category", "text"], ["group_id", "text"], ["group_handle", "text"],
  ["group_name_th", "text"], ["group_name_en", "text"], ["province_code", "text"], ["region", "text"],
  ["closed_from", "timestamptz"], ["closed_until", "timestamptz"], ["price_min", "integer"], ["in_stock", "boolean"],
  ["stars", "integer"], ["round_be", "integer"], ["cert_schemes", "text[]"], ["gi", "boolean"],
  ["certifications", "jsonb"], ["fiber", "text"], ["techniques", "text[]"], ["dye", "text"], ["fabric", "jsonb"],
  ["soft_power", "text[]"], ["rating_sum", "integer"], ["rating_count", "integer"], ["rating_score", "integer"],
  ["search", "text"], ["product_created_at", "timestamptz"],
]

/** The store catalog's read model (see models/catalog-entry.ts). */
export default class CatalogModuleService extends MedusaService({ CatalogEntry, CatalogFacetCount }) {
  /** The current rows of these products, as plain rows (kept by the refresh workflow to undo a write). */
  @InjectManager()
  async listRows(productIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<CatalogRow[]> {
    if (!productIds.length) return []
    const cols = COLUMNS.map(([c]) => c).join(", ")
    return await context.manager!.execute(
      `select ${cols} from catalog_entry where deleted_at is null and product_id in (${productIds.map(() => "?").join(", ")})`,
      productIds
    )
  }

  /**
   * Makes the rows of `productIds` exactly `rows`: products of the list without a row are removed
   * from the catalog, the others inserted or replaced, and the facet counts and bitmaps follow.
   * A fixed number of statements whatever the batch size.
   */
  @InjectTransactionManager()
  async replaceRows(productIds: string[], rows: CatalogRow[], @MedusaContext() context: Context<EntityManager> = {}) {
    const manager = context.transactionManager!
    const ids = [...new Set([...productIds, ...rows.map((r) => r.product_id)])].sort()
    if (!ids.length) return
    // Writers take turns: two writers of one product would both subtract its old row from the
    // facet counts, and a bitmap growth must not race a bit change. Catalog writes are small and
    // rare next to reads, which take no lock.
    await manager.execute(`select pg_advisory_xact_lock(${BITMAP_LOCK})`)
    const these = `e.product_id in (${ids.map(() => "?").join(", ")})`
    await manager.execute(applyPairsSql(these, -1), ids)
    await manager.execute(applyBitsSql(these, false), ids)
    const keep = new Set(rows.map((r) => r.product_id))
    const gone = productIds.filter((id) => !keep.has(id))
    if (gone.length) {
      await manager.execute(`delete from catalog_entry where product_id in (${gone.map(() => "?").join(", ")})`, gone)
    }
    if (!rows.length) return
    const names = COLUMNS.map(([c]) => c)
    const payload = rows.map((r) => ({ ...r, id: r.id ?? generateEntityId(undefined, "catent") }))
    await manager.execute(
      `insert into catalog_entry (${names.join(", ")}, created_at, updated_at)
       select ${names.join(", ")}, now(), now()
         from jsonb_to_recordset(?::jsonb) as r(${COLUMNS.map(([c, t]) => `${c} ${t}`).join(", ")})
       on conflict (product_id) where deleted_at is null do update set
         ${names.filter((n) => n !== "id" && n !== "product_id").map((n) => `${n} = excluded.${n}`).join(", ")},
         updated_at = now()`,
      [JSON.stringify(payload)]
    )
    await manager.execute(applyPairsSql(these, 1), ids)
    await manager.execute(ensureLengthSql())
    await manager.execute(addMissingValuesSql(these), ids)
    await manager.execute(applyBitsSql(these, true), ids)
  }

  /** Recomputes the facet summary and bitmaps from the read model (end of a full rebuild; self-healing). */
  @InjectTransactionManager()
  async rebuildFacetSummary(@MedusaContext() context: Context<EntityManager> = {}) {
    const manager = context.transactionManager!
    await manager.execute(`select pg_advisory_xact_lock(${BITMAP_LOCK})`)
    await manager.execute(`lock table catalog_facet_count in exclusive mode`)
    for (const sql of rebuildSummarySql()) await manager.execute(sql)
    for (const sql of rebuildBitmapsSql()) await manager.execute(sql)
  }

  /**
   * Runs read-only statements of the catalog query (api/store/catalog/query.ts) on this module's
   * connection; parameters are always bound, never interpolated.
   */
  @InjectManager()
  async read<T = Record<string, unknown>>(sql: string, params: unknown[], @MedusaContext() context: Context<EntityManager> = {}): Promise<T[]> {
    return await context.manager!.execute(sql, params as any[])
  }
}
