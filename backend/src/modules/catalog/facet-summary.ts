/**
 * The facet-count summary (table catalog_facet_count) and the SQL that maintains it.
 *
 * Each catalog row carries one value per single-valued dimension and any number per array
 * dimension. For every pair of values (A, B) carried by a row, the summary counts the rows that
 * carry both. With "all:*" carried by every row, count(B) = pair(all:*, B), and the rows matching
 * one filter value A split over facet G as pair(A, G:g). Rows have a dozen values, so a write
 * touches ~150 counters; a full rebuild is one GROUP BY.
 */

/** A dimension of the summary: how to read its values from a catalog_entry row aliased `e`. */
type Dimension = { name: string; values: string; array?: boolean }

export const DIMENSIONS: Dimension[] = [
  { name: "all", values: "'*'" },
  { name: "category", values: "e.category" },
  { name: "province", values: "e.province_code" },
  { name: "region", values: "e.region" },
  { name: "stars", values: "e.stars::text" },
  { name: "cert", values: "e.cert_schemes", array: true },
  { name: "gi", values: "e.gi::text" },
  { name: "fiber", values: "e.fiber" },
  { name: "technique", values: "e.techniques", array: true },
  { name: "dye", values: "e.dye" },
  { name: "soft_power", values: "e.soft_power", array: true },
  { name: "in_stock", values: "e.in_stock::text" },
]

/** The dimensions that come back as facets (B side); the others are only filters (A side). */
export const SUMMARY_FACETS = ["all", "category", "region", "province", "stars", "cert", "fiber", "technique", "dye", "soft_power"]

/**
 * (key, f, v) for every value carried by the rows of catalog_entry `e` matching `where`; the key
 * is the product id (the summary pairs values of one product) or the row's seq (the bitmaps'
 * bit position).
 */
export function rowValuesSql(where: string, key: "product_id" | "seq" = "product_id"): string {
  const lateral = DIMENSIONS.map((d) =>
    d.array
      ? `select '${d.name}' as f, x as v from unnest(${d.values}) as x`
      : `select '${d.name}' as f, ${d.values} as v`
  ).join(" union all ")
  return `select distinct e.${key}, d.f, d.v from catalog_entry e cross join lateral (${lateral}) as d
          where e.deleted_at is null and d.v is not null and (${where})`
}

/** (facet_a, value_a, facet_b, value_b, n) pairs counted over the rows matching `where`. */
export function pairCountsSql(where: string, sign: 1 | -1 = 1): string {
  return `with d as (${rowValuesSql(where)})
          select a.f as facet_a, a.v as value_a, b.f as facet_b, b.v as value_b, ${sign} * count(*)::int as n
            from d a join d b on a.product_id = b.product_id
           where b.f in (${SUMMARY_FACETS.map((f) => `'${f}'`).join(", ")})
           group by 1, 2, 3, 4`
}

/**
 * Adds (sign 1) or removes (sign -1) the contributions of the rows matching `where` to the
 * summary. Counters are upserted in key order so that concurrent writers queue instead of
 * deadlocking.
 */
export function applyPairsSql(where: string, sign: 1 | -1): string {
  return `insert into catalog_facet_count (id, facet_a, value_a, facet_b, value_b, n, created_at, updated_at)
          select 'catfc_' || md5(p.facet_a || chr(31) || p.value_a || chr(31) || p.facet_b || chr(31) || p.value_b),
                 p.facet_a, p.value_a, p.facet_b, p.value_b, p.n, now(), now()
            from (${pairCountsSql(where, sign)}) as p
           order by p.facet_a, p.value_a, p.facet_b, p.value_b
          on conflict (facet_a, value_a, facet_b, value_b) where deleted_at is null
          do update set n = catalog_facet_count.n + excluded.n, updated_at = now()`
}

/** Recomputes the whole summary from the read model (after a full rebuild, or to self-heal). */
export function rebuildSummarySql(): string[] {
  return [`delete from catalog_facet_count`, applyPairsSql("true", 1)]
}
