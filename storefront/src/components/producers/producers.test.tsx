import { screen, within } from "@testing-library/react"
import type { ProducerGroup } from "@/lib/catalog/producer-group"
import { renderWithIntl } from "@/test/render"
import { ProducerFilters } from "./ProducerFilters"
import { ProducerList } from "./ProducerList"
import { ProducersEmpty } from "./ProducersEmpty"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))
jest.mock("next/form", () => ({ __esModule: true, default: (props: React.FormHTMLAttributes<HTMLFormElement>) => <form {...props} /> }))

const group = (handle: string, patch: Partial<ProducerGroup> = {}): ProducerGroup => ({
  handle,
  name: `กลุ่ม ${handle}`,
  otherName: null,
  producerType: "COMMUNITY_GROUP",
  provinceCode: "50",
  region: "north",
  village: "บ้านถวาย",
  moo: 2,
  story: null,
  logo: null,
  cover: null,
  location: { province: "เชียงใหม่", district: "หางดง", subdistrict: "ขุนคง" },
  certifications: [],
  products: [],
  closure: null,
  ...patch,
})

const regionNames = { north: "ภาคเหนือ", northeast: "ภาคตะวันออกเฉียงเหนือ", central: "ภาคกลาง", east: "ภาคตะวันออก", west: "ภาคตะวันตก", south: "ภาคใต้" }

describe("ProducerList", () => {
  it("lists each group with its village, tambon and province, linking to its page", () => {
    renderWithIntl(<ProducerList groups={[group("ban-thawai"), group("khun-khong", { village: null })]} />, "th")
    const list = screen.getByRole("list", { name: "รายชื่อกลุ่มผู้ผลิต" })
    const items = within(list).getAllByRole("listitem")
    expect(items).toHaveLength(2)
    expect(within(items[0]).getByRole("link", { name: "กลุ่ม ban-thawai" })).toHaveAttribute("href", "/th/producers/ban-thawai")
    expect(items[0]).toHaveTextContent("บ้านถวาย หมู่ 2 · ขุนคง · เชียงใหม่")
    expect(items[1]).toHaveTextContent("ขุนคง · เชียงใหม่")
  })
})

describe("ProducerFilters", () => {
  it("is a GET form to the list with the chosen province and region selected", () => {
    const { container } = renderWithIntl(<ProducerFilters query={{ page: 2, province: "50", region: "north", rejected: [] }} regionNames={regionNames} />, "th")
    const form = container.querySelector("form")!
    expect(form).toHaveAttribute("action", "/th/producers")
    expect(screen.getByLabelText("จังหวัด")).toHaveValue("50")
    expect(screen.getByLabelText("ภาค")).toHaveValue("north")
    expect(within(screen.getByLabelText("จังหวัด")).getAllByRole("option")).toHaveLength(78) // all provinces + "all"
    expect(screen.getByRole("link", { name: "ล้างตัวกรอง" })).toHaveAttribute("href", "/th/producers")
    // No page field: a new filter starts at page 1.
    expect(form.querySelector("[name=page]")).toBeNull()
  })

  it("says in English which filter of the link it could not use, and offers no 'clear' without filters", () => {
    renderWithIntl(<ProducerFilters query={{ page: 1, province: null, region: null, rejected: ["province"] }} regionNames={regionNames} />, "en")
    expect(screen.getByRole("alert")).toHaveTextContent("The province in the link was not found, so all provinces are shown")
    expect(screen.getByLabelText("Province")).toHaveValue("")
    expect(screen.queryByRole("link", { name: "Clear filters" })).toBeNull()
    expect(screen.getByRole("option", { name: "Chiang Mai" })).toBeInTheDocument()
  })
})

describe("ProducersEmpty", () => {
  const firstPage = { pathname: "/producers", query: { province: "50" } }

  it("filtered: suggests all groups and the products", () => {
    renderWithIntl(<ProducersEmpty reason="filtered" firstPageHref={firstPage} />, "th")
    expect(screen.getByRole("status")).toHaveTextContent("ยังไม่มีกลุ่มผู้ผลิตที่ตรงกับตัวกรอง")
    expect(screen.getByRole("link", { name: "ดูกลุ่มผู้ผลิตทั้งหมด" })).toHaveAttribute("href", "/th/producers")
    expect(screen.getByRole("link", { name: "เลือกดูสินค้า" })).toHaveAttribute("href", "/th/search")
  })

  it("past the last page: leads back to the first page", () => {
    renderWithIntl(<ProducersEmpty reason="pastLast" firstPageHref={firstPage} />, "en")
    expect(screen.getByRole("status")).toHaveTextContent("This page has no more groups")
    expect(screen.getByRole("link", { name: "Back to the first page" })).toHaveAttribute("href", "/en/producers")
  })

  it("no groups at all: explains and offers the products", () => {
    renderWithIntl(<ProducersEmpty reason="none" firstPageHref={{ pathname: "/producers", query: {} }} />, "en")
    expect(screen.getByRole("status")).toHaveTextContent("No producer groups in the shop yet")
    expect(screen.queryByRole("link", { name: "See all producer groups" })).toBeNull()
  })
})
