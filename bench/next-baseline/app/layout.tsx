// The floor: a Next.js App Router page with nothing of ours (no fonts, CSS, i18n or data).
// bench/storefront.mjs builds it with the storefront's own Next and React and measures it in the
// same run, so the storefront's figures can be read against what the framework alone costs here.
export const metadata = { title: "Next.js baseline", description: "A bare Next.js page for the storefront benchmark." }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="th">
      <body>{children}</body>
    </html>
  )
}
