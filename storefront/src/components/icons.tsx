// Small line icons (24×24, currentColor), decorative unless given a label by the caller.
type IconProps = { className?: string }

const base = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round" as const,
  strokeLinejoin: "round" as const,
  "aria-hidden": true,
}

export function PinIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11Z" />
      <circle cx="12" cy="10" r="2.3" />
    </svg>
  )
}

export function ReceiptIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M6 3h12v18l-3-2-3 2-3-2-3 2Z" />
      <path d="M9 8h6M9 12h6M9 16h3" />
    </svg>
  )
}

export function HandsIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M12 20c-4-2.5-8-5.6-8-10a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 4.4-4 7.5-8 10Z" />
    </svg>
  )
}

export function ArrowRightIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  )
}

export function ArrowLeftIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M19 12H5M11 6l-6 6 6 6" />
    </svg>
  )
}

export function ChevronRightIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="m9 6 6 6-6 6" />
    </svg>
  )
}

export function CloudOffIcon({ className }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M7 18h10a4 4 0 0 0 .6-8 6 6 0 0 0-11.3-1.5A4.5 4.5 0 0 0 7 18Z" />
      <path d="M4 4l16 16" />
    </svg>
  )
}

/** One pictogram per OTOP category; unknown handles get the woven diamond. */
export function CategoryIcon({ handle, className }: IconProps & { handle: string }) {
  switch (handle) {
    case "food": // a bowl of rice
      return (
        <svg {...base} className={className}>
          <path d="M3.5 11h17a8.5 8.5 0 0 1-17 0Z" />
          <path d="M7 11a5 5 0 0 1 10 0" />
          <path d="M9 20h6" />
        </svg>
      )
    case "beverage": // a cup with steam
      return (
        <svg {...base} className={className}>
          <path d="M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5Z" />
          <path d="M16 10h1.5a2.5 2.5 0 0 1 0 5H16" />
          <path d="M8.5 3.5c-.8 1 .8 2 0 3M12 3.5c-.8 1 .8 2 0 3" />
        </svg>
      )
    case "textile-apparel": // folded cloth with a woven band
      return (
        <svg {...base} className={className}>
          <path d="M4 6h16v12H4Z" />
          <path d="M4 10h16M4 14h16" />
          <path d="m8 10 2 2-2 2-2-2ZM16 10l2 2-2 2-2-2Z" />
        </svg>
      )
    case "houseware-decor-souvenir": // a clay jar
      return (
        <svg {...base} className={className}>
          <path d="M9 3h6M10 3v3c-3 1-5 3.5-5 7a7 7 0 0 0 14 0c0-3.5-2-6-5-7V3" />
          <path d="M6 12h12" />
        </svg>
      )
    case "herbal-nonfood": // a leaf
      return (
        <svg {...base} className={className}>
          <path d="M5 19c0-8 5-14 15-15-1 10-7 15-15 15Z" />
          <path d="M5 19 14 10" />
        </svg>
      )
    default:
      return (
        <svg {...base} className={className}>
          <path d="M12 3 21 12 12 21 3 12Z" />
          <path d="M12 8 16 12 12 16 8 12Z" />
        </svg>
      )
  }
}
