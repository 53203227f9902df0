import { useTranslations } from "next-intl"
import { ProducerGroupCard } from "@/components/shop/ProducerGroupCard"
import type { ProducerGroup } from "@/lib/catalog/producer-group"

/** One page of producer groups: each card names the group, its village, tambon and province, and links to its page. */
export function ProducerList({ groups }: { groups: ProducerGroup[] }) {
  const t = useTranslations("Producers")
  return (
    <ul role="list" aria-label={t("listLabel")} data-testid="producer-list" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {groups.map((group) => (
        <li key={group.handle}>
          <ProducerGroupCard group={group} headingLevel={3} />
        </li>
      ))}
    </ul>
  )
}
