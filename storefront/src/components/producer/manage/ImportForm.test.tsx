import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { ImportFormState } from "@/lib/producer/manage"
import { ImportForm } from "./ImportForm"

const refused: ImportFormState = {
  result: {
    fileName: "products.csv",
    mode: "all",
    imported: 0,
    rows: 3,
    errors: [{ row: 2, column: "price_thb", message: "a price in baht, e.g. 129 or 129.50" }],
  },
}

describe("ImportForm", () => {
  it("defaults to importing only a fully valid file", () => {
    renderWithIntl(<ImportForm action={jest.fn()} locale="th" />)
    expect(screen.getByRole("radio", { name: /นำเข้าเมื่อทั้งไฟล์ถูกต้องเท่านั้น/ })).toBeChecked()
    expect(screen.getByRole("radio", { name: /นำเข้าเฉพาะแถวที่ถูกต้อง/ })).not.toBeChecked()
  })

  it("reports a refused file by row and column with Thai headings, and offers the valid rows", async () => {
    const action = jest.fn(async (_state: ImportFormState, form: FormData): Promise<ImportFormState> => {
      expect(form.get("mode")).toBe("valid_only")
      return { result: { ...refused.result!, mode: "valid_only", imported: 2 } }
    })
    renderWithIntl(<ImportForm action={action} locale="th" initialState={refused} />)
    const result = screen.getByTestId("import-result")
    expect(result).toHaveTextContent("วิธีที่ใช้: นำเข้าเมื่อทั้งไฟล์ถูกต้องเท่านั้น")
    expect(result).toHaveTextContent("ยังไม่ได้นำเข้าสินค้าใดเลย")
    expect(result).toHaveTextContent("มีแถวที่ต้องแก้ไข 1 แถว")
    const table = screen.getByRole("table")
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["แถว", "คอลัมน์", "ปัญหา"])
    const row = within(table).getByRole("row", { name: /แถวที่ 2/ })
    expect(row).toHaveTextContent("ราคา (บาท รวม VAT)")
    expect(row).toHaveTextContent("price_thb")
    expect(row).toHaveTextContent("ราคาเป็นบาท มากกว่า 0")
    expect(row).toHaveTextContent("a price in baht, e.g. 129 or 129.50")

    fireEvent.click(screen.getByRole("button", { name: "นำเข้าเฉพาะแถวที่ถูกต้องตอนนี้ (2 แถว)" }))
    await waitFor(() => expect(screen.getByTestId("import-created")).toHaveTextContent("เพิ่มสินค้าแล้ว 2 รายการ"))
    expect(screen.getByTestId("import-mode")).toHaveTextContent("วิธีที่ใช้: นำเข้าเฉพาะแถวที่ถูกต้อง")
    expect(screen.getByTestId("import-skipped")).toHaveTextContent("ข้ามแถวที่ผิด 1 แถว")
    expect(screen.getByRole("radio", { name: /นำเข้าเฉพาะแถวที่ถูกต้อง/ })).toBeChecked()
  })

  it("sends the chosen mode and shows a missing file as a field error", async () => {
    const action = jest.fn(async (_state: ImportFormState, form: FormData): Promise<ImportFormState> => {
      expect(form.get("mode")).toBe("valid_only")
      expect(form.get("locale")).toBe("en")
      return { fieldErrors: { file: "chooseFile" } }
    })
    renderWithIntl(<ImportForm action={action} locale="en" />, "en")
    fireEvent.click(screen.getByRole("radio", { name: /Import only the valid rows/ }))
    fireEvent.click(screen.getByRole("button", { name: "Check and import" }))
    await waitFor(() => expect(screen.getByLabelText("CSV file")).toHaveAccessibleDescription(/Please choose a CSV file/))
    expect(action).toHaveBeenCalledTimes(1)
  })

  it("says a whole-file problem in the user's language", () => {
    const state: ImportFormState = {
      result: { fileName: "x.csv", mode: "all", imported: 0, rows: 1, errors: [{ row: 0, column: "price_thb, stock", message: "missing column" }] },
    }
    renderWithIntl(<ImportForm action={jest.fn()} locale="en" initialState={state} />, "en")
    expect(screen.getByTestId("import-result")).toHaveTextContent("The whole file cannot be used")
    expect(screen.getByRole("row", { name: /Whole file/ })).toHaveTextContent("The file lacks required columns: price_thb, stock")
    expect(screen.queryByRole("button", { name: /Import only the valid rows now/ })).not.toBeInTheDocument()
  })
})
