import { createNavigation } from "next-intl/navigation"
import { createElement, type ComponentProps } from "react"
import { routing } from "./routing"

// Locale-aware wrappers around next/link and next/navigation.
const navigation = createNavigation(routing)
export const { redirect, usePathname, useRouter, getPathname } = navigation

/**
 * next/link with the locale, and without prefetching unless asked for: a shop page has dozens of
 * links (every card, province and category), and prefetching each one as it scrolls into view
 * costs a phone bandwidth and main-thread time while the page is still starting (Lighthouse TBT).
 * The page a link leads to is fetched when it is followed.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch, ...props })
}
