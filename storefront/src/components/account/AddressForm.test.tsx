import { screen } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { AddressForm } from "./AddressForm"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

const provinces = [
  { code: "10", name_th: "กรุงเทพมหานคร", name_en: "Bangkok" },
  { code: "50", name_th: "เชียงใหม่", name_en: "Chiang Mai" },
]

describe("AddressForm", () => {
  beforeEach(() => {
    // The pickers load districts of the saved province; an empty list is enough here.
    global.fetch = jest.fn(async () => new Response(JSON.stringify({ districts: [], subdistricts: [] }), { status: 200 })) as typeof fetch
  })

  it("labels every field in Thai and starts from a saved address", () => {
    renderWithIntl(
      <AddressForm
        action={jest.fn()}
        locale="th"
        provinces={provinces}
        addressId="caddr_1"
        initial={{ first_name: "สมหญิง", last_name: "ทองมา", phone: "0891234567", address_1: "88/12 ซอยอารีย์ 4", subdistrict_code: "103701", postcode: "10400" }}
      />,
    )
    expect(screen.getByLabelText(/^ชื่อผู้รับ/)).toHaveValue("สมหญิง")
    expect(screen.getByLabelText(/^เบอร์โทรศัพท์ผู้รับ/)).toHaveAttribute("type", "tel")
    expect(screen.getByLabelText(/^บ้านเลขที่/)).toHaveValue("88/12 ซอยอารีย์ 4")
    expect(screen.getByLabelText("จังหวัด")).toHaveValue("10")
    expect(screen.getByLabelText("รหัสไปรษณีย์")).toHaveValue("10400")
    expect(screen.getByRole("button", { name: "บันทึกที่อยู่" })).toBeInTheDocument()
  })

  it("says in English that the postcode does not match the subdistrict, at the postcode", () => {
    renderWithIntl(
      <AddressForm
        action={jest.fn()}
        locale="en"
        provinces={provinces}
        initialState={{
          errorKey: "fixErrors",
          fieldErrors: { postcode: "postcodeMismatch", phone: "phone" },
          values: { first_name: "Emma", last_name: "Wilson", phone: "12", address_1: "1 Soi Sukhumvit 24", subdistrict_code: "103701", postcode: "50200" },
        }}
      />,
      "en",
    )
    expect(screen.getByRole("alert")).toHaveTextContent("Please correct the fields marked below.")
    expect(screen.getByLabelText("Postcode")).toHaveAccessibleDescription(/does not match the chosen subdistrict/)
    expect(screen.getByLabelText(/^Recipient's phone/)).toHaveAccessibleDescription(/starts with 0/)
    expect(screen.getByLabelText(/^Recipient's phone/)).toHaveValue("12")
  })
})
