// Line icons of the trust and search components (24×24, currentColor, decorative: the caller
// always writes the meaning in text next to them).
type IconProps = { className?: string }

const line = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round" as const,
  strokeLinejoin: "round" as const,
  "aria-hidden": true,
}

/** A solid star (the official grade and buyers' stars share the shape, never the colour or the words). */
export function StarIcon({ className, filled = true }: IconProps & { filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className}>
      <path
        d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8Z"
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
    </svg>
  )
}

/** A rosette: the official OTOP grade. */
export function MedalIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <circle cx="12" cy="9" r="5.5" />
      <path d="M9 13.8 7.5 21l4.5-2.5 4.5 2.5-1.5-7.2" />
      <path d="m12 6.6.9 1.8 2 .3-1.4 1.4.3 2-1.8-1-1.8 1 .3-2-1.4-1.4 2-.3Z" />
    </svg>
  )
}

/** A shield with a tick: a certification verified by CDD staff. */
export function ShieldCheckIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M12 3 5 6v5.5c0 4.3 3 7.9 7 9.5 4-1.6 7-5.2 7-9.5V6Z" />
      <path d="m9 12 2.2 2.2L15.5 10" />
    </svg>
  )
}

/** A speech bubble: what buyers say. */
export function ChatIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-7l-4.5 3.5V16H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z" />
    </svg>
  )
}

export function ExternalLinkIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </svg>
  )
}

export function SearchIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </svg>
  )
}

export function FilterIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M4 6h16M7 12h10M10 18h4" />
    </svg>
  )
}

export function CloseIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  )
}

export function ThreadIcon({ className }: IconProps) {
  return (
    <svg {...line} className={className}>
      <path d="M4 20 20 4" />
      <path d="M7 4c3 3 3 6 0 9s-3 6 0 7M17 4c-3 3-3 6 0 9s3 6 0 7" />
    </svg>
  )
}
