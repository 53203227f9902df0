import enCore from "../../messages/en.json"
import enCatalog from "../../messages/en/catalog.json"
import enEdit from "../../messages/en/edit.json"
import enManage from "../../messages/en/manage.json"
import enRegistration from "../../messages/en/registration.json"
import enStaff from "../../messages/en/staff.json"
import enStaffTrust from "../../messages/en/staff-trust.json"
import enTrust from "../../messages/en/trust.json"
import enShop from "../../messages/en/shop.json"
import enCheckout from "../../messages/en/checkout.json"
import enAccount from "../../messages/en/account.json"
import enSeo from "../../messages/en/seo.json"
import enProducers from "../../messages/en/producers.json"
import thCore from "../../messages/th.json"
import thCatalog from "../../messages/th/catalog.json"
import thEdit from "../../messages/th/edit.json"
import thManage from "../../messages/th/manage.json"
import thRegistration from "../../messages/th/registration.json"
import thStaff from "../../messages/th/staff.json"
import thStaffTrust from "../../messages/th/staff-trust.json"
import thTrust from "../../messages/th/trust.json"
import thShop from "../../messages/th/shop.json"
import thCheckout from "../../messages/th/checkout.json"
import thAccount from "../../messages/th/account.json"
import thSeo from "../../messages/th/seo.json"
import thProducers from "../../messages/th/producers.json"

// One file per area (messages/<locale>/<area>.json, each with its own top-level namespace) so
// that screens of different areas never edit the same file; the core file holds the shared ones.
export const thMessages = { ...thCore, ...thRegistration, ...thStaff, ...thStaffTrust, ...thManage, ...thEdit, ...thTrust, ...thCatalog, ...thShop, ...thCheckout, ...thAccount, ...thSeo, ...thProducers }
export const enMessages = { ...enCore, ...enRegistration, ...enStaff, ...enStaffTrust, ...enManage, ...enEdit, ...enTrust, ...enCatalog, ...enShop, ...enCheckout, ...enAccount, ...enSeo, ...enProducers }

export type Messages = typeof thMessages

export const messagesByLocale = { th: thMessages, en: enMessages } as const
