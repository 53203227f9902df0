import { useLocale } from "next-intl"
import type { AnchorHTMLAttributes, ReactNode } from "react"

/**
 * Stand-in for @/i18n/navigation in Jest: like next-intl's Link it prefixes the locale.
 * Use with jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock")).
 */
export const mockPathname = { current: "/" }

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string | { pathname: string }
  locale?: string
  children?: ReactNode
}

export function Link({ href, locale, children, ...rest }: LinkProps) {
  const currentLocale = useLocale()
  const pathname = typeof href === "string" ? href : href.pathname
  return (
    <a href={`/${locale ?? currentLocale}${pathname === "/" ? "" : pathname}`} {...rest}>
      {children}
    </a>
  )
}

export function usePathname() {
  return mockPathname.current
}
