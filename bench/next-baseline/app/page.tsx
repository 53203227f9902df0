import Link from "next/link"

export default function BaselinePage() {
  return (
    <main>
      <h1>OTOP ของดีทุกตำบล</h1>
      <p>A bare Next.js page: the framework&apos;s own JavaScript and nothing else.</p>
      <Link href="/">Home</Link>
    </main>
  )
}
