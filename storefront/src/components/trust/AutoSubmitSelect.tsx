"use client"

import type { ReactNode, SelectHTMLAttributes } from "react"

/**
 * A select that submits its form as soon as it changes. Without JavaScript the form keeps a
 * submit button (inside <noscript>) that does the same.
 */
export function AutoSubmitSelect({ children, ...props }: Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> & { children: ReactNode }) {
  return (
    <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
      {children}
    </select>
  )
}
