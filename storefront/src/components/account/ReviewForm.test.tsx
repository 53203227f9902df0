import { fireEvent, screen } from "@testing-library/react"
import type { MyReview } from "@/lib/customer/types"
import { renderWithIntl } from "@/test/render"
import { ReviewForm } from "./ReviewForm"
import { ReviewStatus } from "./ReviewStatus"

const review: MyReview = {
  id: "rev_1",
  product_id: "prod_1",
  order_id: "order_1",
  rating: 4,
  title: "หอมดี",
  body: "กาแฟหอมมาก คั่วกำลังดี",
  status: "pending",
  moderation_reason: null,
  updated_at: "2025-01-01T00:00:00Z",
}

const props = { action: jest.fn(), locale: "th", orderId: "order_1", productId: "prod_1", productTitle: "กาแฟดอยช้าง" }

describe("ReviewForm", () => {
  it("opens from a named button; the stars are a labelled radio group", () => {
    renderWithIntl(<ReviewForm {...props} review={null} />)
    const open = screen.getByRole("button", { name: /เขียนรีวิว.*กาแฟดอยช้าง/ })
    expect(open).toHaveAttribute("aria-expanded", "false")
    fireEvent.click(open)
    expect(open).toHaveAttribute("aria-expanded", "true")
    const group = screen.getByRole("group", { name: /คะแนน/ })
    expect(group).toBeInTheDocument()
    const radios = screen.getAllByRole("radio")
    expect(radios).toHaveLength(5)
    expect(screen.getByRole("radio", { name: "5 ดาว" })).not.toBeChecked()
    fireEvent.click(screen.getByRole("radio", { name: "3 ดาว" }))
    expect(screen.getByRole("radio", { name: "3 ดาว" })).toBeChecked()
    expect(screen.getByLabelText(/รีวิวของคุณ/)).toHaveAttribute("aria-required", "true")
  })

  it("edits an existing review with its values, in English", () => {
    renderWithIntl(<ReviewForm {...props} locale="en" review={review} defaultOpen />, "en")
    expect(screen.getByRole("button", { name: /Edit your review/ })).toBeInTheDocument()
    expect(screen.getByRole("radio", { name: "4 stars" })).toBeChecked()
    expect(screen.getByLabelText(/^Title/)).toHaveValue("หอมดี")
    expect(screen.getByLabelText(/^Your review/)).toHaveValue("กาแฟหอมมาก คั่วกำลังดี")
    expect(screen.getByText(/checked again before it is published/)).toBeInTheDocument()
  })

  it("shows the field errors of a refused attempt, keeping what was typed", () => {
    renderWithIntl(
      <ReviewForm
        {...props}
        review={null}
        initialState={{ errorKey: "fixErrors", fieldErrors: { rating: "rating", body: "reviewShort" }, values: { rating: "", title: "", body: "สั้น" } }}
      />,
    )
    expect(screen.getByRole("alert")).toHaveTextContent("กรุณาแก้ไขช่องที่มีข้อผิดพลาด")
    expect(screen.getByRole("group", { name: /คะแนน/ })).toHaveAccessibleDescription("กรุณาให้คะแนน 1 ถึง 5 ดาว")
    const body = screen.getByLabelText(/รีวิวของคุณ/)
    expect(body).toHaveValue("สั้น")
    expect(body).toHaveAttribute("aria-invalid", "true")
    expect(body).toHaveAccessibleDescription(/อย่างน้อย 10 ตัวอักษร/)
  })
})

describe("ReviewStatus", () => {
  it("says the review waits for moderation, or why it was rejected", () => {
    renderWithIntl(<ReviewStatus review={review} />)
    expect(screen.getByTestId("review-status")).toHaveTextContent("รีวิวของคุณ: 4 ดาว")
    expect(screen.getByTestId("review-status")).toHaveTextContent("รอตรวจสอบก่อนเผยแพร่")
  })

  it("shows the rejection reason in English", () => {
    renderWithIntl(<ReviewStatus review={{ ...review, rating: 1, status: "rejected", moderation_reason: "Contains a phone number" }} />, "en")
    expect(screen.getByTestId("review-status")).toHaveTextContent("Your review: 1 star")
    expect(screen.getByTestId("review-status")).toHaveTextContent("Not approved: Contains a phone number")
  })
})
