import { createTranslator } from "next-intl"
import { enMessages, thMessages } from "@/i18n/messages"
import { geoPickerLabels } from "./labels"

describe("geoPickerLabels", () => {
  it("takes each form's own wording of the picker (checkout in Thai)", () => {
    const t = createTranslator({ locale: "th", messages: thMessages, namespace: "Checkout.form" })
    const labels = geoPickerLabels(t)
    expect(labels.postcode).toBe(thMessages.Checkout.form.postcode)
    expect(labels.subdistrict).toBe(thMessages.Checkout.form.subdistrict)
    expect(labels.geoRetry).toBe(thMessages.Checkout.form.geoRetry)
    expect(labels.postcodeNarrowed("50230")).toContain("50230")
  })

  it("and the registration's (in English), with every label filled", () => {
    const t = createTranslator({ locale: "en", messages: enMessages, namespace: "Registration.form" })
    const labels = geoPickerLabels(t)
    expect(labels.chooseSubdistrict).toBe(enMessages.Registration.form.chooseSubdistrict)
    for (const [key, value] of Object.entries(labels)) {
      const text = typeof value === "function" ? value("10400") : value
      expect([key, text.trim().length > 0]).toEqual([key, true])
    }
  })
})
