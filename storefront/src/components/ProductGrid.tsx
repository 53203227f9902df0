import type { Product } from "@/lib/medusa/types"
import { ProductCard } from "./ProductCard"

export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul role="list" className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} index={index} />
        </li>
      ))}
    </ul>
  )
}
