import type { routing } from "@/i18n/routing"
import type messages from "../messages/th.json"

// Typed locales and message keys: a key missing from th.json is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
