// The real root layout (with <html lang>) is app/[locale]/layout.tsx. This pass-through exists
// so app/not-found.tsx can handle URLs outside any locale (next-intl's recommended setup).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
