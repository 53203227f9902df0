"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { CART_CHANGED_EVENT, readCartCountCookie } from "./events"

function CartIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true" className={className}>
      <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="20" r="1.3" />
      <circle cx="17" cy="20" r="1.3" />
    </svg>
  )
}

function PersonIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true" className={className}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
    </svg>
  )
}

/**
 * The header's account and cart links. The count comes from a readable cookie the cart actions
 * keep (the cart id itself is httpOnly), so every page stays cacheable; it follows cart changes
 * on this page through an event, and is re-read on every navigation.
 */
export function CartLinks() {
  const t = useTranslations("CartLink")
  const pathname = usePathname()
  const [count, setCount] = useState<number | null>(null)

  useEffect(() => {
    setCount(readCartCountCookie(document.cookie))
    const onChange = (event: Event) => setCount((event as CustomEvent<{ count: number }>).detail.count)
    window.addEventListener(CART_CHANGED_EVENT, onChange)
    return () => window.removeEventListener(CART_CHANGED_EVENT, onChange)
  }, [pathname])

  const label = count ? t("cartWithCount", { count }) : t("cartEmpty")
  return (
    <nav aria-label={t("cart")} className="flex items-center gap-1">
      <Link
        href="/account"
        className="inline-flex h-11 items-center gap-1.5 rounded-full px-2.5 text-sm font-semibold text-indigo hover:bg-indigo-soft"
      >
        <PersonIcon className="h-6 w-6" />
        <span className="sr-only sm:not-sr-only">{t("account")}</span>
      </Link>
      <Link
        href="/cart"
        aria-label={label}
        data-testid="cart-link"
        className="relative inline-flex h-11 items-center gap-1.5 rounded-full px-2.5 text-sm font-semibold text-indigo hover:bg-indigo-soft"
      >
        <CartIcon className="h-6 w-6" />
        <span aria-hidden="true" className="hidden sm:inline">
          {t("cart")}
        </span>
        {count ? (
          <span
            aria-hidden="true"
            data-testid="cart-count"
            className="absolute -right-0.5 -top-0.5 inline-flex min-w-5 items-center justify-center rounded-full bg-clay px-1 text-xs font-bold leading-5 text-white sm:static"
          >
            {count}
          </span>
        ) : null}
      </Link>
    </nav>
  )
}
