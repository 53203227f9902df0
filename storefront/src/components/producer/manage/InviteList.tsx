"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import type { AppLocale } from "@/i18n/routing"
import { formatDate } from "@/lib/dates"
import type { RowActionState, TeamInvite } from "@/lib/producer/manage"
import { secondaryButtonClass } from "../fields"
import { StateAlerts } from "./Alerts"

type RowAction = (state: RowActionState, form: FormData) => Promise<RowActionState>

/** Open invites (not accepted yet), each with a "revoke" button. */
export function InviteList({ invites, locale, revoke }: { invites: TeamInvite[]; locale: string; revoke: RowAction }) {
  const t = useTranslations("Manage.team")
  if (invites.length === 0) {
    return <p className="rounded-2xl border border-dashed border-line bg-white p-5 text-center text-ink-soft">{t("invitesEmpty")}</p>
  }
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      {invites.map((invite) => (
        <InviteRow key={invite.id} invite={invite} locale={locale} revoke={revoke} />
      ))}
    </ul>
  )
}

function InviteRow({ invite, locale, revoke }: { invite: TeamInvite; locale: string; revoke: RowAction }) {
  const t = useTranslations("Manage")
  const appLocale = useLocale() as AppLocale
  const [state, action, pending] = useActionState(revoke, {})
  const role = invite.role === "owner" ? "owner" : "staff"
  const expires = invite.expires_at ? new Date(invite.expires_at) : null
  const expired = expires !== null && expires.getTime() < Date.now()
  return (
    <li data-testid="invite-row" data-email={invite.email} className="space-y-2 p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-all font-semibold text-ink">{invite.email}</p>
          <p className="text-sm text-ink-soft">
            {t(`roles.${role}`)}
            {expires && (
              <>
                {" · "}
                {expired ? t("team.expired") : t("team.expires", { date: formatDate(expires, appLocale, { dateStyle: "medium" }) })}
              </>
            )}
          </p>
        </div>
        <form action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="invite_id" value={invite.id} />
          <button
            type="submit"
            disabled={pending}
            aria-label={t("team.revokeLabel", { email: invite.email })}
            className={`${secondaryButtonClass} border-clay/30 text-clay hover:border-clay hover:bg-clay-soft`}
          >
            {pending ? t("team.revoking") : t("team.revoke")}
          </button>
        </form>
      </div>
      <StateAlerts errorKey={state.errorKey} apiError={state.apiError} />
    </li>
  )
}
