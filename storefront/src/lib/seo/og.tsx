import { readFile } from "node:fs/promises"
import path from "node:path"
import { ImageResponse } from "next/og"

/**
 * Social preview cards (Open Graph, 1200 × 630 PNG) drawn with next/og. Its renderer (satori)
 * needs TTF/OTF/WOFF fonts, so the Thai and Latin Noto faces are kept as TTF in
 * storefront/assets/og-fonts (the pages themselves use WOFF2). Satori draws PNG and JPEG but not
 * the WebP pictures Medusa serves, so a product or cover picture is converted with sharp first.
 */
export const OG_SIZE = { width: 1200, height: 630 }
export const OG_CONTENT_TYPE = "image/png"

const COLORS = { paper: "#fbf8f1", paperDeep: "#f3ecdd", line: "#e6dcc8", ink: "#1e2230", inkSoft: "#4f5262", indigo: "#23386b", gold: "#c9a449", goldDeep: "#85611a" }

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" }
let fontsLoad: Promise<Font[]> | null = null

/** The four faces, read once per process (relative to the storefront folder, where `next start` runs). */
export function loadOgFonts(): Promise<Font[]> {
  fontsLoad ??= (async () => {
    const dir = path.join(process.cwd(), "assets/og-fonts")
    const face = async (file: string, name: string, weight: 400 | 700): Promise<Font> => ({ name, weight, style: "normal", data: await readFile(path.join(dir, file)) })
    // Latin first: satori takes each glyph from the first font that has it, and the Thai face has
    // Thai only (plus a few marks).
    return Promise.all([
      face("NotoSans-Regular.ttf", "Noto Sans", 400),
      face("NotoSans-Bold.ttf", "Noto Sans", 700),
      face("NotoSansThai-Regular.ttf", "Noto Sans Thai", 400),
      face("NotoSansThai-Bold.ttf", "Noto Sans Thai", 700),
    ])
  })().catch((error) => {
    fontsLoad = null
    throw error
  })
  return fontsLoad
}

/**
 * A picture as a PNG data URL, cover-cropped to a square (null when it cannot be read: the card
 * is drawn without it rather than failing).
 */
export async function pictureAsPng(url: string | null | undefined, size = 520): Promise<string | null> {
  if (!url) return null
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
    if (!res.ok) return null
    const { default: sharp } = await import("sharp")
    const png = await sharp(Buffer.from(await res.arrayBuffer())).resize(size, size, { fit: "cover" }).png().toBuffer()
    return `data:image/png;base64,${png.toString("base64")}`
  } catch {
    return null
  }
}

/** Shortens a line for the card (titles can be long; the card has room for about three lines). */
export function clip(text: string | null | undefined, max: number): string {
  const plain = (text ?? "").replace(/\s+/g, " ").trim()
  if (plain.length <= max) return plain
  return `${plain.slice(0, max - 1).trimEnd()}…`
}

function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64">
      <rect width="64" height="64" rx="14" fill={COLORS.indigo} />
      <path d="M32 9 55 32 32 55 9 32Z" fill="none" stroke={COLORS.gold} strokeWidth="4" />
      <path d="M32 21 43 32 32 43 21 32Z" fill={COLORS.gold} />
      <circle cx="32" cy="32" r="3.5" fill={COLORS.indigo} />
    </svg>
  )
}

export type OgCard = {
  /** The site's name and tagline in the page's language. */
  siteName: string
  tagline: string
  /** Big line (product or group name, or the site's title). */
  title: string
  /** Smaller lines under it (group and province, price, grade). */
  lines?: string[]
  /** A highlighted badge, e.g. "OTOP 5 ดาว (2566)", drawn after `stars` stars. */
  badge?: string | null
  stars?: number | null
  /** PNG data URL of the picture shown on the right. */
  picture?: string | null
}

/** The card layout (satori: every box with several children is a flex box). */
/** Five stars, `filled` of them gold (drawn: the fonts have no star glyph). */
function Stars({ filled }: { filled: number }) {
  return (
    <div style={{ display: "flex", gap: 4, marginRight: 12 }}>
      {[1, 2, 3, 4, 5].map((n) => (
        <svg key={n} width={28} height={28} viewBox="0 0 24 24">
          <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" fill={n <= filled ? COLORS.gold : "rgba(255,255,255,0.35)"} />
        </svg>
      ))}
    </div>
  )
}

export function OgCardView({ siteName, tagline, title, lines = [], badge, stars, picture }: OgCard) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        backgroundColor: COLORS.paper,
        fontFamily: "Noto Sans, Noto Sans Thai",
        color: COLORS.ink,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "56px 56px 48px 64px" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <Mark size={72} />
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 40, fontWeight: 700, letterSpacing: 6, color: COLORS.indigo }}>OTOP</div>
            <div style={{ fontSize: 22, color: COLORS.goldDeep }}>{tagline}</div>
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 14 }}>
          {badge ? (
            <div style={{ display: "flex" }}>
              <div style={{ display: "flex", alignItems: "center", backgroundColor: COLORS.indigo, color: "#ffffff", fontSize: 26, fontWeight: 700, padding: "6px 20px", borderRadius: 999 }}>
                {stars ? <Stars filled={stars} /> : null}
                {badge}
              </div>
            </div>
          ) : null}
          <div style={{ display: "flex", fontSize: title.length > 40 ? 48 : 60, fontWeight: 700, lineHeight: 1.35, color: COLORS.indigo }}>{title}</div>
          {lines.filter(Boolean).map((line, i) => (
            <div key={i} style={{ display: "flex", fontSize: 30, lineHeight: 1.4, color: i === 0 ? COLORS.ink : COLORS.inkSoft }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ display: "flex", fontSize: 22, color: COLORS.inkSoft, borderTop: `2px solid ${COLORS.line}`, paddingTop: 16 }}>{siteName}</div>
      </div>
      {picture ? (
        <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 560, backgroundColor: COLORS.paperDeep }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- satori draws plain <img> */}
          <img src={picture} width={500} height={500} alt="" style={{ borderRadius: 32, border: `4px solid ${COLORS.gold}` }} />
        </div>
      ) : (
        // Flat colours keep the PNG small (a fine lattice made it half a megabyte).
        <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 360, backgroundColor: COLORS.indigo }}>
          <div style={{ display: "flex", transform: "rotate(45deg)", width: 200, height: 200, borderRadius: 40, backgroundColor: COLORS.gold, alignItems: "center", justifyContent: "center" }}>
            <div style={{ display: "flex", width: 150, height: 150, borderRadius: 30, backgroundColor: COLORS.paper }} />
          </div>
        </div>
      )}
    </div>
  )
}

/** The PNG response of a card. */
export async function ogImageResponse(card: OgCard): Promise<ImageResponse> {
  return new ImageResponse(<OgCardView {...card} />, { ...OG_SIZE, fonts: await loadOgFonts() })
}

/**
 * The card of a listing page (a category, region or province): its name on the site's card.
 * Listing pages need a card file of their own: Next drops the layout's card as soon as a page's
 * metadata sets `openGraph` (as every page's pageMetadata does).
 */
export async function listingCard(locale: "th" | "en", title: string | null): Promise<ImageResponse> {
  const { getTranslations } = await import("next-intl/server")
  const [t, tHeader, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: "Seo" }),
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  return ogImageResponse({
    siteName: tMeta("siteName"),
    tagline: tHeader("tagline"),
    title: title ? clip(title, 70) : tMeta("title"),
    lines: [t("ogSiteLine"), t("ogSiteLine2")],
  })
}
