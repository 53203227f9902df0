import localFont from "next/font/local"

// Noto Sans Thai (SIL OFL 1.1, see OFL.txt), self-hosted: next/font/google needs the network at
// build time. One variable file per subset covers weights 100–900.
export const notoSansThai = localFont({
  src: [
    { path: "./noto-sans-thai-thai-wght-normal.woff2", weight: "100 900", style: "normal" },
    { path: "./noto-sans-thai-latin-wght-normal.woff2", weight: "100 900", style: "normal" },
  ],
  variable: "--font-noto-sans-thai",
  display: "swap",
  preload: true,
  fallback: ["Tahoma", "sans-serif"],
})
