import { fireEvent, screen, waitFor } from "@testing-library/react"
import { renderWithIntl } from "@/test/render"
import type { ArchiveState } from "@/lib/producer/edit"
import { ArchiveForm } from "./ArchiveForm"

describe("ArchiveForm", () => {
  it("asks for confirmation before archiving, and can be cancelled", async () => {
    const action = jest.fn(async (_state: ArchiveState, _form: FormData): Promise<ArchiveState> => ({ errorKey: "unavailable" }))
    renderWithIntl(<ArchiveForm action={action} productId="prod_1" productTitle="ผ้าพันคอ" locale="th" />)

    fireEvent.click(screen.getByRole("button", { name: "เก็บเข้าคลัง" }))
    expect(screen.getByText("ยืนยันเก็บ “ผ้าพันคอ” เข้าคลัง? สินค้าจะหายจากร้านทันที")).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "ยืนยันเก็บเข้าคลัง" })).toHaveFocus()
    fireEvent.click(screen.getByRole("button", { name: "ไม่ใช่ตอนนี้" }))
    expect(screen.queryByRole("button", { name: "ยืนยันเก็บเข้าคลัง" })).not.toBeInTheDocument()
    expect(action).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole("button", { name: "เก็บเข้าคลัง" }))
    fireEvent.click(screen.getByRole("button", { name: "ยืนยันเก็บเข้าคลัง" }))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const form = action.mock.calls[0][1]
    expect(form.get("product_id")).toBe("prod_1")
    expect(await screen.findByRole("alert")).toHaveTextContent("ขณะนี้ทำรายการไม่ได้ กรุณาลองใหม่ภายหลัง")
  })
})
