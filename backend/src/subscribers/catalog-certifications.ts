import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { CERTIFICATION_DECIDED_EVENT } from "../workflows/certification/decide-certification"
import { CERTIFICATION_EXPIRED_EVENT } from "../workflows/certification/track-certification-expiry"
import { productIdsOfGroups, refreshCatalogProducts } from "../workflows/catalog/refresh-products"

/**
 * A certification was verified, rejected or expired: its product's badges follow, or every
 * product of the group for a group-wide certification.
 */
export default async function refreshCatalogOnCertification({ event, container }: SubscriberArgs<{ id: string }>) {
  const service: CertificationModuleService = container.resolve(CERTIFICATION_MODULE)
  const [cert] = await service.listCertifications({ id: event.data.id }, { select: ["id", "product_id", "group_id"] })
  if (!cert) return
  const ids = cert.product_id ? [cert.product_id] : await productIdsOfGroups(container, [cert.group_id])
  await refreshCatalogProducts(container, ids)
}

export const config: SubscriberConfig = { event: [CERTIFICATION_DECIDED_EVENT, CERTIFICATION_EXPIRED_EVENT] }
