"use client"

import { useTranslations } from "next-intl"
import { GeoPicker as SharedGeoPicker, type GeoPickerProps } from "@/components/geo/GeoPicker"
import type { RegistrationErrorKey } from "@/lib/producer/registration"

export { geoGet } from "@/components/geo/GeoPicker"

type RegistrationGeoPickerProps = Omit<GeoPickerProps, "labels" | "errors"> & {
  errors: { postcode?: RegistrationErrorKey; subdistrict_code?: RegistrationErrorKey }
}

/** The shared picker (components/geo) in the registration's words and error keys. */
export function GeoPicker({ errors, ...props }: RegistrationGeoPickerProps) {
  const t = useTranslations("Registration")
  return (
    <SharedGeoPicker
      {...props}
      labels={{
        postcode: t("form.postcode"),
        postcodeHint: t("form.postcodeHint"),
        postcodeNarrowed: (postcode) => t("form.postcodeNarrowed", { postcode }),
        postcodeSearching: t("form.postcodeSearching"),
        postcodeUnknown: t("form.postcodeUnknown"),
        province: t("form.province"),
        district: t("form.district"),
        subdistrict: t("form.subdistrict"),
        chooseProvince: t("form.chooseProvince"),
        chooseDistrict: t("form.chooseDistrict"),
        chooseSubdistrict: t("form.chooseSubdistrict"),
        geoLoading: t("form.geoLoading"),
        geoUnavailable: t("form.geoUnavailable"),
        geoRetry: t("form.geoRetry"),
      }}
      errors={{
        postcode: errors.postcode ? t(`errors.${errors.postcode}`) : undefined,
        subdistrict_code: errors.subdistrict_code ? t(`errors.${errors.subdistrict_code}`) : undefined,
      }}
    />
  )
}
