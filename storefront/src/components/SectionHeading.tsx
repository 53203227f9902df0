type SectionHeadingProps = {
  id: string
  title: string
  aside?: React.ReactNode
}

/** A section title with the gold diamond accent used across the shop. */
export function SectionHeading({ id, title, aside }: SectionHeadingProps) {
  return (
    <div className="mb-4 flex items-end justify-between gap-3 sm:mb-6">
      <h2 id={id} className="flex items-center gap-2.5 text-xl font-bold text-ink sm:text-2xl">
        <span aria-hidden="true" className="h-2.5 w-2.5 rotate-45 bg-gold" />
        {title}
      </h2>
      {aside && <div className="text-sm text-ink-soft">{aside}</div>}
    </div>
  )
}
