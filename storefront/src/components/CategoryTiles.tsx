import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Category } from "@/lib/medusa/types"
import { categoryDescriptionKey } from "@/lib/category-copy"
import { CategoryIcon } from "./icons"

const TINTS = ["bg-gold-soft text-gold-deep", "bg-indigo-soft text-indigo", "bg-leaf-soft text-leaf"]

type CategoryTilesProps = {
  categories: Category[]
  /** Handle of the category being shown, marked as current. */
  currentHandle?: string
}

/** The OTOP categories: a swipeable row on phones, a grid on larger screens. */
export function CategoryTiles({ categories, currentHandle }: CategoryTilesProps) {
  const t = useTranslations("Category")
  return (
    <ul
      role="list"
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 [scrollbar-width:none] md:mx-0 md:grid md:grid-cols-5 md:overflow-visible md:px-0"
    >
      {categories.map((category, index) => {
        const current = category.handle === currentHandle
        // Short curated blurbs per handle; the backend's description is the fallback.
        const key = categoryDescriptionKey(category.handle)
        const blurb = key ? t(key) : category.description
        return (
          <li key={category.id} className="w-[46%] shrink-0 snap-start sm:w-[30%] md:w-auto">
            <Link
              href={`/categories/${category.handle}`}
              aria-current={current ? "page" : undefined}
              className={`flex h-full items-center gap-2.5 rounded-2xl border bg-white p-3 transition hover:border-gold hover:shadow-md md:flex-col md:items-start md:gap-2 md:p-4 ${
                current ? "border-indigo ring-2 ring-indigo/20" : "border-line"
              }`}
            >
              <span className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-xl md:h-11 md:w-11 ${TINTS[index % TINTS.length]}`}>
                <CategoryIcon handle={category.handle} className="h-6 w-6" />
              </span>
              <span className="text-sm font-semibold leading-snug text-ink md:text-base">{category.name}</span>
              {blurb && <span className="hidden text-xs leading-relaxed text-ink-soft md:line-clamp-2">{blurb}</span>}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
