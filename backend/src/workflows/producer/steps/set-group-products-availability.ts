import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const setGroupProductsAvailabilityStepId = "set-producer-group-products-availability"

type ProductState = { id: string; status: string; in_channel: boolean }

/**
 * A group's products are in the store only while the group is approved. Two things make that so:
 * the product's status (the store lists only published products; with a single sales channel
 * Medusa does not filter /store/products by channel) and its sales-channel link (carts refuse
 * products outside the key's channel). The producer's own choice is kept in
 * metadata.producer_status, so reinstating a group restores exactly what it had.
 */
export const setGroupProductsAvailabilityStep = createStep(
  setGroupProductsAvailabilityStepId,
  async ({ group_id, available }: { group_id: string; available: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [group] } = await query.graph({
      entity: "producer_group",
      fields: ["id", "products.id", "products.status", "products.metadata", "products.sales_channels.id"],
      filters: { id: group_id },
    })
    const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const channel = store.default_sales_channel_id as string
    const before: ProductState[] = ((group?.products ?? []) as any[]).map((p) => ({
      id: p.id,
      status: p.status,
      in_channel: !!p.sales_channels?.some((sc: any) => sc?.id === channel),
    }))
    const wanted = new Map(
      ((group?.products ?? []) as any[]).map((p) => {
        const producerWants = (p.metadata?.producer_status ?? p.status) === "published"
        return [p.id as string, { status: available && producerWants ? "published" : "draft", in_channel: available }]
      })
    )
    await apply(container, channel, before, wanted)
    return new StepResponse(before.map((p) => p.id), { before, channel })
  },
  async (undo, { container }) => {
    if (!undo) return
    await apply(container, undo.channel, [], new Map(undo.before.map((p) => [p.id, { status: p.status, in_channel: p.in_channel }])), true)
  }
)

async function apply(
  container: any,
  channel: string,
  before: ProductState[],
  wanted: Map<string, { status: string; in_channel: boolean }>,
  force = false
) {
  const current = new Map(before.map((p) => [p.id, p]))
  const products = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const statusChanges = [...wanted].filter(([id, w]) => force || current.get(id)?.status !== w.status)
  for (const [id, w] of statusChanges) await products.updateProducts(id, { status: w.status })
  const linkFor = (id: string) => ({ [Modules.PRODUCT]: { product_id: id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel } })
  const add = [...wanted].filter(([id, w]) => w.in_channel && (force || !current.get(id)?.in_channel)).map(([id]) => linkFor(id))
  const remove = [...wanted].filter(([id, w]) => !w.in_channel && (force || current.get(id)?.in_channel)).map(([id]) => linkFor(id))
  if (add.length) await link.create(add)
  if (remove.length) await link.dismiss(remove)
}
