import { z } from "@medusajs/framework/zod"
import { SCHEME_BY_CODE } from "../../../modules/certification/data/schemes"
import { DYES, FIBERS, SOFT_POWER_SECTORS, TECHNIQUES } from "../../../modules/product-attributes/data/vocabularies"
import { REGIONS } from "../../../modules/thai-geo/data/province-regions"
import { OTOP_CATEGORIES } from "../../../seed/otop-categories"

/**
 * GET /store/catalog: validation of the query string and the two SQL statements that answer it
 * (count + facets, and the page), both on the catalog_entry read model only, with every value
 * bound as a parameter. Per-request work is two statements whatever the page size.
 */

/** A repeatable (`?cert=a&cert=b`) or comma-separated (`?cert=a,b`) parameter whose values must be in `allowed`. */
const list = (allowed: readonly string[] | RegExp, what: string) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : ([] as unknown[]).concat(v).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean)),
    z
      .array(
        z.string().refine((s) => (Array.isArray(allowed) ? allowed.includes(s) : (allowed as RegExp).test(s)), {
          message: `unknown value; expected ${what}`,
        })
      )
      .max(50)
      .optional()
  )

const bool = z.enum(["true", "false"], { error: "expected true or false" }).transform((s) => s === "true")
const baht = z
  .string()
  .regex(/^\d{1,7}(\.\d{1,2})?$/, "a price in baht, e.g. 150 or 150.50")
  .transform((s) => {
    const [whole, frac = ""] = s.split(".")
    return Number(whole) * 100 + Number((frac + "00").slice(0, 2)) // integer satang
  })
const int = (min: number, max: number) =>
  z.string().regex(/^\d+$/, "an integer").transform(Number).pipe(z.number().int().min(min).max(max))

export const SORTS = ["relevance", "newest", "price_asc", "price_desc", "rating"] as const

export const CatalogQuery = z
  .object({
    q: z.string().trim().max(100, "at most 100 characters").optional(),
    category: list(OTOP_CATEGORIES.map((c) => c.handle), `one of ${OTOP_CATEGORIES.map((c) => c.handle).join(", ")}`),
    province: list(/^\d{2}$/, "a 2-digit province code, e.g. 50"),
    region: list(Object.keys(REGIONS), `one of ${Object.keys(REGIONS).join(", ")}`),
    group: list(/^[a-z0-9][a-z0-9-]{0,99}$/, "a producer group handle"),
    min_stars: int(1, 5).optional(),
    cert: list([...SCHEME_BY_CODE.keys()], "a certification scheme code, e.g. fda_food, tcps, gi"),
    gi: bool.optional(),
    fiber: list(FIBERS.map((t) => t.code), "a fibre code, e.g. SILK"),
    technique: list(TECHNIQUES.map((t) => t.code), "a technique code, e.g. MUDMEE"),
    dye: list(DYES.map((t) => t.code), "a dye code, e.g. NATURAL"),
    soft_power: list(SOFT_POWER_SECTORS.map((t) => t.code), "a soft-power sector code, e.g. FOOD"),
    price_min: baht.optional(),
    price_max: baht.optional(),
    in_stock: bool.optional(),
    sort: z.enum(SORTS, { error: `one of ${SORTS.join(", ")}` }).default("relevance"),
    limit: int(1, 100).default(20),
    offset: int(0, 1_000_000).default(0),
    locale: z.enum(["th", "en"], { error: "th or en" }).default("th"),
  })
  .superRefine((v, ctx) => {
    if (v.price_min !== undefined && v.price_max !== undefined && v.price_max < v.price_min) {
      ctx.addIssue({ code: "custom", path: ["price_max"], message: "must not be below price_min" })
    }
  })

export type CatalogFilters = z.infer<typeof CatalogQuery>

/** The facets returned, each counted on the set filtered by every other filter but its own. */
export const FACETS = ["category", "region", "province", "stars", "cert", "fiber", "technique", "dye", "soft_power"] as const
type Facet = (typeof FACETS)[number]

// Column of each facet and whether it is an array (counted per element).
const FACET_COLUMN: Record<Facet, { column: string; array: boolean }> = {
  category: { column: "category", array: false },
  region: { column: "region", array: false },
  province: { column: "province_code", array: false },
  stars: { column: "stars", array: false },
  cert: { column: "cert_schemes", array: true },
  fiber: { column: "fiber", array: false },
  technique: { column: "techniques", array: true },
  dye: { column: "dye", array: false },
  soft_power: { column: "soft_power", array: true },
}

type Sql = { sql: string; params: unknown[] }
const marks = (values: unknown[]) => values.map(() => "?").join(", ")
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

// Published products of approved groups are the only rows; a group's temporary closure is judged
// at request time so that it starts and ends without a refresh.
const VISIBLE = `deleted_at is null and (closed_from is null or closed_from > now() or (closed_until is not null and closed_until <= now()))`
// Its complement among live rows: the rows of groups closed right now (few; partial index).
const CLOSED_NOW = `deleted_at is null and closed_from is not null and closed_from <= now() and (closed_until is null or closed_until > now())`

/** The non-facet conditions (narrow every count) and one condition per active facet filter. */
function conditions(f: CatalogFilters, visibility = VISIBLE) {
  const base: Sql[] = [{ sql: visibility, params: [] }]
  if (f.q) base.push({ sql: `search like ?`, params: [`%${likeEscape(f.q.toLowerCase())}%`] })
  if (f.group?.length) base.push({ sql: `group_handle in (${marks(f.group)})`, params: f.group })
  if (f.gi !== undefined) base.push({ sql: `gi = ?`, params: [f.gi] })
  if (f.price_min !== undefined) base.push({ sql: `price_min >= ?`, params: [f.price_min] })
  if (f.price_max !== undefined) base.push({ sql: `price_min <= ?`, params: [f.price_max] })
  if (f.in_stock !== undefined) base.push({ sql: `in_stock = ?`, params: [f.in_stock] })

  const facet: Partial<Record<Facet, Sql>> = {}
  const values: Record<Facet, unknown[] | undefined> = {
    category: f.category, region: f.region, province: f.province, stars: undefined, cert: f.cert,
    fiber: f.fiber, technique: f.technique, dye: f.dye, soft_power: f.soft_power,
  }
  for (const name of FACETS) {
    const v = values[name]
    if (!v?.length) continue
    const { column, array } = FACET_COLUMN[name]
    // Several values of one facet: any of them (the usual facet UX).
    facet[name] = array ? { sql: `${column} && array[${marks(v)}]::text[]`, params: v } : { sql: `${column} in (${marks(v)})`, params: v }
  }
  if (f.min_stars !== undefined) facet.stars = { sql: `stars >= ?`, params: [f.min_stars] }
  return { base, facet }
}

const and = (parts: Sql[]): Sql => ({
  sql: parts.length ? parts.map((p) => `(${p.sql})`).join(" and ") : "true",
  params: parts.flatMap((p) => p.params),
})

/**
 * Count and facets in one statement: the rows matching the non-facet filters are read once
 * (materialised, with one flag per active facet filter), then counted per facet value with every
 * other facet filter applied (a facet ignores its own filter, so its other values stay visible).
 */
export function liveFacetsStatement(f: CatalogFilters, visibility = VISIBLE): Sql {
  const { base, facet } = conditions(f, visibility)
  const active = FACETS.filter((n) => facet[n])
  // A row failing two or more facet filters is counted in no facet: leave it out of the base.
  // Written as "all but the first, or all but the second, …" so that PostgreSQL can combine the
  // filters' indexes (BitmapOr of BitmapAnds) instead of scanning every row.
  const prune: Sql[] =
    active.length >= 2
      ? [{
          sql: active.map((skip) => `(${active.filter((n) => n !== skip).map((n) => `(${facet[n]!.sql})`).join(" and ")})`).join(" or "),
          params: active.flatMap((skip) => active.filter((n) => n !== skip).flatMap((n) => facet[n]!.params)),
        }]
      : []
  const where = and([...base, ...prune])
  const flags = active.map((n) => ({ sql: `(${facet[n]!.sql}) as f_${n}`, params: facet[n]!.params }))
  const others = (skip?: Facet) => active.filter((n) => n !== skip).map((n) => `f_${n}`).join(" and ") || "true"
  const parts = [`select 'total' as facet, null::text as value, count(*)::int as n from base where ${others()}`]
  for (const name of FACETS) {
    const { column, array } = FACET_COLUMN[name]
    parts.push(
      array
        ? `select '${name}', v, count(*)::int from (select unnest(${column}) as v from base where ${others(name)}) as u group by v`
        : `select '${name}', ${column}::text, count(*)::int from base where ${column} is not null and ${others(name)} group by ${column}`
    )
  }
  const cols = [...new Set(Object.values(FACET_COLUMN).map((c) => c.column))]
  return {
    sql: `with base as materialized (
            select ${[...cols, ...flags.map((x) => x.sql)].join(", ")} from catalog_entry where ${where.sql}
          )
          ${parts.join("\nunion all\n")}`,
    params: [...flags.flatMap((x) => x.params), ...where.params],
  }
}

/**
 * The one filter of a request whose counts the facet summary can answer exactly, or null.
 * Values of a single-valued dimension are disjoint, so their counters add up; an array
 * dimension (a product with two certifications) only for one value.
 */
export function summaryFilter(f: CatalogFilters): { dimension: string; values: string[]; own: Facet | null } | null {
  const active = activeDimensions(f)
  if (!active || active.length > 1) return null
  if (!active.length) return { dimension: "all", values: ["*"], own: null }
  const [one] = active
  if (one.array && one.values.length > 1) return null
  return one
}

type ActiveDimension = { dimension: string; values: string[]; own: Facet | null; array: boolean }

/**
 * The request's filters as dimensions of the facet summary and bitmaps (facet-summary.ts), or
 * null when a filter is not one of them (text query, group, price range): those are counted live.
 */
export function activeDimensions(f: CatalogFilters): ActiveDimension[] | null {
  if (f.q || f.group?.length || f.price_min !== undefined || f.price_max !== undefined) return null
  const active: ActiveDimension[] = []
  const add = (dimension: string, values: string[] | undefined, own: Facet | null, array = false) => {
    if (values?.length) active.push({ dimension, values: [...new Set(values)], own, array })
  }
  add("category", f.category, "category")
  add("province", f.province, "province")
  add("region", f.region, "region")
  if (f.min_stars !== undefined) add("stars", ["1", "2", "3", "4", "5"].filter((v) => Number(v) >= f.min_stars!), "stars")
  add("cert", f.cert, "cert", true)
  if (f.gi !== undefined) add("gi", [String(f.gi)], null)
  add("fiber", f.fiber, "fiber")
  add("technique", f.technique, "technique", true)
  add("dye", f.dye, "dye")
  add("soft_power", f.soft_power, "soft_power", true)
  if (f.in_stock !== undefined) add("in_stock", [String(f.in_stock)], null)
  return active
}

/**
 * Count and facets from the facet bitmaps (facet-bitmaps.ts): each filter is the OR of its
 * values' bitmaps, each facet value is counted as the popcount of its bitmap ANDed with every
 * other facet's filter — kilobytes of bit strings per value, not the matching rows. Rows of
 * groups closed right now are counted live and subtracted.
 */
export function bitmapFacetsStatement(f: CatalogFilters, active: ActiveDimension[]): Sql {
  const closed = liveFacetsStatement(f, CLOSED_NOW)
  const selected = active.flatMap((a) => a.values.map((v) => [a.dimension, v]))
  return {
    sql: `with sel(facet, value) as (values ${selected.map(() => "(?::text, ?::text)").join(", ")}),
          everything as (select bits from catalog_facet_bitmap where facet = 'all' and value = '*'),
          masks as materialized (
            select s.facet, bit_or(coalesce(b.bits, (select bits # bits from everything))) as bits
              from sel s left join catalog_facet_bitmap b on b.facet = s.facet and b.value = s.value
             group by s.facet
          ),
          except_own as materialized (
            select o.facet, (select bit_and(m.bits) from masks m where m.facet <> o.facet) as bits
              from unnest(array[${marks([...FACETS])}]::text[]) as o(facet)
          )
          select facet, value, sum(n)::int as n from (
            select 'total' as facet, null::text as value, coalesce((select bit_count(bit_and(bits)) from masks), 0)::int as n
            union all
            select b.facet, b.value, bit_count(b.bits & coalesce(x.bits, b.bits))::int
              from catalog_facet_bitmap b join except_own x on x.facet = b.facet
            union all
            select facet, value, -n from (${closed.sql}) as closed_now
          ) as counts
          group by facet, value
          having sum(n) > 0 or facet = 'total'`,
    params: [...selected.flat(), ...FACETS, ...closed.params],
  }
}

/**
 * Count and facets in one statement. With no filter or one (see summaryFilter) they are read
 * from the facet summary — a fixed number of counters whatever the catalog's size — minus the
 * rows of groups closed right now, counted live; with several, from the facet bitmaps; with a
 * text query, a group or a price range, counted live over the matching rows.
 */
export function facetsStatement(f: CatalogFilters): Sql {
  const one = summaryFilter(f)
  if (!one) {
    const active = activeDimensions(f)
    return active ? bitmapFacetsStatement(f, active) : liveFacetsStatement(f)
  }
  const others = FACETS.filter((n) => n !== one.own)
  const closed = liveFacetsStatement(f, CLOSED_NOW)
  return {
    sql: `select facet, value, sum(n)::int as n from (
            select 'total' as facet, null::text as value, n from catalog_facet_count
             where deleted_at is null and facet_a = ? and value_a in (${marks(one.values)}) and facet_b = 'all'
            union all
            select facet_b, value_b, n from catalog_facet_count
             where deleted_at is null and facet_a = ? and value_a in (${marks(one.values)}) and facet_b in (${marks(others)})
            ${one.own ? `union all select facet_b, value_b, n from catalog_facet_count where deleted_at is null and facet_a = 'all' and facet_b = ?` : ""}
            union all
            select facet, value, -n from (${closed.sql}) as closed_now
          ) as counts
          group by facet, value
          having sum(n) > 0 or facet = 'total'`,
    params: [one.dimension, ...one.values, one.dimension, ...one.values, ...others, ...(one.own ? [one.own] : []), ...closed.params],
  }
}

const PAGE_COLUMNS = [
  "product_id", "handle", "title_th", "title_en", "thumbnail", "category", "group_handle", "group_name_th", "group_name_en",
  "province_code", "price_min", "in_stock", "stars", "round_be", "certifications", "fabric", "soft_power", "rating_sum", "rating_count",
]

/** One page of products with every filter applied, in the requested order. */
export function pageStatement(f: CatalogFilters): Sql {
  const { base, facet } = conditions(f)
  const where = and([...base, ...FACETS.map((n) => facet[n]).filter((x): x is Sql => !!x)])
  const order: Sql = (() => {
    switch (f.sort) {
      case "newest": return { sql: "product_created_at desc, product_id", params: [] }
      case "price_asc": return { sql: "price_min asc nulls last, product_id", params: [] }
      case "price_desc": return { sql: "price_min desc nulls last, product_id", params: [] }
      case "rating": return { sql: "rating_score desc, rating_count desc, product_id", params: [] }
      default:
        // Relevance: with a query, the earlier the match in the search text (titles come first),
        // the better; then the official grade, buyers' rating and newness.
        return f.q
          ? { sql: "strpos(search, ?) asc, stars desc nulls last, rating_score desc, product_created_at desc, product_id", params: [f.q.toLowerCase()] }
          : { sql: "stars desc nulls last, rating_score desc, product_created_at desc, product_id", params: [] }
    }
  })()
  return {
    sql: `select ${PAGE_COLUMNS.join(", ")} from catalog_entry where ${where.sql} order by ${order.sql} limit ? offset ?`,
    params: [...where.params, ...order.params, f.limit, f.offset],
  }
}

const satangToBaht = (s: number) => `${Math.trunc(s / 100)}.${String(Math.abs(s % 100)).padStart(2, "0")}`

/** A page row as the API shows it. */
export function toProduct(row: any, locale: "th" | "en", now = new Date()) {
  const en = locale === "en"
  return {
    id: row.product_id,
    handle: row.handle,
    title: (en && row.title_en) || row.title_th,
    thumbnail: row.thumbnail,
    category: row.category,
    price: row.price_min === null ? null : { currency_code: "thb", amount: satangToBaht(Number(row.price_min)), amount_satang: Number(row.price_min) },
    in_stock: row.in_stock,
    otop_grade: row.stars === null ? null : { stars: row.stars, round_be: row.round_be },
    // Verified ones only (the read model keeps no others); one whose day has come before the
    // daily expiry job ran is hidden here already.
    certifications: (row.certifications ?? [])
      .filter((c: any) => !c.expires_at || new Date(c.expires_at) > now)
      .map((c: any) => ({ scheme: c.scheme, number: c.number, verified: true, expires_at: c.expires_at, lookup_url: c.lookup_url, ...(c.gi_name ? { gi_name: c.gi_name } : {}) })),
    fabric: row.fabric ?? null,
    soft_power: row.soft_power ?? [],
    rating: { average: row.rating_count ? Math.round((row.rating_sum * 100) / row.rating_count) / 100 : null, count: row.rating_count },
    producer_group: { handle: row.group_handle, name: (en && row.group_name_en) || row.group_name_th, province_code: row.province_code },
  }
}

/** Facet rows ({ facet, value, n }) → { count, facets: { name: [{ value, count }] } }, biggest first. */
export function toFacets(rows: { facet: string; value: string | null; n: number }[]) {
  const facets = Object.fromEntries(FACETS.map((n) => [n, [] as { value: string | number; count: number }[]])) as Record<Facet, { value: string | number; count: number }[]>
  let count = 0
  for (const r of rows) {
    if (r.facet === "total") count = Number(r.n)
    else facets[r.facet as Facet]?.push({ value: r.facet === "stars" ? Number(r.value) : r.value!, count: Number(r.n) })
  }
  for (const name of FACETS) facets[name].sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
  return { count, facets }
}
