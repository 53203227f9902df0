import { useTranslations } from "next-intl"
import { NotFoundMessage } from "@/components/NotFoundMessage"

export default function LocaleNotFound() {
  const t = useTranslations("NotFound")
  return <NotFoundMessage title={t("title")} text={t("text")} backHome={t("backHome")} />
}
