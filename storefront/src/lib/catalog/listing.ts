import { LIST_PARAMS, toCatalogQuery, PAGE_SIZE, type ListParam, type RawSearchParams, type SearchState } from "./params"

/**
 * A listing page fixed to one category, province, region or producer group (the path holds the
 * value): the URL's filters come on top. The scope is never written into the URL's query, its
 * own filter is hidden from the panel, and it is added to every catalog request.
 */
export type ListingScope =
  | { kind: "category"; value: string }
  | { kind: "province"; value: string }
  | { kind: "region"; value: string }
  | { kind: "group"; value: string }

/** The filters a scoped page does not offer: its own, and the wider area of a province. */
export function hiddenFilters(scope: ListingScope | null): ListParam[] {
  switch (scope?.kind) {
    case "category":
      return ["category"]
    case "province":
      return ["province", "region"]
    case "region":
      return ["region"]
    case "group":
      // One group lives in one province.
      return ["province", "region"]
    default:
      return []
  }
}

/** The URL's parameters without those the page fixes (they mean nothing there). */
export function withoutHiddenParams(raw: RawSearchParams, scope: ListingScope | null): RawSearchParams {
  const hidden = new Set<string>(hiddenFilters(scope))
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !hidden.has(name)))
}

/** The catalog API's query for a state on a scoped page. */
export function scopedCatalogQuery(state: SearchState, scope: ListingScope | null, pageSize = PAGE_SIZE): Record<string, string | number> {
  const query = toCatalogQuery(state, pageSize)
  if (!scope) return query
  if (scope.kind === "group") return { ...query, group: scope.value }
  // Hidden filters are not in the state; the scope's value is the only one.
  return { ...query, [scope.kind]: scope.value }
}

/** The list filters a panel shows on a scoped page. */
export function shownListParams(scope: ListingScope | null): ListParam[] {
  const hidden = hiddenFilters(scope)
  return LIST_PARAMS.filter((param) => !hidden.includes(param))
}
