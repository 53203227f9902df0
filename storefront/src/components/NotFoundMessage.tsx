import { Link } from "@/i18n/navigation"
import { LogoMark } from "./Logo"

type NotFoundMessageProps = { title: string; text: string; backHome: string }

export function NotFoundMessage({ title, text, backHome }: NotFoundMessageProps) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center px-4 py-16 text-center sm:py-24">
      <LogoMark className="mb-6 h-14 w-14" />
      <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      <p className="mt-3 text-ink-soft">{text}</p>
      <Link
        href="/"
        className="mt-6 inline-flex items-center rounded-full bg-indigo px-5 py-2.5 font-semibold text-white transition hover:bg-indigo-deep"
      >
        {backHome}
      </Link>
    </div>
  )
}
