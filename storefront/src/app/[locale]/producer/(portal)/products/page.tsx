import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Price } from "@/components/Price"
import { ProductImage } from "@/components/ProductImage"
import { primaryButtonClass, secondaryButtonClass } from "@/components/producer/fields"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { listProducerProducts } from "@/lib/producer/data"
import { requireProducer, withSession } from "@/lib/producer/session"
import { lowestPrice, producerStatus, totalStock } from "@/lib/producer/stats"
import { LOW_STOCK_THRESHOLD } from "@/lib/producer/types"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer.products" })
  return { title: t("title") }
}

export default async function ProducerProductsPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const session = await requireProducer(locale)
  const [t, tProduct, tImport] = await Promise.all([getTranslations("Producer"), getTranslations("Product"), getTranslations("Manage.import")])
  const created = (await searchParams).created
  const { products, count } = await withSession(session, locale, (auth) => listProducerProducts(auth))
  const approved = session.group?.status === "approved"

  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-ink">{t("products.title")}</h1>
          <p className="text-sm text-ink-soft">{t("products.count", { count })}</p>
        </div>
        <Link href="/producer/products/new" className={primaryButtonClass}>
          <span aria-hidden="true" className="mr-1 text-lg leading-none">+</span>
          {t("products.add")}
        </Link>
      </div>
      <Link href="/producer/products/import" className={`${secondaryButtonClass} w-full sm:w-auto`}>
        {tImport("link")}
      </Link>

      {typeof created === "string" && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          {t("products.created")}
        </p>
      )}

      {products.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-center text-ink-soft">{t("products.empty")}</p>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
          {products.map((product) => {
            const price = lowestPrice(product)
            const stock = totalStock(product)
            const chosen = producerStatus(product)
            const hidden = chosen === "published" && (product.status !== "published" || !approved)
            return (
              <li key={product.id} data-testid="producer-product" data-handle={product.handle} className="relative flex gap-3 p-3 hover:bg-paper/60 sm:p-4">
                <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-xl bg-paper-deep">
                  <ProductImage src={product.thumbnail} alt="" sizes="80px" noImageLabel={tProduct("noImage")} />
                </div>
                <div className="min-w-0 flex-1">
                  <p className="line-clamp-2 font-semibold text-ink">
                    <Link href={`/producer/products/${product.id}`} className="text-indigo underline-offset-2 after:absolute after:inset-0 hover:underline" data-testid="edit-product-link">
                      {product.title}
                    </Link>
                  </p>
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-sm text-ink-soft">
                    {price !== null ? (
                      <Price amount={price} locale={locale} className="font-semibold text-indigo" />
                    ) : (
                      <span>{t("products.noPrice")}</span>
                    )}
                    <span className={stock !== null && stock <= LOW_STOCK_THRESHOLD ? "font-semibold text-clay" : undefined}>
                      {stock === null ? t("products.noStock") : t("products.stock", { count: stock })}
                    </span>
                  </p>
                  <p className="mt-1.5 flex flex-wrap gap-1.5 text-xs font-semibold">
                    <span
                      className={`rounded-full px-2.5 py-0.5 ${chosen === "published" && !hidden ? "bg-leaf-soft text-leaf" : "bg-paper-deep text-ink-soft"}`}
                    >
                      {chosen === "published" ? t("products.published") : t("products.draft")}
                    </span>
                    {hidden && <span className="rounded-full bg-gold-soft px-2.5 py-0.5 text-gold-deep">{t("products.hidden")}</span>}
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
