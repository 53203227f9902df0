import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { GradeForm } from "./GradeForm"

describe("GradeForm", () => {
  it("catches a missing star level and a CE year before sending", () => {
    const record = jest.fn()
    renderWithIntl(<GradeForm productId="prod_1" recordGrade={record} />)
    fireEvent.change(screen.getByLabelText(/รอบการคัดสรร/), { target: { value: "2024" } })
    fireEvent.click(screen.getByRole("button", { name: "บันทึกผลการคัดสรร" }))
    expect(screen.getByText("กรุณาเลือกระดับดาว 1 ถึง 5")).toBeInTheDocument()
    expect(screen.getByLabelText(/รอบการคัดสรร/)).toHaveAccessibleDescription(/2024 เป็นปี ค\.ศ\. กรุณาระบุเป็นปี พ\.ศ\. \(2567\)/)
    expect(record).not.toHaveBeenCalled()
  })

  it("shows the announcement date in the Buddhist era as it is typed", () => {
    renderWithIntl(<GradeForm productId="prod_1" recordGrade={jest.fn()} />)
    fireEvent.change(screen.getByLabelText("วันที่ประกาศผล"), { target: { value: "2024-09-27" } })
    expect(screen.getByText("วันที่ประกาศผล: 27 กันยายน 2567")).toBeInTheDocument()
  })

  it("sends the product and the values, and shows a round already graded on the round field", async () => {
    const record = jest.fn(async () => ({
      values: { stars: "4", round_be: "2566", score: "", certificate_number: "", announced_at: "" },
      fieldErrors: { round_be: "roundTaken" as const },
    }))
    renderWithIntl(<GradeForm productId="prod_7" recordGrade={record} />)
    fireEvent.click(screen.getByRole("radio", { name: "4 ดาว" }))
    fireEvent.change(screen.getByLabelText(/รอบการคัดสรร/), { target: { value: "2566" } })
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "บันทึกผลการคัดสรร" }))
    })
    await waitFor(() => expect(record).toHaveBeenCalledTimes(1))
    const form = (record.mock.calls[0] as unknown as [unknown, FormData])[1]
    expect(Object.fromEntries(form.entries())).toMatchObject({ product_id: "prod_7", stars: "4", round_be: "2566" })
    await waitFor(() => expect(screen.getByLabelText(/รอบการคัดสรร/)).toHaveAccessibleDescription(/ผลิตภัณฑ์นี้มีผลการคัดสรรปี 2566 แล้ว/))
  })
})
