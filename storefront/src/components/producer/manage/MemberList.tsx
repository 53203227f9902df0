"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import { MEMBER_ROLES, memberName, ownerCount, sortMembers, type RowActionState, type TeamMember } from "@/lib/producer/manage"
import { inputClass, secondaryButtonClass } from "../fields"
import { SavedNote, StateAlerts } from "./Alerts"

type RowAction = (state: RowActionState, form: FormData) => Promise<RowActionState>

type MemberListProps = {
  members: TeamMember[]
  /** The signed-in producer, marked "you". */
  currentProducerId: string
  locale: string
  changeRole: RowAction
  remove: RowAction
}

/** The group's members with their role (changeable) and a confirmed "remove". */
export function MemberList({ members, currentProducerId, locale, changeRole, remove }: MemberListProps) {
  const owners = ownerCount(members)
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white shadow-sm">
      {sortMembers(members).map((member) => (
        <MemberRow
          key={member.id}
          member={member}
          isYou={member.producer?.id === currentProducerId}
          isLastOwner={member.role === "owner" && owners === 1}
          locale={locale}
          changeRole={changeRole}
          remove={remove}
        />
      ))}
    </ul>
  )
}

function MemberRow({
  member,
  isYou,
  isLastOwner,
  locale,
  changeRole,
  remove,
}: {
  member: TeamMember
  isYou: boolean
  isLastOwner: boolean
  locale: string
  changeRole: RowAction
  remove: RowAction
}) {
  const t = useTranslations("Manage")
  const [roleState, roleAction, rolePending] = useActionState(changeRole, {})
  const [removeState, removeAction, removePending] = useActionState(remove, {})
  const [confirming, setConfirming] = useState(false)
  const current = member.role === "owner" ? "owner" : "staff"
  const [chosenRole, setChosenRole] = useState<string>(current)
  // Sent by hand (no automatic form reset, which would put the <select> back to its
  // server-rendered option); a refused change shows the member's actual role again.
  const onRoleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => roleAction(data))
  }
  useEffect(() => {
    if (roleState.errorKey || roleState.apiError) setChosenRole(current)
  }, [roleState, current])
  useEffect(() => setChosenRole(current), [current])
  const confirmRef = useRef<HTMLButtonElement>(null)
  const name = memberName(member)
  const role = current
  const selectId = `role-${member.id}`
  const hintId = `role-hint-${member.id}`

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  return (
    <li data-testid="member-row" data-email={member.producer?.email} className="space-y-3 p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold text-ink">
            {name}
            {isYou && (
              <span className="ml-2 rounded-full bg-indigo-soft px-2 py-0.5 text-xs font-semibold text-indigo">{t("team.you")}</span>
            )}
          </p>
          {member.producer?.email && <p className="break-all text-sm text-ink-soft">{member.producer.email}</p>}
        </div>
        <span
          className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${role === "owner" ? "bg-gold-soft text-gold-deep" : "bg-paper-deep text-ink-soft"}`}
        >
          {t(`roles.${role}`)}
        </span>
      </div>

      <form onSubmit={onRoleSubmit} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="member_id" value={member.id} />
        <div className="min-w-40 flex-1">
          <label htmlFor={selectId} className="block text-sm font-semibold text-ink">
            {t("team.roleOf", { name })}
          </label>
          <select
            id={selectId}
            name="role"
            value={chosenRole}
            onChange={(event) => setChosenRole(event.target.value)}
            className={inputClass}
            aria-describedby={isLastOwner ? hintId : undefined}
          >
            {MEMBER_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={rolePending} className={secondaryButtonClass}>
          {rolePending ? t("team.savingRole") : t("team.saveRole")}
        </button>
      </form>
      {isLastOwner && (
        <p id={hintId} className="text-xs text-ink-soft">
          {t("team.lastOwnerHint")}
        </p>
      )}
      <StateAlerts errorKey={roleState.errorKey} apiError={roleState.apiError} />
      {roleState.ok && <SavedNote>{t("team.roleSaved")}</SavedNote>}

      {confirming ? (
        <form action={removeAction} className="space-y-3 rounded-xl border border-clay/30 bg-clay-soft/60 p-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="member_id" value={member.id} />
          <p className="text-sm font-medium text-ink">{t("team.removeConfirm", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="submit"
              disabled={removePending}
              className="inline-flex min-h-11 items-center justify-center rounded-full bg-clay px-5 py-2 font-semibold text-white transition hover:bg-clay/90 disabled:cursor-wait disabled:opacity-70"
            >
              {removePending ? t("team.removing") : t("team.confirmRemove")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
              {t("team.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-clay transition hover:bg-clay-soft"
        >
          {t("team.remove")}
        </button>
      )}
      <StateAlerts errorKey={removeState.errorKey} apiError={removeState.apiError} />
    </li>
  )
}
