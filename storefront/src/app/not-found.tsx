import "./globals.css"
import { notoSansThai } from "./fonts"
import { LogoMark } from "@/components/Logo"
import en from "../../messages/en.json"
import th from "../../messages/th.json"

// Outside /th and /en we don't know the reader's language, so this page speaks both.
export default function GlobalNotFound() {
  return (
    <html lang="th" className={notoSansThai.variable}>
      <body className="flex min-h-dvh items-center justify-center bg-paper p-6 font-sans text-ink">
        <main className="max-w-md space-y-6 text-center">
          <LogoMark className="mx-auto h-14 w-14" />
          {[
            { lang: "th", href: "/th", text: th.NotFound },
            { lang: "en", href: "/en", text: en.NotFound },
          ].map(({ lang, href, text }, index) => (
            <section key={lang} lang={lang} className={`space-y-2 ${index > 0 ? "border-t border-line pt-6" : ""}`}>
              <h1 className="text-xl font-bold">{text.title}</h1>
              <p className="text-ink-soft">{text.text}</p>
              <a className="inline-block font-semibold text-indigo underline" href={href}>
                {text.backHome}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  )
}
