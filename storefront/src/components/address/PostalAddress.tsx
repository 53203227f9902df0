import { Fragment } from "react"
import { postalAddressLines, type PostalAddressFields } from "@/lib/address"

/** An address block, one line of the parcel label per line. */
export function PostalAddress({ address, className }: { address: PostalAddressFields; className?: string }) {
  return (
    <address className={className}>
      {postalAddressLines(address).map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </address>
  )
}
