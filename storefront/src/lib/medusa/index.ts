// The storefront's only door to the Medusa backend (server side only).
export { getSdk, storeFetch, TAGS } from "./client"
export { getRegion } from "./regions"
export { getProductByHandle } from "./products"
export { listCategories, getCategoryByHandle, CATEGORY_ORDER } from "./categories"
export { logStoreError } from "./errors"
export type * from "./types"
