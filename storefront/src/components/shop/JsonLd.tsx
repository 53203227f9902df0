import { serializeJsonLd } from "@/lib/seo/jsonld"

/** Structured data for search engines (schema.org), built by src/lib/seo/jsonld.ts. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
