import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"

/**
 * The producer layout hands its client components the Producer messages only; the management
 * screens' client components read the Manage namespace, so they get it here.
 */
export async function ManageMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ Producer: messages.Producer, Errors: messages.Errors, Manage: messages.Manage }}>
      {children}
    </NextIntlClientProvider>
  )
}
