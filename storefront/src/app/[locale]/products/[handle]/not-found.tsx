import { useTranslations } from "next-intl"
import { NotFoundMessage } from "@/components/NotFoundMessage"

export default function ProductNotFound() {
  const t = useTranslations("NotFound")
  return <NotFoundMessage title={t("productTitle")} text={t("productText")} backHome={t("backHome")} />
}
