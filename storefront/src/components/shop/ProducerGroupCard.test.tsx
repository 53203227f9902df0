import { screen } from "@testing-library/react"
import type { ProducerGroup } from "@/lib/catalog/producer-group"
import { renderWithIntl } from "@/test/render"
import { ProducerGroupCard } from "./ProducerGroupCard"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

const group: ProducerGroup = {
  handle: "ban-tha-sawang",
  name: "กลุ่มทอผ้าบ้านท่าสว่าง",
  otherName: "Ban Tha Sawang Weavers",
  producerType: "COMMUNITY_GROUP",
  provinceCode: "32",
  region: "northeast",
  village: "บ้านท่าสว่าง",
  moo: 4,
  story: "ทอผ้าไหมยกทองมาหลายชั่วอายุคน ".repeat(20),
  logo: null,
  cover: null,
  location: { province: "สุรินทร์", district: "เมืองสุรินทร์", subdistrict: "ท่าสว่าง" },
  certifications: [],
  products: [],
  closure: null,
}

describe("ProducerGroupCard", () => {
  it("names the group, its village, tambon and province, tells its story and links to its page", () => {
    renderWithIntl(<ProducerGroupCard group={group} size="full" headingLevel={2} />, "th")
    const link = screen.getByRole("link", { name: "กลุ่มทอผ้าบ้านท่าสว่าง" })
    expect(link).toHaveAttribute("href", "/th/producers/ban-tha-sawang")
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("กลุ่มทอผ้าบ้านท่าสว่าง")
    expect(screen.getByTestId("group-card")).toHaveTextContent("บ้านท่าสว่าง หมู่ 4 · ท่าสว่าง · สุรินทร์")
    expect(screen.getByTestId("group-card")).toHaveTextContent("ทอผ้าไหมยกทอง")
    expect(screen.getByText("กลุ่มผู้ผลิต")).toBeInTheDocument()
  })

  it("a list entry without location falls back to the province of its code, in English", () => {
    renderWithIntl(<ProducerGroupCard group={{ ...group, name: "Ban Tha Sawang Weavers", location: null, village: null, story: null }} />, "en")
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Ban Tha Sawang Weavers")
    expect(screen.getByTestId("group-card")).toHaveTextContent("Surin")
    expect(screen.queryByText("Producer group")).toBeNull()
  })
})
