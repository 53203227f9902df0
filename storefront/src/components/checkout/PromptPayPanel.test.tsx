import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import { formatCountdown, PromptPayPanel } from "./PromptPayPanel"

const startPromptPay = jest.fn()
const promptPayStatus = jest.fn()
jest.mock("@/lib/checkout/actions", () => ({
  startPromptPay: (...args: unknown[]) => startPromptPay(...args),
  promptPayStatus: (...args: unknown[]) => promptPayStatus(...args),
}))

const qr = (expiresIn: number) => ({
  paymentIntentId: "pi_1",
  data: "00020101021230570016A00000067701011201150105556000000000000",
  imageUrlSvg: null,
  expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
  amount: "165",
})

beforeEach(() => {
  startPromptPay.mockReset()
  promptPayStatus.mockReset()
})

describe("PromptPayPanel", () => {
  it("formats the countdown", () => {
    expect(formatCountdown(245)).toBe("4:05")
    expect(formatCountdown(-3)).toBe("0:00")
  })

  it("draws the QR from Stripe's data with a text alternative naming the amount, and counts down", async () => {
    startPromptPay.mockResolvedValue({ qr: qr(600) })
    promptPayStatus.mockResolvedValue({ status: "awaiting_payment", orderId: null })
    renderWithIntl(<PromptPayPanel total="165" onError={jest.fn()} />)
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "สร้าง QR พร้อมเพย์ ฿165.00" })))
    const image = await screen.findByRole("img", { name: "QR พร้อมเพย์สำหรับชำระ ฿165.00" })
    expect(image.querySelector("svg")).not.toBeNull()
    expect(screen.getByText(/QR หมดอายุใน (10:00|9:5\d)/)).toBeInTheDocument()
    expect(screen.getByRole("status")).toHaveTextContent("กำลังรอการชำระเงิน")
  })

  it("says an expired QR charged nothing and offers a new one", async () => {
    startPromptPay.mockResolvedValueOnce({ qr: qr(-1) }).mockResolvedValueOnce({ qr: qr(600) })
    renderWithIntl(<PromptPayPanel total="165" onError={jest.fn()} />, "en")
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create PromptPay QR ฿165.00" })))
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("The QR has expired and nothing was charged"), { timeout: 3000 })
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Create a new QR" })))
    expect(startPromptPay).toHaveBeenCalledTimes(2)
    expect(await screen.findByRole("img", { name: "PromptPay QR code to pay ฿165.00" })).toBeInTheDocument()
  })

  it("reports a refused QR through the form's error area", async () => {
    startPromptPay.mockResolvedValue({ error: "soldOut", items: ["ชาใบหม่อน"] })
    const onError = jest.fn()
    renderWithIntl(<PromptPayPanel total="165" onError={onError} />)
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /สร้าง QR/ })))
    await waitFor(() => expect(onError).toHaveBeenLastCalledWith(expect.stringContaining("ชาใบหม่อน หมดหรือเหลือไม่พอ")))
  })
})
