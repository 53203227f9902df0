/** The OTOP mark: a woven diamond, as in the app icon. */
export function LogoMark({ className = "h-10 w-10" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      <rect width="64" height="64" rx="14" fill="#23386b" />
      <path d="M32 9 55 32 32 55 9 32Z" fill="none" stroke="#c9a449" strokeWidth="4" />
      <path d="M32 21 43 32 32 43 21 32Z" fill="#c9a449" />
      <circle cx="32" cy="32" r="3.5" fill="#23386b" />
    </svg>
  )
}

export function Wordmark({ tagline }: { tagline: string }) {
  return (
    <span className="flex items-center gap-2.5">
      <LogoMark className="h-10 w-10 shrink-0 sm:h-11 sm:w-11" />
      <span className="flex flex-col leading-none">
        <span className="text-2xl font-extrabold tracking-[0.12em] text-indigo sm:text-[1.7rem]">OTOP</span>
        <span className="mt-1 text-[0.72rem] font-medium leading-tight text-gold-deep sm:text-xs">{tagline}</span>
      </span>
    </span>
  )
}
