import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"

/**
 * The staff layout hands its client components the Staff messages only; the trust screens'
 * client components (nav, decisions, grade form, import) read StaffTrust too, so they get it here.
 */
export async function TrustMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ Staff: messages.Staff, Errors: messages.Errors, StaffTrust: messages.StaffTrust }}>
      {children}
    </NextIntlClientProvider>
  )
}
