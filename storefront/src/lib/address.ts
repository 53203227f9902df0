/**
 * A Thai postal address as Medusa stores it from our checkout: house and road on address_1,
 * the subdistrict (tambon) on address_2, the district as city, the province by name.
 */
export type PostalAddressFields = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
}

/** The lines a parcel label carries, in the order Thailand Post reads them; empty parts left out. */
export function postalAddressLines(address: PostalAddressFields, { phone = true } = {}): string[] {
  const join = (parts: (string | null | undefined)[]) => parts.map((p) => p?.trim()).filter(Boolean).join(" ")
  return [
    join([address.first_name, address.last_name]),
    join([address.address_1]),
    join([address.address_2, address.city, address.province, address.postal_code]),
    phone ? join([address.phone]) : "",
  ].filter(Boolean)
}
