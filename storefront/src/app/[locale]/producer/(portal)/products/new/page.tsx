import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ProductForm } from "@/components/producer/ProductForm"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { createProduct } from "@/lib/producer/actions"
import { requireProducer } from "@/lib/producer/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Producer.form" })
  return { title: t("title") }
}

export default async function NewProducerProductPage({ params }: PageProps) {
  const locale = await resolveLocale(params)
  await requireProducer(locale)
  const t = await getTranslations("Producer.form")
  return (
    <div className="space-y-5">
      <div>
        <Link href="/producer/products" className="text-sm font-semibold text-indigo hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold text-ink">{t("title")}</h1>
      </div>
      <div className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <ProductForm action={createProduct} locale={locale} />
      </div>
    </div>
  )
}
