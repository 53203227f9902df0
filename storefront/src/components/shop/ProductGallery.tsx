"use client"

import { useRef, useState, type KeyboardEvent } from "react"
import { ProductImage } from "@/components/ProductImage"

export type GalleryImage = { url: string; alt: string }

/** Accessible names, in the reader's language (client components get no message catalogue here). */
type Labels = { gallery: string; thumbnails: string[]; noImage: string }

/**
 * The product's pictures: one large, the others as thumbnail buttons below (a roving tab stop:
 * Tab reaches the row once, the arrow keys, Home and End move along it and show the picture).
 * The first picture is rendered on the server and preloaded: it is the page's largest paint.
 */
export function ProductGallery({ images, labels }: { images: GalleryImage[]; labels: Labels }) {
  const [current, setCurrent] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const shown = images[current]

  const select = (index: number) => {
    const next = (index + images.length) % images.length
    setCurrent(next)
    buttons.current[next]?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: images.length - 1 }
    if (event.key in moves) {
      event.preventDefault()
      select(moves[event.key])
    }
  }

  return (
    <div className="space-y-3" data-testid="product-gallery" aria-label={labels.gallery} role="group">
      <div className="relative aspect-square overflow-hidden rounded-3xl border border-line bg-paper-deep">
        <ProductImage
          key={shown?.url ?? "none"}
          src={shown?.url ?? null}
          alt={shown?.alt ?? labels.noImage}
          sizes="(min-width: 1152px) 540px, (min-width: 768px) 50vw, 100vw"
          noImageLabel={labels.noImage}
          preload={current === 0}
        />
      </div>
      {images.length > 1 && (
        <div role="toolbar" aria-orientation="horizontal" aria-label={labels.gallery} className="grid grid-cols-5 gap-2">
          {images.map((image, index) => (
            <button
              key={image.url}
              ref={(element) => {
                buttons.current[index] = element
              }}
              type="button"
              data-testid="gallery-thumbnail"
              aria-label={labels.thumbnails[index]}
              aria-pressed={index === current}
              tabIndex={index === current ? 0 : -1}
              onClick={() => setCurrent(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`relative aspect-square overflow-hidden rounded-xl border-2 bg-paper-deep transition focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-gold ${
                index === current ? "border-indigo" : "border-line hover:border-gold"
              }`}
            >
              {/* The button's name says which picture it shows; the thumbnail itself is decoration. */}
              <ProductImage src={image.url} alt="" sizes="110px" noImageLabel={labels.noImage} />
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
