import type { AppLocale } from "@/i18n/routing"
import type { BuyerRating } from "@/lib/catalog/types"
import type { Product } from "@/lib/medusa/types"
import { summarize } from "@/lib/site"
import { absoluteUrl } from "./alternates"

/**
 * schema.org data for search engines, as plain objects (rendered by components/shop/JsonLd).
 * Prices stay exact decimal strings; the aggregate rating comes from buyer reviews only, never
 * from the official OTOP grade (a different thing).
 */

type JsonObject = Record<string, unknown>

const AVAILABILITY = {
  inStock: "https://schema.org/InStock",
  outOfStock: "https://schema.org/OutOfStock",
  madeToOrder: "https://schema.org/MadeToOrder",
} as const

type ProductJsonLdInput = {
  product: Product
  locale: AppLocale
  rating: BuyerRating | null
  /** The producer group, shown as brand and seller. */
  group?: { name: string; handle: string } | null
  /** The group has paused orders: nothing can be bought now. */
  closed?: boolean
}

export function productJsonLd({ product, locale, rating, group, closed = false }: ProductJsonLdInput): JsonObject {
  const url = absoluteUrl(locale, `/products/${product.handle}`)
  const images = [product.thumbnail, ...product.images.map((image) => image.url)].filter((src, index, all): src is string => !!src && all.indexOf(src) === index)
  const seller = group ? { "@type": "Organization", name: group.name, url: absoluteUrl(locale, `/producers/${group.handle}`) } : undefined
  const availability = (stock: Product["stockStatus"]) =>
    closed || stock === "out_of_stock" ? AVAILABILITY.outOfStock : product.madeToOrderDays ? AVAILABILITY.madeToOrder : AVAILABILITY.inStock
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: summarize(product.description ?? product.subtitle, 500),
    image: images.length ? images : undefined,
    url,
    sku: product.variants.length === 1 ? (product.variants[0].sku ?? undefined) : undefined,
    brand: group ? { "@type": "Brand", name: group.name } : undefined,
    offers: product.variants
      .filter((variant) => variant.price)
      .map((variant) => ({
        "@type": "Offer",
        name: product.variants.length > 1 ? variant.title : undefined,
        sku: variant.sku ?? undefined,
        price: variant.price!.amount,
        priceCurrency: "THB",
        availability: availability(variant.stockStatus),
        url,
        seller,
      })),
    aggregateRating:
      rating && rating.count > 0 && rating.average !== null
        ? { "@type": "AggregateRating", ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 }
        : undefined,
  }
}

export type BreadcrumbItem = { name: string; path: string }

/** The page's trail, from the home page; every item an absolute URL in the reader's language. */
export function breadcrumbJsonLd(locale: AppLocale, items: BreadcrumbItem[]): JsonObject {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(locale, item.path),
    })),
  }
}

type ProducerJsonLdInput = {
  locale: AppLocale
  handle: string
  name: string
  alternateName?: string | null
  description?: string | null
  logo?: string | null
  image?: string | null
  address: { village?: string | null; subdistrict: string | null; district: string | null; province: string | null }
}

/** A producer group as a local business (a community workshop with an address in Thailand). */
export function producerJsonLd({ locale, handle, name, alternateName, description, logo, image, address }: ProducerJsonLdInput): JsonObject {
  return {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    "@id": absoluteUrl(locale, `/producers/${handle}`),
    name,
    alternateName: alternateName && alternateName !== name ? alternateName : undefined,
    description: summarize(description, 500),
    url: absoluteUrl(locale, `/producers/${handle}`),
    logo: logo ?? undefined,
    image: image ?? logo ?? undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: address.village ?? undefined,
      addressLocality: [address.subdistrict, address.district].filter(Boolean).join(", ") || undefined,
      addressRegion: address.province ?? undefined,
      addressCountry: "TH",
    },
  }
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: JsonObject | JsonObject[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
