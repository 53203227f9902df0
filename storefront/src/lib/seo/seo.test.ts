import type { Product } from "@/lib/medusa/types"
import { absoluteUrl, localeAlternates, pageAlternates } from "./alternates"
import { breadcrumbJsonLd, producerJsonLd, productJsonLd, serializeJsonLd } from "./jsonld"
import { pageMetadata } from "./metadata"

const ORIGIN = "https://otop.example.th"

beforeEach(() => {
  process.env.STOREFRONT_URL = ORIGIN
  process.env.STOREFRONT_PUBLIC_URL = ORIGIN
})
afterAll(() => {
  delete process.env.STOREFRONT_URL
  delete process.env.STOREFRONT_PUBLIC_URL
})

function product(patch: Partial<Product> = {}): Product {
  const variant = {
    id: "variant_1",
    title: "มาตรฐาน",
    sku: "SILK-1",
    price: { amount: "1290.50", currencyCode: "thb" },
    originalPrice: null,
    stockStatus: "in_stock" as const,
    inventoryQuantity: 5,
    options: [],
  }
  return {
    id: "prod_1",
    handle: "mudmee-silk",
    title: "ผ้าไหมมัดหมี่",
    subtitle: null,
    description: "ผ้าไหม <b>ทอมือ</b>",
    material: null,
    thumbnail: `${ORIGIN}/a.jpg`,
    images: [{ url: `${ORIGIN}/a.jpg` }, { url: `${ORIGIN}/b.jpg` }],
    provinceCode: "32",
    producerGroup: "ban-tha-sawang",
    madeToOrderDays: null,
    categories: [],
    variants: [variant],
    priceRange: { min: variant.price, max: variant.price },
    stockStatus: "in_stock",
    ...patch,
  }
}

describe("alternates", () => {
  it("give absolute URLs in every language and x-default Thai", () => {
    expect(localeAlternates("/products/x")).toEqual({
      th: `${ORIGIN}/th/products/x`,
      en: `${ORIGIN}/en/products/x`,
      "x-default": `${ORIGIN}/th/products/x`,
    })
    expect(localeAlternates("/")).toEqual({ th: `${ORIGIN}/th`, en: `${ORIGIN}/en`, "x-default": `${ORIGIN}/th` })
    expect(absoluteUrl("en", "provinces/32")).toBe(`${ORIGIN}/en/provinces/32`)
    expect(pageAlternates("en", "/regions/north")).toEqual({
      canonical: `${ORIGIN}/en/regions/north`,
      languages: localeAlternates("/regions/north"),
    })
  })

  it("page metadata carries title, a short description, canonical, hreflang and OpenGraph", () => {
    const metadata = pageMetadata({ locale: "th", path: "/producers/g", title: "กลุ่ม", description: "ก ".repeat(200), image: { url: "/logo.png", alt: "โลโก้" }, noindex: true })
    expect(metadata.title).toBe("กลุ่ม")
    expect((metadata.description as string).length).toBeLessThanOrEqual(160)
    expect(metadata.alternates?.canonical).toBe(`${ORIGIN}/th/producers/g`)
    expect(metadata.openGraph).toMatchObject({ url: `${ORIGIN}/th/producers/g`, locale: "th_TH", images: [{ url: "/logo.png", alt: "โลโก้" }] })
    expect(metadata.robots).toEqual({ index: false, follow: true })
  })
})

describe("JSON-LD", () => {
  it("a product has THB offers with availability, the group as brand and seller, and the buyers' rating", () => {
    const data = productJsonLd({
      product: product(),
      locale: "en",
      rating: { average: 4.5, count: 12 },
      group: { name: "Ban Tha Sawang Weavers", handle: "ban-tha-sawang" },
    })
    expect(data).toMatchObject({
      "@type": "Product",
      name: "ผ้าไหมมัดหมี่",
      url: `${ORIGIN}/en/products/mudmee-silk`,
      image: [`${ORIGIN}/a.jpg`, `${ORIGIN}/b.jpg`],
      sku: "SILK-1",
      brand: { "@type": "Brand", name: "Ban Tha Sawang Weavers" },
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4.5, reviewCount: 12, bestRating: 5, worstRating: 1 },
    })
    expect(data.offers).toEqual([
      expect.objectContaining({
        price: "1290.50",
        priceCurrency: "THB",
        availability: "https://schema.org/InStock",
        seller: { "@type": "Organization", name: "Ban Tha Sawang Weavers", url: `${ORIGIN}/en/producers/ban-tha-sawang` },
      }),
    ])
  })

  it("says made to order, out of stock or (a closed group) not orderable, and no rating without reviews", () => {
    const madeToOrder = productJsonLd({ product: product({ madeToOrderDays: 14 }), locale: "th", rating: { average: null, count: 0 } })
    expect((madeToOrder.offers as { availability: string }[])[0].availability).toBe("https://schema.org/MadeToOrder")
    expect(madeToOrder.aggregateRating).toBeUndefined()
    const closed = productJsonLd({ product: product(), locale: "th", rating: null, closed: true })
    expect((closed.offers as { availability: string }[])[0].availability).toBe("https://schema.org/OutOfStock")
  })

  it("breadcrumbs and the producer are absolute and in order; serialised JSON cannot close its script", () => {
    expect(breadcrumbJsonLd("th", [{ name: "หน้าแรก", path: "/" }, { name: "สุรินทร์", path: "/provinces/32" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "หน้าแรก", item: `${ORIGIN}/th` },
        { "@type": "ListItem", position: 2, name: "สุรินทร์", item: `${ORIGIN}/th/provinces/32` },
      ],
    })
    const producer = producerJsonLd({
      locale: "th",
      handle: "g",
      name: "กลุ่มทอผ้า",
      alternateName: "Weavers",
      address: { village: "บ้านท่าสว่าง", subdistrict: "ท่าสว่าง", district: "เมืองสุรินทร์", province: "สุรินทร์" },
    })
    expect(producer).toMatchObject({
      "@type": "LocalBusiness",
      url: `${ORIGIN}/th/producers/g`,
      alternateName: "Weavers",
      address: { "@type": "PostalAddress", streetAddress: "บ้านท่าสว่าง", addressLocality: "ท่าสว่าง, เมืองสุรินทร์", addressRegion: "สุรินทร์", addressCountry: "TH" },
    })
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>")
  })
})
