import { render } from "@testing-library/react"
import { NextIntlClientProvider } from "next-intl"
import type { ReactElement } from "react"
import { enMessages as en, thMessages as th } from "@/i18n/messages"

/** Renders with next-intl's provider and the real messages of the given locale. */
export function renderWithIntl(ui: ReactElement, locale: "th" | "en" = "th") {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === "th" ? th : en} timeZone="Asia/Bangkok">
      {ui}
    </NextIntlClientProvider>,
  )
}
