import { act, fireEvent, screen, waitFor, within } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { RegistrationState, UploadAnswer } from "@/lib/producer/registration"
import { RegistrationForm } from "./RegistrationForm"
import type { UploadFn } from "./upload"

const PROVINCES = [
  { code: "10", name_th: "กรุงเทพมหานคร", name_en: "Bangkok" },
  { code: "50", name_th: "เชียงใหม่", name_en: "Chiang Mai" },
]
const DISTRICTS = [
  { code: "5001", name_th: "เมืองเชียงใหม่", name_en: "Mueang Chiang Mai" },
  { code: "5002", name_th: "จอมทอง", name_en: "Chom Thong" },
]
const SUBDISTRICTS = [
  { code: "500101", name_th: "ศรีภูมิ", name_en: "Si Phum", postcode: "50200" },
  { code: "500102", name_th: "พระสิงห์", name_en: "Phra Sing", postcode: "50200" },
  { code: "500103", name_th: "หายยา", name_en: "Hai Ya", postcode: "50100" },
]
const located = (s: (typeof SUBDISTRICTS)[number]) => ({ ...s, district: DISTRICTS[0], province: PROVINCES[1] })

const GEO: Record<string, unknown> = {
  "/api/geo/provinces/50/districts": { districts: DISTRICTS },
  "/api/geo/districts/5001/subdistricts": { subdistricts: SUBDISTRICTS },
  "/api/geo/subdistricts?postcode=50200": { subdistricts: SUBDISTRICTS.filter((s) => s.postcode === "50200").map(located) },
}

beforeEach(() => {
  global.fetch = jest.fn(async (url: string | URL | Request) => {
    const body = GEO[String(url)]
    return { ok: !!body, status: body ? 200 : 404, json: async () => body } as Response
  }) as typeof fetch
})

/** An uploader the test finishes by hand. */
function manualUploader() {
  const pending: { file: File; progress: (percent: number) => void; finish: (answer: UploadAnswer) => void }[] = []
  const upload: UploadFn = (file, progress) => {
    let finish!: (answer: UploadAnswer) => void
    const done = new Promise<UploadAnswer>((resolve) => (finish = resolve))
    pending.push({ file, progress, finish })
    return { done, abort: jest.fn() }
  }
  return { upload, pending }
}

/** Labels of required fields end with a "*" hidden from screen readers. */
const byLabel = (text: string | RegExp, options: { selector?: string } = {}) => screen.getByLabelText(text, { exact: false, ...options })

const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: "image/png" })

type Action = (state: RegistrationState, form: FormData) => Promise<RegistrationState>

function renderForm(action: Action = jest.fn(async () => ({})), initialState: RegistrationState = {}) {
  const uploader = manualUploader()
  renderWithIntl(
    <RegistrationForm
      action={action}
      locale="th"
      provinces={PROVINCES}
      defaults={{ email: "owner@example.th", phone: "0812345678" }}
      initialState={initialState}
      upload={uploader.upload}
    />,
    "th",
  )
  return { action, uploader }
}

async function uploadDocument(uploader: ReturnType<typeof manualUploader>, label: string, id: string) {
  fireEvent.change(byLabel(label, { selector: "input" }), { target: { files: [png(`${id}.png`)] } })
  const entry = uploader.pending.at(-1)!
  await act(async () => entry.finish({ upload: { id, filename: `${id}.png` } }))
}

describe("RegistrationForm", () => {
  it("checks the form before sending: Thai errors next to each field and the missing documents", async () => {
    const { action } = renderForm()
    expect(byLabel(/อีเมลของกลุ่ม/)).toHaveValue("owner@example.th")
    fireEvent.click(screen.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }))

    expect(action).not.toHaveBeenCalled()
    expect(screen.getByRole("alert")).toHaveTextContent("ยังส่งไม่ได้ กรุณาแก้ไขช่องที่มีข้อความสีแดง")
    const nameTh = byLabel("ชื่อกลุ่ม (ภาษาไทย)")
    expect(nameTh).toHaveAttribute("aria-invalid", "true")
    expect(nameTh).toHaveAccessibleDescription(expect.stringContaining("กรุณากรอกช่องนี้"))
    expect(nameTh).toHaveFocus()
    expect(byLabel("ตำบล / แขวง")).toHaveAccessibleDescription("กรุณาเลือกจังหวัด อำเภอ และตำบล")
    const idCard = screen.getByTestId("documents-id_card_chair")
    expect(within(idCard).getByText("กรุณาแนบเอกสารนี้")).toBeInTheDocument()
    expect(within(screen.getByTestId("documents-other")).queryByText("กรุณาแนบเอกสารนี้")).not.toBeInTheDocument()

    // Typing in a field hides its old error.
    fireEvent.change(nameTh, { target: { value: "กลุ่มทดสอบ" } })
    expect(nameTh).not.toHaveAttribute("aria-invalid")
  })

  it("suggests the handle from the English name until the person edits it", () => {
    renderForm()
    const handle = byLabel("ชื่อในลิงก์ร้าน")
    fireEvent.change(byLabel("ชื่อกลุ่ม (ภาษาอังกฤษ)"), { target: { value: "Ban Na Kha Silk" } })
    expect(handle).toHaveValue("ban-na-kha-silk")
    fireEvent.change(handle, { target: { value: "Na Kha" } })
    expect(handle).toHaveValue("na-kha")
    fireEvent.change(byLabel("ชื่อกลุ่ม (ภาษาอังกฤษ)"), { target: { value: "Ban Na Kha Silk Group" } })
    expect(handle).toHaveValue("na-kha")
    fireEvent.click(screen.getByRole("button", { name: "ใช้ชื่อที่ระบบเสนอ: ban-na-kha-silk-group" }))
    expect(handle).toHaveValue("ban-na-kha-silk-group")
  })

  it("fills the province and district from the postcode and narrows the subdistricts", async () => {
    renderForm()
    fireEvent.change(byLabel("รหัสไปรษณีย์"), { target: { value: "50200" } })
    await waitFor(() => expect(byLabel("จังหวัด")).toHaveValue("50"))
    await waitFor(() => expect(byLabel("อำเภอ / เขต")).toHaveValue("5001"))
    const subdistrict = byLabel("ตำบล / แขวง")
    await waitFor(() => expect(within(subdistrict).getAllByRole("option")).toHaveLength(3))
    expect(within(subdistrict).getAllByRole("option").map((o) => o.textContent)).toEqual(["เลือกตำบล", "ศรีภูมิ", "พระสิงห์"])
    expect(screen.getByText("แสดงเฉพาะพื้นที่ของรหัสไปรษณีย์ 50200")).toBeInTheDocument()
    fireEvent.change(subdistrict, { target: { value: "500102" } })
    expect(subdistrict).toHaveValue("500102")

    // An unknown postcode says so in Thai.
    fireEvent.change(byLabel("รหัสไปรษณีย์"), { target: { value: "99999" } })
    expect(await screen.findByText("ไม่พบรหัสไปรษณีย์นี้ กรุณาตรวจสอบ หรือเลือกจากรายการด้านล่าง")).toBeInTheDocument()
  })

  it("lets the selects fill each other and the subdistrict fill the postcode", async () => {
    renderForm()
    fireEvent.change(byLabel("จังหวัด"), { target: { value: "50" } })
    const district = byLabel("อำเภอ / เขต")
    await waitFor(() => expect(within(district).getAllByRole("option")).toHaveLength(3))
    fireEvent.change(district, { target: { value: "5001" } })
    const subdistrict = byLabel("ตำบล / แขวง")
    await waitFor(() => expect(within(subdistrict).getAllByRole("option")).toHaveLength(4))
    fireEvent.change(subdistrict, { target: { value: "500103" } })
    expect(byLabel("รหัสไปรษณีย์")).toHaveValue("50100")
  })

  it("shows each file's upload state, refuses a wrong type in Thai, and sends the uploaded documents", async () => {
    const action = jest.fn(async (_state: RegistrationState, _form: FormData): Promise<RegistrationState> => ({}))
    const { uploader } = renderForm(action)

    fireEvent.change(byLabel("สำเนาบัตรประชาชนประธานกลุ่ม", { selector: "input" }), {
      target: { files: [new File(["notes"], "notes.txt", { type: "text/plain" })] },
    })
    expect(uploader.pending).toHaveLength(0)
    expect(within(screen.getByTestId("documents-id_card_chair")).getByRole("alert")).toHaveTextContent(
      "รองรับเฉพาะไฟล์ PDF, JPEG, PNG หรือ WebP",
    )
    fireEvent.click(screen.getByRole("button", { name: "ลบไฟล์ notes.txt" }))

    fireEvent.change(byLabel("สำเนาบัตรประชาชนประธานกลุ่ม", { selector: "input" }), {
      target: { files: [png("id.png")] },
    })
    act(() => uploader.pending[0].progress(40))
    expect(screen.getByText("กำลังอัปโหลด 40%")).toBeInTheDocument()
    expect(screen.getByRole("progressbar", { name: "ความคืบหน้าการอัปโหลด id.png" })).toHaveAttribute("value", "40")

    // Sending while a file is still uploading asks to wait.
    fireEvent.change(byLabel("ชื่อกลุ่ม (ภาษาไทย)"), { target: { value: "กลุ่มทดสอบ" } })
    fireEvent.change(byLabel("ชื่อกลุ่ม (ภาษาอังกฤษ)"), { target: { value: "Test Group" } })
    fireEvent.change(byLabel("รหัสไปรษณีย์"), { target: { value: "50200" } })
    await waitFor(() => expect(within(byLabel("ตำบล / แขวง")).getAllByRole("option")).toHaveLength(3))
    fireEvent.change(byLabel("ตำบล / แขวง"), { target: { value: "500101" } })
    fireEvent.click(screen.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }))
    expect(within(screen.getByTestId("documents-id_card_chair")).getByText("กรุณารอให้อัปโหลดเสร็จก่อน")).toBeInTheDocument()

    await act(async () => uploader.pending[0].finish({ upload: { id: "up_id", filename: "id.png" } }))
    expect(within(screen.getByTestId("documents-id_card_chair")).getByText("อัปโหลดแล้ว")).toBeInTheDocument()
    await uploadDocument(uploader, "สำเนาทะเบียนบ้าน", "up_house")
    await uploadDocument(uploader, "รูปสินค้า", "up_photo")

    fireEvent.click(screen.getByRole("button", { name: "ส่งคำขอลงทะเบียน" }))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const sent = action.mock.calls[0][1]
    expect(sent.get("handle")).toBe("test-group")
    expect(sent.get("subdistrict_code")).toBe("500101")
    expect(sent.get("producer_type")).toBe("COMMUNITY_GROUP")
    expect(sent.getAll("document")).toEqual(["id_card_chair:up_id", "house_registration:up_house", "product_photo:up_photo"])
  })

  it("shows the server's field errors, e.g. a taken handle, in Thai next to the field", () => {
    renderForm(undefined, { fieldErrors: { handle: "handleTaken" }, documentErrors: { product_photo: "documentMissing" } })
    expect(byLabel("ชื่อในลิงก์ร้าน")).toHaveAccessibleDescription(
      expect.stringContaining("ชื่อในลิงก์นี้มีกลุ่มอื่นใช้แล้ว กรุณาใช้ชื่ออื่น"),
    )
    expect(within(screen.getByTestId("documents-product_photo")).getByText("ไม่พบไฟล์ที่อัปโหลดไว้ กรุณาลบแล้วอัปโหลดใหม่")).toBeInTheDocument()
  })
})
