import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { ArchiveForm } from "@/components/producer/edit/ArchiveForm"
import { ProductEditForm } from "@/components/producer/edit/ProductEditForm"
import { ProductTrustSection } from "@/components/producer/trust/ProductTrustSection"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/page-locale"
import { editValuesFromProduct, isArchived } from "@/lib/producer/edit"
import { archiveProduct, saveProduct, uploadProductPhoto } from "@/lib/producer/edit-actions"
import { getEditableProduct } from "@/lib/producer/edit-data"
import { requireProducer, withSession } from "@/lib/producer/session"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Edit.page" })
  return { title: t("title") }
}

export default async function EditProducerProductPage({ params, searchParams }: PageProps) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireProducer(locale)
  const [t, query, messages] = await Promise.all([getTranslations("Edit.page"), searchParams, getMessages()])
  const product = await withSession(session, locale, (auth) => getEditableProduct(auth, id))
  if (!product) notFound()

  const approved = session.group?.status === "approved"
  const archived = isArchived(product.metadata)
  const onSale = product.status === "published"
  const values = editValuesFromProduct(product)
  const wantsPublished = values.status === "published"

  return (
    <div className="space-y-5">
      <div>
        <Link href="/producer/products" className="inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink" data-testid="edit-product-title">
          {product.title}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-xs font-semibold">
          {archived ? (
            <span data-testid="edit-product-status" className="rounded-full bg-paper-deep px-2.5 py-0.5 text-ink-soft">
              {t("archived")}
            </span>
          ) : onSale ? (
            <span data-testid="edit-product-status" className="rounded-full bg-leaf-soft px-2.5 py-0.5 text-leaf">
              {t("onSale")}
            </span>
          ) : (
            <span data-testid="edit-product-status" className="rounded-full bg-paper-deep px-2.5 py-0.5 text-ink-soft">
              {t("draft")}
            </span>
          )}
          {wantsPublished && !approved && <span className="rounded-full bg-gold-soft px-2.5 py-0.5 text-gold-deep">{t("hiddenGroup")}</span>}
        </p>
        {onSale && (
          <Link
            href={`/products/${product.handle}`}
            className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-indigo hover:underline"
          >
            {t("viewInStore")} →
          </Link>
        )}
      </div>

      {typeof query.saved === "string" && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          {t("saved")}
        </p>
      )}
      {typeof query.archived === "string" && archived && (
        <p role="status" className="rounded-xl bg-leaf-soft px-4 py-3 text-sm font-semibold text-leaf">
          {t("archivedDone")}
        </p>
      )}

      {/* The form's client components read Edit.* (and the shared Producer.categories). */}
      <NextIntlClientProvider messages={{ Producer: messages.Producer, Errors: messages.Errors, Edit: messages.Edit }}>
        <ProductEditForm
          // A saved edit comes back with new values: start the form again from them.
          key={`${product.updated_at ?? ""}-${typeof query.saved === "string" ? query.saved : ""}`}
          productId={product.id}
          locale={locale}
          initialValues={values}
          groupApproved={approved}
          archived={archived}
          save={saveProduct}
          upload={uploadProductPhoto}
        />

        {/* Certifications and attributes (issue 4): their own screens, linked from here. */}
        <ProductTrustSection session={session} locale={locale} product={product} />

        {!archived && <ArchiveForm action={archiveProduct} productId={product.id} productTitle={product.title} locale={locale} />}
      </NextIntlClientProvider>
    </div>
  )
}
