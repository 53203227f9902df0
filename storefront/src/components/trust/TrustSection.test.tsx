import { screen, within } from "@testing-library/react"
import type { ProductTrust, ReviewPage } from "@/lib/catalog/types"
import { renderWithIntl } from "@/test/render"
import { VOCABULARIES } from "./fixtures"
import { ReviewsSection, TrustSection } from "./TrustSection"

jest.mock("@/i18n/navigation", () => require("@/test/navigation-mock"))

const trust: ProductTrust = {
  grade: { stars: 5, roundBe: 2567 },
  grades: [
    { stars: 5, roundBe: 2567, score: null, certificateNumber: null, announcedAt: null },
    { stars: 4, roundBe: 2565, score: null, certificateNumber: null, announcedAt: null },
  ],
  certifications: [
    { scheme: "gi", number: "สช 61100104", verified: true, expiresAt: null, lookupUrl: "https://www.ipthailand.go.th/gi", giName: "ผ้าไหมสุรินทร์" },
    { scheme: "tcps", number: "16/2559", verified: true, expiresAt: "2000-01-01T00:00:00Z", lookupUrl: null, giName: null },
  ],
  fabric: {
    fiber: "SILK",
    techniques: ["MUDMEE", "KHIT"],
    dye: "NATURAL",
    fabricType: "MUDMEE_SILK",
    royalPattern: "KHO_SIRIVANNAVARI",
    royalPatternYearBe: 2564,
    provincialPattern: "ลายหางกระรอก",
    handWoven: true,
  },
  softPower: ["FASHION"],
  campaigns: ["PHA_THAI_SAI_HAI_SANUK"],
  rating: { average: 4.5, count: 2 },
  groupName: "กลุ่มทอผ้าบ้านท่าสว่าง",
}

const reviews: ReviewPage = {
  rating: { average: 4.5, count: 2 },
  count: 2,
  reviews: [
    {
      id: "rev_1",
      rating: 5,
      title: "ผ้าสวยมาก",
      body: "เนื้อผ้านุ่ม ลายคมชัด ส่งไว",
      displayName: "สมศรี ใ.",
      createdAt: "2025-01-10T03:00:00Z",
      reply: { body: "ขอบคุณมากค่ะ", repliedAt: "2025-01-11T03:00:00Z" },
    },
    { id: "rev_2", rating: 4, title: null, body: "สีสวยตามรูป", displayName: null, createdAt: "2025-02-01T03:00:00Z", reply: null },
  ],
}

describe("TrustSection", () => {
  it("shows the official grade with its round and history, live badges, fabric and soft power", () => {
    renderWithIntl(<TrustSection trust={trust} vocabularies={VOCABULARIES} />, "th")
    const official = screen.getByTestId("official-grade")
    expect(within(official).getAllByText("OTOP 5 ดาว ปี 2567")[0]).toBeInTheDocument()
    expect(within(screen.getByTestId("grade-history")).getByText("OTOP 4 ดาว ปี 2565")).toBeInTheDocument()
    // The มผช. certificate expired in 2000: no badge for it.
    expect(screen.getAllByTestId("cert-badge").map((b) => b.dataset.scheme)).toEqual(["gi"])
    const fabric = screen.getByTestId("fabric-attributes")
    const value = (key: string) => fabric.querySelector(`[data-attribute="${key}"]`)?.textContent
    expect(value("fiber")).toBe("ผ้าไหม")
    expect(value("techniques")).toBe("มัดหมี่, ขิด")
    expect(value("dye")).toBe("ย้อมสีธรรมชาติ")
    expect(value("fabricType")).toBe("ผ้าไหมมัดหมี่")
    expect(value("royalPattern")).toBe("ผ้ามัดหมี่ลายขอเจ้าฟ้าสิริวัณณวรี (ปี 2564)")
    expect(value("provincialPattern")).toBe("ลายหางกระรอก")
    expect(value("handWoven")).toBe("ใช่")
    const softPower = screen.getByTestId("soft-power")
    expect(softPower).toHaveTextContent("แฟชั่น")
    expect(softPower).toHaveTextContent("ผ้าไทยใส่ให้สนุก")
    // Buyer ratings are not part of this section.
    expect(screen.queryByTestId("buyer-rating")).toBeNull()
  })

  it("speaks English with Christian-era years", () => {
    renderWithIntl(<TrustSection trust={trust} vocabularies={VOCABULARIES} />, "en")
    expect(screen.getByTestId("official-grade")).toHaveTextContent("OTOP 5-star, 2024 round")
    expect(screen.getByTestId("fabric-attributes")).toHaveTextContent("Princess Sirivannavari hook pattern (2021)")
    expect(screen.getByTestId("fabric-attributes")).toHaveTextContent("Mudmee (ikat), Khit (continuous supplementary weft)")
  })
})

describe("ReviewsSection", () => {
  it("gives buyers' average and count apart from the official grade, and the group's reply", () => {
    renderWithIntl(<ReviewsSection reviews={reviews} groupName="กลุ่มทอผ้าบ้านท่าสว่าง" />, "th")
    expect(screen.getByRole("heading", { name: "รีวิวจากผู้ซื้อ" })).toBeInTheDocument()
    const rating = screen.getByTestId("buyer-rating")
    expect(rating).toHaveTextContent("4.5")
    expect(rating).toHaveTextContent("จาก 2 รีวิว")
    expect(rating).not.toHaveTextContent("OTOP")
    expect(screen.getByText(/เป็นคนละส่วนกับระดับดาว OTOP อย่างเป็นทางการ/)).toBeInTheDocument()
    const [first, second] = screen.getAllByTestId("review")
    expect(first).toHaveTextContent("ผ้าสวยมาก")
    expect(first).toHaveTextContent("โดย สมศรี ใ.")
    expect(within(first).getByTestId("review-reply")).toHaveTextContent("คำตอบจากกลุ่มทอผ้าบ้านท่าสว่างขอบคุณมากค่ะ")
    expect(second).toHaveTextContent("โดย ผู้ซื้อ")
    expect(within(second).queryByTestId("review-reply")).toBeNull()
  })

  it("says when there are no reviews yet", () => {
    renderWithIntl(<ReviewsSection reviews={{ reviews: [], count: 0, rating: { average: null, count: 0 } }} groupName={null} />, "en")
    expect(screen.getByTestId("buyer-rating")).toHaveTextContent("No buyer reviews yet")
  })
})
