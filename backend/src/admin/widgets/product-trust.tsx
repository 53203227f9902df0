import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorText, trustApi, type TrustData } from "./_product-trust/api"
import { AttributesSection } from "./_product-trust/attributes-section"
import { CertificationsSection } from "./_product-trust/certifications-section"
import { GradesSection } from "./_product-trust/grades-section"
import { adminLanguage, TEXT } from "./_product-trust/text"

/**
 * The product page's OTOP trust data for platform operators: official star grades of every
 * round, standards and marks (verify, reject with a reason, add), and the fixed-vocabulary
 * attributes. Every change goes through /admin/products/:id/trust/… and its workflows.
 */
const ProductTrustWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const lang = adminLanguage()
  const t = TEXT[lang]
  const [data, setData] = useState<TrustData | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setData(null)
    setError(null)
    trustApi(product.id)
      .then((d) => current && setData(d))
      .catch((e) => current && setError(errorText(e)))
    return () => {
      current = false
    }
  }, [product.id])

  const group = data?.product.group
  return (
    <Container className="divide-y p-0" data-testid="product-trust-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t.intro}</Text>
        {group && (
          <Text size="small" className="mt-1">
            {t.group}: {lang === "en" && group.name_en ? group.name_en : group.name_th} ({group.handle})
          </Text>
        )}
      </div>
      {error && (
        <Text role="alert" className="px-6 py-4 text-ui-fg-error">{t.loadFailed}: {error}</Text>
      )}
      {!data && !error && <Text className="px-6 py-4 text-ui-fg-subtle">{t.loading}</Text>}
      {data && !group && <Text className="px-6 py-4 text-ui-fg-subtle">{t.noGroup}</Text>}
      {data && (
        <>
          <GradesSection data={data} lang={lang} t={t} onChange={setData} />
          <CertificationsSection data={data} lang={lang} t={t} onChange={setData} />
          <AttributesSection data={data} lang={lang} t={t} onChange={setData} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductTrustWidget
