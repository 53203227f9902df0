import type { GeoPickerLabels } from "./GeoPicker"

/** The message keys the picker needs, present in each form's own namespace (its wording may differ). */
export type GeoLabelKey =
  | "postcode"
  | "postcodeHint"
  | "postcodeNarrowed"
  | "postcodeSearching"
  | "postcodeUnknown"
  | "province"
  | "district"
  | "subdistrict"
  | "chooseProvince"
  | "chooseDistrict"
  | "chooseSubdistrict"
  | "geoLoading"
  | "geoUnavailable"
  | "geoRetry"

/** A form's translator over a namespace with the picker's keys (e.g. useTranslations("Checkout.form")). */
export type GeoTranslator = (key: GeoLabelKey, values?: { postcode: string }) => string

/** The picker's words from a form's translator: one mapping for registration, checkout and the account's addresses. */
export function geoPickerLabels(t: GeoTranslator): GeoPickerLabels {
  return {
    postcode: t("postcode"),
    postcodeHint: t("postcodeHint"),
    postcodeNarrowed: (postcode) => t("postcodeNarrowed", { postcode }),
    postcodeSearching: t("postcodeSearching"),
    postcodeUnknown: t("postcodeUnknown"),
    province: t("province"),
    district: t("district"),
    subdistrict: t("subdistrict"),
    chooseProvince: t("chooseProvince"),
    chooseDistrict: t("chooseDistrict"),
    chooseSubdistrict: t("chooseSubdistrict"),
    geoLoading: t("geoLoading"),
    geoUnavailable: t("geoUnavailable"),
    geoRetry: t("geoRetry"),
  }
}
