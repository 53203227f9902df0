const TONES: Record<string, string> = {
  approved: "bg-leaf-soft text-leaf border-leaf/25",
  pending: "bg-gold-soft text-gold-deep border-gold/40",
  rejected: "bg-clay-soft text-clay border-clay/25",
  suspended: "bg-clay-soft text-clay border-clay/25",
}

/** A registration status pill (approved green, pending gold, rejected/suspended clay). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-0.5 text-sm font-semibold ${TONES[status] ?? "border-line bg-paper-deep text-ink-soft"}`}
    >
      <span aria-hidden="true" className="h-2 w-2 rounded-full bg-current" />
      {label}
    </span>
  )
}
