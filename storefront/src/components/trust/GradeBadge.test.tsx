import { screen, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { GradeBadge, GradeHistory } from "./GradeBadge"

describe("GradeBadge", () => {
  it("always shows the grade with its round: Buddhist era in Thai", () => {
    renderWithIntl(<GradeBadge grade={{ stars: 5, roundBe: 2567 }} />, "th")
    const badge = screen.getByTestId("otop-grade")
    expect(badge).toHaveTextContent("OTOP 5 ดาว ปี 2567")
    expect(badge).toHaveTextContent("ระดับดาว OTOP อย่างเป็นทางการ")
    expect(badge).not.toHaveTextContent("2,567")
  })

  it("gives English readers the Christian-era year of the round", () => {
    renderWithIntl(<GradeBadge grade={{ stars: 4, roundBe: 2565 }} size="full" />, "en")
    const badge = screen.getByTestId("otop-grade")
    expect(badge).toHaveTextContent("OTOP 4-star, 2022 round")
    expect(badge).toHaveTextContent("Official OTOP star grade")
  })

  it("lists every round, latest first", () => {
    renderWithIntl(
      <GradeHistory
        grades={[
          { stars: 5, roundBe: 2567, score: 92.5, certificateNumber: null, announcedAt: null },
          { stars: 4, roundBe: 2565, score: null, certificateNumber: "OTOP-65-0001", announcedAt: null },
        ]}
      />,
      "th",
    )
    const rounds = within(screen.getByTestId("grade-history")).getAllByRole("listitem")
    expect(rounds.map((r) => r.textContent)).toEqual(["OTOP 5 ดาว ปี 2567 · คะแนน 92.5", "OTOP 4 ดาว ปี 2565 · เลขที่ใบประกาศ OTOP-65-0001"])
    expect(screen.getByText("ประวัติการคัดสรร (2 ครั้ง)")).toBeInTheDocument()
  })
})
