import Image from "next/image"
import { LogoMark } from "./Logo"

type ProductImageProps = {
  src: string | null
  alt: string
  sizes: string
  noImageLabel: string
  preload?: boolean
  eager?: boolean
  className?: string
}

/** A product picture filling its (relatively positioned) box, or a woven placeholder. */
export function ProductImage({ src, alt, sizes, noImageLabel, preload, eager, className }: ProductImageProps) {
  if (!src) {
    return (
      <div
        role="img"
        aria-label={noImageLabel}
        className="silk-pattern absolute inset-0 flex flex-col items-center justify-center gap-2 bg-paper-deep text-ink-soft"
      >
        <LogoMark className="h-10 w-10 opacity-60" />
        <span className="text-xs">{noImageLabel}</span>
      </div>
    )
  }
  return (
    <Image
      src={src}
      alt={alt}
      fill
      sizes={sizes}
      preload={preload}
      // The preloaded picture is the page's largest paint: fetch it ahead of the other pictures
      // (Lighthouse: without it the preload goes out at low priority on a phone's connection).
      fetchPriority={preload ? "high" : undefined}
      loading={!preload && eager ? "eager" : undefined}
      // The optimiser does not rasterise SVG; serve those as they are.
      unoptimized={/\.svg(\?|$)/i.test(src)}
      className={`object-cover ${className ?? ""}`}
    />
  )
}
