import { notFound } from "next/navigation"

// Any unknown path under /th or /en gets the localized not-found page.
export default function CatchAllPage() {
  notFound()
}
