import type { routing } from "@/i18n/routing"
import type { Messages } from "@/i18n/messages"

// Typed locales and message keys: a key missing from the Thai messages is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: Messages
  }
}
