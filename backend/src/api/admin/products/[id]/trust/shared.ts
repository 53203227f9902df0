import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import GroupProductLink from "../../../../../links/producer-group-product"
import { CDD_STAFF_MODULE } from "../../../../../modules/cdd-staff"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import { SCHEMES } from "../../../../../modules/certification/data/schemes"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { OTOP_GRADE_MODULE } from "../../../../../modules/otop-grade"
import type OtopGradeModuleService from "../../../../../modules/otop-grade/service"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import { PRODUCT_ATTRIBUTES_MODULE } from "../../../../../modules/product-attributes"
import { VOCABULARIES } from "../../../../../modules/product-attributes/data/vocabularies"
import type ProductAttributesModuleService from "../../../../../modules/product-attributes/service"
import { presentCertification } from "../../../../producer/certifications/shared"

/** The category whose products carry fabric attributes (as on the producer route). */
export const TEXTILE_CATEGORY = "textile-apparel"

export type TrustProduct = {
  id: string
  title: string
  is_textile: boolean
  group: { id: string; handle: string; name_th: string; name_en: string | null; province_code: string } | null
}

/** The product behind /admin/products/:id/trust/..., with its producer group (if any), or a 404. */
export async function loadTrustProduct(req: AuthenticatedMedusaRequest, productId: string): Promise<TrustProduct> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: ["id", "title", "categories.handle"], filters: { id: productId } })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  const { data: [link] } = await query.graph({
    entity: GroupProductLink.entryPoint,
    fields: ["producer_group.id", "producer_group.handle", "producer_group.name_th", "producer_group.name_en", "producer_group.province_code"],
    filters: { product_id: productId },
  })
  const group = (link as any)?.producer_group ?? null
  return {
    id: product.id,
    title: product.title,
    is_textile: ((product as any).categories ?? []).some((c: any) => c?.handle === TEXTILE_CATEGORY),
    group: group
      ? { id: group.id, handle: group.handle, name_th: group.name_th, name_en: group.name_en ?? null, province_code: group.province_code }
      : null,
  }
}

/** Grades, standards and attributes are all held per producer group: a product outside any group has none. */
export function requireGroup(product: TrustProduct) {
  if (!product.group) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "product: this product belongs to no producer group, so it cannot carry OTOP trust data")
  }
  return product.group
}

/** The operator: a Medusa admin user, signed in through Medusa's own /admin authentication. */
export const operatorId = (req: AuthenticatedMedusaRequest) => req.auth_context.actor_id

/** A certification of this product, or a group-wide one of its group; anything else is a 404. */
export async function loadProductCertification(req: AuthenticatedMedusaRequest, product: TrustProduct, certificationId: string) {
  const service: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const [certification] = await service.listCertifications({ id: certificationId })
  const belongs =
    certification &&
    (certification.product_id === product.id || (certification.product_id === null && certification.group_id === product.group?.id))
  if (!belongs) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification with id: ${certificationId} was not found for this product`)
  return certification
}

type Actor = { type: "operator" | "cdd_staff" | "producer" | "unknown"; email: string | null }

/**
 * Who recorded, submitted or decided something. The workflows store the acting id only; the id's
 * prefix tells the actor type (Medusa user, CDD officer, producer member).
 */
async function actorsById(req: AuthenticatedMedusaRequest, ids: (string | null | undefined)[]): Promise<Map<string, Actor>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))]
  const of = (prefix: string) => unique.filter((id) => id.startsWith(prefix))
  const users = of("user_")
  const staff = of("cdds_")
  const producers = of("pmbr_")
  const [userRows, staffRows, producerRows] = await Promise.all([
    users.length ? req.scope.resolve(Modules.USER).listUsers({ id: users }, { select: ["id", "email"] }) : [],
    staff.length ? (req.scope.resolve(CDD_STAFF_MODULE) as any).listCddStaffs({ id: staff }, { select: ["id", "email"] }) : [],
    producers.length ? (req.scope.resolve(PRODUCER_MODULE) as any).listProducers({ id: producers }, { select: ["id", "email"] }) : [],
  ])
  const actors = new Map<string, Actor>(unique.map((id) => [id, { type: "unknown", email: null }]))
  for (const u of userRows as any[]) actors.set(u.id, { type: "operator", email: u.email })
  for (const s of staffRows as any[]) actors.set(s.id, { type: "cdd_staff", email: s.email })
  for (const p of producerRows as any[]) actors.set(p.id, { type: "producer", email: p.email })
  return actors
}

/** Everything the product page's trust widget shows, and the vocabularies its forms offer. */
export async function trustData(req: AuthenticatedMedusaRequest, product: TrustProduct) {
  const grades: OtopGradeModuleService = req.scope.resolve(OTOP_GRADE_MODULE)
  const certifications: CertificationModuleService = req.scope.resolve(CERTIFICATION_MODULE)
  const attributes: ProductAttributesModuleService = req.scope.resolve(PRODUCT_ATTRIBUTES_MODULE)
  const [gradeRows, productCerts, groupCerts, [attributeRow]] = await Promise.all([
    grades.listOtopGrades({ product_id: product.id }, { order: { round_be: "DESC" } }),
    certifications.listCertifications({ product_id: product.id }, { order: { created_at: "DESC" } }),
    product.group
      ? certifications.listCertifications({ group_id: product.group.id, product_id: null } as any, { order: { created_at: "DESC" } })
      : Promise.resolve([]),
    attributes.listProductAttributes({ product_id: product.id }),
  ])
  const certs = [...productCerts, ...groupCerts]
  const actors = await actorsById(req, [
    ...gradeRows.map((g) => g.recorded_by),
    ...certs.flatMap((c) => [c.submitted_by, c.decided_by]),
  ])
  const actor = (id: string | null) => (id ? actors.get(id) ?? null : null)
  return {
    product,
    grades: gradeRows.map((g) => ({
      id: g.id,
      round_be: g.round_be,
      stars: g.stars,
      score: g.score,
      certificate_number: g.certificate_number,
      announced_at: g.announced_at,
      source: g.source,
      recorded_by: g.recorded_by,
      recorded_by_actor: actor(g.recorded_by),
      updated_at: g.updated_at,
    })),
    certifications: certs.map((c) => {
      const { document_url: _privateFileLocation, ...shown } = presentCertification(c)
      return {
        ...shown,
        applies_to: c.product_id ? ("product" as const) : ("group" as const),
        has_document: !!c.document_file_id,
        submitted_by_actor: actor(c.submitted_by),
        decided_by_actor: actor(c.decided_by),
      }
    }),
    attributes: attributeRow ?? null,
    vocabularies: VOCABULARIES,
    certification_schemes: SCHEMES.map((s) => ({
      code: s.code,
      label: s.label,
      applies_to: s.applies_to,
      number_required: !!s.format,
      number_example: s.format?.example ?? null,
      number_hint: s.format?.hint ?? null,
      lookup_url: s.lookup_url,
    })),
  }
}
