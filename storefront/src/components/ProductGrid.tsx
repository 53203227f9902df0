import type { CatalogProduct, Scheme } from "@/lib/catalog/types"
import { ProductCard } from "./ProductCard"

type ProductGridProps = {
  products: CatalogProduct[]
  schemes: Scheme[]
  /** "wide": 4 columns on large screens (pages without a filter column). */
  columns?: "listing" | "wide"
  /** Whether the grid can be the first thing seen: its first pictures load eagerly. Others load lazily. */
  aboveFold?: boolean
}

export function ProductGrid({ products, schemes, columns = "listing", aboveFold = true }: ProductGridProps) {
  const layout = columns === "wide" ? "grid-cols-2 sm:grid-cols-3 lg:grid-cols-4" : "grid-cols-2 sm:grid-cols-3"
  const sizes = columns === "wide" ? "(min-width: 1024px) 270px, (min-width: 640px) 33vw, 50vw" : undefined
  return (
    <ul role="list" className={`grid gap-3 sm:gap-4 ${layout}`}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} schemes={schemes} index={aboveFold ? index : Number.MAX_SAFE_INTEGER} sizes={sizes} />
        </li>
      ))}
    </ul>
  )
}
