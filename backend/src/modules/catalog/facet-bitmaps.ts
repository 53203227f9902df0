/**
 * Facet bitmaps: for each facet value, one bit per catalog row (the row's `seq`), so that the
 * counts of a request with several filters are ANDs and popcounts of bit strings — a few
 * kilobytes per value (N/8 bytes) instead of reading every matching row. This is how search
 * engines count facets; PostgreSQL's varbit `&` and bit_count() do it in C.
 *
 * Every bitmap of the table has the same length (a multiple of BLOCK bits, grown when a row's
 * seq passes it), since `&` needs equal lengths. Writers hold a transaction-level advisory lock
 * while they touch bitmaps, so a growth never races a bit change.
 */
import { rowValuesSql } from "./facet-summary"

/** Bits added at a time when a seq passes the current length. */
export const BLOCK = 65536
/** Advisory lock key held by every bitmap writer. */
export const BITMAP_LOCK = 25670001

/** The SQL functions (created by the migration). */
export const BITMAP_FUNCTIONS = [
  // Sets (on) or clears the bits at `positions`.
  `create or replace function catalog_bits_set(bits varbit, positions int[], turn_on boolean) returns varbit
     language plpgsql immutable as $$
     declare p int;
     begin
       foreach p in array coalesce(positions, '{}') loop
         bits := set_bit(bits, p, case when turn_on then 1 else 0 end);
       end loop;
       return bits;
     end $$`,
  // A bitmap of `len` bits with the bits at `positions` set, built in one pass.
  `create or replace function catalog_bits_from(positions int[], len int) returns varbit
     language sql immutable as $$
       select coalesce(string_agg(case when p.pos is null then '0' else '1' end, '' order by g), '')::varbit
         from generate_series(0, len - 1) as g
         left join (select distinct unnest(positions) as pos) as p on p.pos = g
     $$`,
]

/** (seq, facet, value) for every value carried by the rows of catalog_entry `e` matching `where`. */
export function rowBitsSql(where: string): string {
  return `select seq, f as facet, v as value from (${rowValuesSql(where, "seq")}) as r`
}

/** Grows every bitmap (and makes room for new values) so that bit `maxSeq` exists. */
export function ensureLengthSql(): string {
  return `with need as (
            select ((coalesce((select max(seq) from catalog_entry), 0) / ${BLOCK}) + 1) * ${BLOCK} as len
          ),
          have as (select coalesce(max(length(bits)), 0) as len from catalog_facet_bitmap)
          update catalog_facet_bitmap b
             set bits = b.bits || repeat('0', (select len from need) - length(b.bits))::varbit
           where (select len from need) > (select len from have)`
}

/** Creates the (all-zero) bitmaps of values not seen before among the rows matching `where`. */
export function addMissingValuesSql(where: string): string {
  return `insert into catalog_facet_bitmap (facet, value, bits)
          select distinct r.facet, r.value,
                 repeat('0', coalesce((select max(length(bits)) from catalog_facet_bitmap), ((coalesce((select max(seq) from catalog_entry), 0) / ${BLOCK}) + 1) * ${BLOCK}))::varbit
            from (${rowBitsSql(where)}) as r
          on conflict (facet, value) do nothing`
}

/** Sets (turnOn) or clears the bits of the rows matching `where`, one update per bitmap touched. */
export function applyBitsSql(where: string, turnOn: boolean): string {
  return `update catalog_facet_bitmap b set bits = catalog_bits_set(b.bits, c.positions, ${turnOn})
            from (select facet, value, array_agg(seq) as positions from (${rowBitsSql(where)}) as r group by facet, value) as c
           where b.facet = c.facet and b.value = c.value`
}

/** Rebuilds every bitmap from the read model. */
export function rebuildBitmapsSql(): string[] {
  return [
    `delete from catalog_facet_bitmap`,
    `insert into catalog_facet_bitmap (facet, value, bits)
     select r.facet, r.value, catalog_bits_from(array_agg(r.seq), (select ((coalesce(max(seq), 0) / ${BLOCK}) + 1) * ${BLOCK} from catalog_entry)::int)
       from (${rowBitsSql("true")}) as r
      group by r.facet, r.value`,
  ]
}
