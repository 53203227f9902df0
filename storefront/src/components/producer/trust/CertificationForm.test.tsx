import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { UploadFn } from "@/components/producer/registration/upload"
import type { CertificationFormState, CertificationScheme } from "@/lib/producer/trust"
import { CertificationForm } from "./CertificationForm"

const SCHEMES: CertificationScheme[] = [
  {
    code: "fda_food",
    label: { th: "เลขสารบบอาหาร (อย.)", en: "Thai FDA food serial number" },
    issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" },
    applies_to: "product",
    number_example: "50-2-00162-2-0031",
    number_hint: { th: "เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031", en: "a 13-digit food serial number, e.g. 50-2-00162-2-0031" },
    number_mask: "XX-X-XXXXX-X-XXXX",
    lookup_url: null,
    default_validity_years: null,
    reminder_days: 90,
  },
  {
    code: "gmp",
    label: { th: "GMP", en: "GMP" },
    issuer: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Thai Food and Drug Administration" },
    applies_to: "group",
    number_example: "TH-123/2567",
    number_hint: { th: "เลขที่ใบรับรองตามที่พิมพ์บนใบรับรอง", en: "the certificate number as printed" },
    number_mask: null,
    lookup_url: null,
    default_validity_years: 3,
    reminder_days: 90,
  },
]
const PRODUCTS = [{ id: "prod_chili", title: "น้ำพริกหนุ่ม" }]

/** An uploader that finishes at once with a fixed upload id. */
const instantUpload: UploadFn = (_file, onProgress) => {
  onProgress(50)
  return { done: Promise.resolve({ upload: { id: "pupl_doc", filename: "fda.pdf" } }), abort: () => {} }
}

describe("CertificationForm", () => {
  it("shows the scheme's format before typing, and needs no product for a scheme of the whole group", () => {
    renderWithIntl(<CertificationForm locale="th" schemes={SCHEMES} products={PRODUCTS} initialProductId="prod_chili" action={jest.fn()} upload={instantUpload} />)
    fireEvent.change(screen.getByLabelText("มาตรฐาน / ใบรับรอง"), { target: { value: "fda_food" } })
    expect(screen.getByLabelText("สินค้า")).toHaveValue("prod_chili")
    expect(screen.getByLabelText("เลขสารบบอาหาร (เลข อย. 13 หลัก)")).toHaveAccessibleDescription(
      "รูปแบบ XX-X-XXXXX-X-XXXX · เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031",
    )
    expect(screen.getByTestId("draft-note")).toHaveTextContent("จะบันทึกเป็นฉบับร่าง")
    expect(screen.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" })).toBeInTheDocument()

    fireEvent.change(screen.getByLabelText("มาตรฐาน / ใบรับรอง"), { target: { value: "gmp" } })
    expect(screen.getByTestId("group-scheme-note")).toHaveTextContent("รับรองกลุ่มผู้ผลิตทั้งกลุ่ม")
    expect(screen.queryByLabelText("สินค้า")).not.toBeInTheDocument()
  })

  it("shows a refused number at its field with the expected format, keeping what was typed", async () => {
    const action = jest.fn(async (): Promise<CertificationFormState> => ({ fieldErrors: { number: "numberFormat" } }))
    renderWithIntl(<CertificationForm locale="th" schemes={SCHEMES} products={PRODUCTS} initialScheme="fda_food" initialProductId="prod_chili" action={action} upload={instantUpload} />)
    const number = screen.getByLabelText("เลขสารบบอาหาร (เลข อย. 13 หลัก)")
    fireEvent.change(number, { target: { value: "502001622003" } })
    fireEvent.click(screen.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }))
    await waitFor(() => expect(number).toHaveAttribute("aria-invalid", "true"))
    expect(number).toHaveAccessibleDescription(/เลขไม่ตรงรูปแบบ ต้องเป็นรูปแบบ XX-X-XXXXX-X-XXXX \(เลขสารบบอาหาร 13 หลัก เช่น 50-2-00162-2-0031\)/)
    expect(number).toHaveValue("502001622003")
    expect(screen.getByLabelText("มาตรฐาน / ใบรับรอง")).toHaveValue("fda_food")
    expect(screen.getByRole("alert")).toHaveTextContent("ยังบันทึกไม่ได้")
  })

  it("in English too", async () => {
    const action = jest.fn(async (): Promise<CertificationFormState> => ({ fieldErrors: { number: "numberFormat" } }))
    renderWithIntl(<CertificationForm locale="en" schemes={SCHEMES} products={PRODUCTS} initialScheme="fda_food" initialProductId="prod_chili" action={action} upload={instantUpload} />, "en")
    fireEvent.click(screen.getByRole("button", { name: "Save as draft" }))
    const number = screen.getByLabelText("Food serial number (13-digit FDA number)")
    await waitFor(() =>
      expect(number).toHaveAccessibleDescription(/This number is not in the expected format XX-X-XXXXX-X-XXXX \(a 13-digit food serial number, e\.g\. 50-2-00162-2-0031\)/),
    )
  })

  it("sends the uploaded document with the claim: then it goes for review, not as a draft", async () => {
    const action = jest.fn(async (_state: CertificationFormState, _form: FormData): Promise<CertificationFormState> => ({}))
    renderWithIntl(<CertificationForm locale="th" schemes={SCHEMES} products={PRODUCTS} initialScheme="fda_food" initialProductId="prod_chili" action={action} upload={instantUpload} />)
    fireEvent.change(screen.getByLabelText("เลขสารบบอาหาร (เลข อย. 13 หลัก)"), { target: { value: "50-2-00162-2-0031" } })
    const file = new File(["%PDF-1.4"], "fda.pdf", { type: "application/pdf" })
    fireEvent.change(screen.getByLabelText("สำเนาใบรับรอง", { selector: "input" }), { target: { files: [file] } })
    await waitFor(() => expect(screen.getByTestId("upload-item")).toHaveAttribute("data-status", "done"))
    expect(screen.queryByTestId("draft-note")).not.toBeInTheDocument()
    fireEvent.click(await screen.findByRole("button", { name: "ส่งตรวจสอบ" }))
    await waitFor(() => expect(action).toHaveBeenCalled())
    const sent = action.mock.calls[0][1]
    expect(sent.get("document_id")).toBe("pupl_doc")
    expect(sent.get("scheme")).toBe("fda_food")
    expect(sent.get("product_id")).toBe("prod_chili")
    expect(sent.get("number")).toBe("50-2-00162-2-0031")
  })

  it("refuses a file of the wrong type before uploading it", () => {
    const upload = jest.fn(instantUpload)
    renderWithIntl(<CertificationForm locale="th" schemes={SCHEMES} products={PRODUCTS} initialScheme="fda_food" action={jest.fn()} upload={upload} />)
    fireEvent.change(screen.getByLabelText("สำเนาใบรับรอง", { selector: "input" }), { target: { files: [new File(["x"], "notes.txt", { type: "text/plain" })] } })
    expect(screen.getByRole("alert")).toHaveTextContent("ไฟล์ต้องเป็น PDF, JPG, PNG หรือ WebP")
    expect(upload).not.toHaveBeenCalled()
  })
})
