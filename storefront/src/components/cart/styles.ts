export const buttonPrimary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-indigo px-6 py-2.5 font-semibold text-white shadow-sm transition hover:bg-indigo-deep disabled:cursor-not-allowed disabled:opacity-60"
export const buttonSecondary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full border border-indigo/30 bg-white px-5 py-2 font-semibold text-indigo transition hover:border-indigo hover:bg-indigo-soft disabled:cursor-not-allowed disabled:opacity-60"
export const inputBase =
  "mt-1 block w-full rounded-xl border border-line bg-white px-3.5 py-2.5 text-base text-ink shadow-sm outline-none transition focus:border-indigo focus:ring-2 focus:ring-indigo/20 aria-[invalid=true]:border-clay disabled:bg-paper-deep/60"
