import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const setGroupProductsAvailabilityStepId = "set-producer-group-products-availability"

async function storeSalesChannelId(container: any): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  return store.default_sales_channel_id
}

async function setLinks(container: any, salesChannelId: string, productIds: string[], available: boolean) {
  if (!productIds.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const links = productIds.map((product_id) => ({
    [Modules.PRODUCT]: { product_id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
  }))
  if (available) await link.create(links)
  else await link.dismiss(links)
}

/**
 * A group's products are in the store's sales channel only while the group is approved: the
 * store API then never lists them, and carts refuse them. The producer's own draft/published
 * choice is left alone, so reinstating a group restores exactly what it had.
 */
export const setGroupProductsAvailabilityStep = createStep(
  setGroupProductsAvailabilityStepId,
  async ({ group_id, available }: { group_id: string; available: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [group] } = await query.graph({
      entity: "producer_group",
      fields: ["id", "products.id", "products.sales_channels.id"],
      filters: { id: group_id },
    })
    const salesChannelId = await storeSalesChannelId(container)
    const products = (group?.products ?? []) as any[]
    const toChange = products
      .filter((p) => p.sales_channels?.some((sc: any) => sc?.id === salesChannelId) !== available)
      .map((p) => p.id as string)
    await setLinks(container, salesChannelId, toChange, available)
    return new StepResponse(toChange, { changed: toChange, available, salesChannelId })
  },
  async (undo, { container }) => {
    if (undo?.changed.length) await setLinks(container, undo.salesChannelId, undo.changed, !undo.available)
  }
)
