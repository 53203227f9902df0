import { fireEvent, render, screen } from "@testing-library/react"
import { ProductGallery } from "./ProductGallery"

const images = [
  { url: "http://localhost:9000/static/a.jpg", alt: "รูปสินค้า ผ้าไหม (รูปที่ 1 จาก 3)" },
  { url: "http://localhost:9000/static/b.jpg", alt: "รูปสินค้า ผ้าไหม (รูปที่ 2 จาก 3)" },
  { url: "http://localhost:9000/static/c.jpg", alt: "รูปสินค้า ผ้าไหม (รูปที่ 3 จาก 3)" },
]
const labels = { gallery: "รูปสินค้า", thumbnails: ["ดูรูปที่ 1 จาก 3", "ดูรูปที่ 2 จาก 3", "ดูรูปที่ 3 จาก 3"], noImage: "ยังไม่มีรูปสินค้า" }

describe("ProductGallery", () => {
  it("shows the first picture large, with named thumbnail buttons", () => {
    render(<ProductGallery images={images} labels={labels} />)
    expect(screen.getByRole("img", { name: images[0].alt })).toBeInTheDocument()
    const thumbs = screen.getAllByRole("button")
    expect(thumbs.map((b) => b.getAttribute("aria-label"))).toEqual(labels.thumbnails)
    expect(thumbs[0]).toHaveAttribute("aria-pressed", "true")
    // One tab stop for the row.
    expect(thumbs.map((b) => b.tabIndex)).toEqual([0, -1, -1])
  })

  it("a click or the arrow keys show another picture and move the focus along", () => {
    render(<ProductGallery images={images} labels={labels} />)
    const thumbs = screen.getAllByRole("button")
    fireEvent.click(thumbs[2])
    expect(screen.getByRole("img", { name: images[2].alt })).toBeInTheDocument()
    thumbs[2].focus()
    fireEvent.keyDown(thumbs[2], { key: "ArrowRight" }) // wraps round to the first
    expect(screen.getByRole("img", { name: images[0].alt })).toBeInTheDocument()
    expect(document.activeElement).toBe(thumbs[0])
    fireEvent.keyDown(thumbs[0], { key: "End" })
    expect(screen.getByRole("img", { name: images[2].alt })).toBeInTheDocument()
    expect(thumbs[2]).toHaveAttribute("aria-pressed", "true")
    fireEvent.keyDown(thumbs[2], { key: "ArrowLeft" })
    expect(screen.getByRole("img", { name: images[1].alt })).toBeInTheDocument()
  })

  it("without pictures shows the placeholder and no buttons", () => {
    render(<ProductGallery images={[]} labels={labels} />)
    expect(screen.getByRole("img", { name: "ยังไม่มีรูปสินค้า" })).toBeInTheDocument()
    expect(screen.queryByRole("button")).toBeNull()
  })
})
