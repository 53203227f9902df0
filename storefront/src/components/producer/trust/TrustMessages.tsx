import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"

/** The trust screens' client components read the Trust namespace (the portal layout gives Producer only). */
export async function TrustMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages()
  return <NextIntlClientProvider messages={{ Producer: messages.Producer, Errors: messages.Errors, Trust: messages.Trust }}>{children}</NextIntlClientProvider>
}
