import { screen, within } from "@testing-library/react"
import type { Certification } from "@/lib/catalog/types"
import { renderWithIntl } from "@/test/render"
import { CertificationBadges } from "./CertificationBadges"
import { VOCABULARIES } from "./fixtures"

const now = new Date("2025-06-01T00:00:00Z")
const certifications: Certification[] = [
  { scheme: "gi", number: "สช 61100104", verified: true, expiresAt: null, lookupUrl: "https://www.ipthailand.go.th/gi", giName: "ผ้าไหมสุรินทร์" },
  { scheme: "fda_food", number: "50-2-00162-2-0031", verified: true, expiresAt: "2025-05-01T00:00:00Z", lookupUrl: "https://porta.fda.moph.go.th/", giName: null },
  { scheme: "tcps", number: "16/2559", verified: true, expiresAt: "2026-03-12T00:00:00Z", lookupUrl: null, giName: null },
  { scheme: "peacock_gold", number: null, verified: false, expiresAt: null, lookupUrl: null, giName: null },
]

describe("CertificationBadges", () => {
  it("shows verified, unexpired ones with their number, expiry and issuer look-up", () => {
    renderWithIntl(<CertificationBadges certifications={certifications} schemes={VOCABULARIES.schemes} size="full" now={now} />, "th")
    const badges = screen.getAllByTestId("cert-badge")
    // The expired FDA number and the unverified peacock mark are not badges.
    expect(badges.map((b) => b.dataset.scheme)).toEqual(["gi", "tcps"])
    const gi = within(badges[0])
    expect(gi.getByText("สิ่งบ่งชี้ทางภูมิศาสตร์ (GI)")).toBeInTheDocument()
    expect(gi.getByText("สช 61100104")).toBeInTheDocument()
    expect(gi.getByText("สิ่งบ่งชี้ทางภูมิศาสตร์: ผ้าไหมสุรินทร์")).toBeInTheDocument()
    const lookup = gi.getByRole("link", { name: /ตรวจสอบกับกรมทรัพย์สินทางปัญญา/ })
    expect(lookup).toHaveAttribute("href", "https://www.ipthailand.go.th/gi")
    expect(lookup).toHaveAttribute("rel", "noopener noreferrer")
    expect(lookup).toHaveTextContent("(เปิดในแท็บใหม่)")
    const tcps = within(badges[1])
    expect(tcps.getByText("ใช้ได้ถึง 12 มีนาคม 2569")).toBeInTheDocument()
    expect(tcps.queryByRole("link")).toBeNull()
  })

  it("shows short chips on a card, then '+N'", () => {
    const many: Certification[] = ["gi", "tcps", "fda_food", "peacock_gold"].map((scheme) => ({
      scheme,
      number: null,
      verified: true,
      expiresAt: null,
      lookupUrl: null,
      giName: null,
    }))
    renderWithIntl(<CertificationBadges certifications={many} schemes={VOCABULARIES.schemes} now={now} />, "th")
    const list = screen.getByRole("list", { name: "มาตรฐานที่ตรวจสอบแล้ว" })
    expect(within(list).getAllByTestId("cert-badge").map((b) => b.textContent)).toEqual([
      "ตรา GIสิ่งบ่งชี้ทางภูมิศาสตร์ (GI) (ตรวจสอบแล้ว)",
      "มผช.มาตรฐานผลิตภัณฑ์ชุมชน (มผช.) (ตรวจสอบแล้ว)",
      "อย.เลขสารบบอาหาร (อย.) (ตรวจสอบแล้ว)",
    ])
    expect(list).toHaveTextContent("+1")
    expect(list).toHaveTextContent("และอีก 1 มาตรฐาน")
  })

  it("renders nothing when no badge is left", () => {
    const { container } = renderWithIntl(
      <CertificationBadges certifications={[certifications[1], certifications[3]]} schemes={VOCABULARIES.schemes} now={now} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
