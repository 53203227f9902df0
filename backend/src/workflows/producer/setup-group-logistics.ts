import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { SHIPPING_OPTIONS } from "./shipping-options"

export const setupGroupLogisticsWorkflowId = "setup-producer-group-logistics"

export type GroupLogisticsInput = {
  group_id: string
  handle: string
  name_th: string
  subdistrict_code: string
  province_code: string
  postcode?: string | null
  address_line?: string | null
}

/** The store's channel and region, which the group's location and shipping prices attach to. */
const loadStoreContextStep = createStep("load-store-logistics-context", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id", "default_region_id"] })
  return new StepResponse({ sales_channel_id: store.default_sales_channel_id as string, region_id: store.default_region_id as string | null })
})

/** A fulfilment set covering Thailand at the group's location (one call, undone as a whole). */
const createGroupFulfillmentSetStep = createStep(
  "create-group-fulfillment-set",
  async ({ handle }: { handle: string }, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `ship-from-${handle}`,
      type: "shipping",
      service_zones: [{ name: `${handle}: ประเทศไทย`, geo_zones: [{ type: "country", country_code: "th" }] }],
    })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "fulfillment_set",
      fields: ["id", "service_zones.id"],
      filters: { id: set.id },
    })
    return new StepResponse({ id: set.id, service_zone_id: data[0].service_zones[0].id as string }, set.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([id])
  }
)

/**
 * Each group ships from its own village: its own stock location (at its subdistrict), shipping
 * profile and Thailand Post options. A cart with products of several groups therefore needs one
 * shipping method per group, and each group fulfils its own lines of the order.
 */
export const setupGroupLogisticsWorkflow = createWorkflow(setupGroupLogisticsWorkflowId, (input: GroupLogisticsInput) => {
  const store = loadStoreContextStep()
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      locations: [
        {
          name: `${input.name_th} (${input.handle})`,
          address: {
            address_1: input.address_line || input.name_th,
            city: input.subdistrict_code,
            province: input.province_code,
            postal_code: input.postcode ?? undefined,
            country_code: "th",
          },
          metadata: { producer_group_id: input.group_id },
        },
      ],
    })),
  })
  const profiles = createShippingProfilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ data: [{ name: `group:${input.handle}`, type: "producer_group" }] })),
  })
  const fulfillmentSet = createGroupFulfillmentSetStep({ handle: input.handle })
  createRemoteLinkStep(
    transform({ input, locations, fulfillmentSet, store }, ({ input, locations, fulfillmentSet, store }) => {
      const location = { [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } }
      return [
        { [PRODUCER_MODULE]: { producer_group_id: input.group_id }, ...location },
        { ...location, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
        { ...location, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
        { [Modules.SALES_CHANNEL]: { sales_channel_id: store.sales_channel_id }, ...location },
      ]
    })
  )
  createShippingOptionsWorkflow.runAsStep({
    input: transform({ fulfillmentSet, profiles, store }, ({ fulfillmentSet, profiles, store }) =>
      SHIPPING_OPTIONS.map((o) => ({
        name: o.name.th,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zone_id,
        shipping_profile_id: profiles[0].id,
        type: { label: o.name.en, description: o.name.th, code: o.code },
        prices: [
          { currency_code: "thb", amount: o.amount_thb },
          ...(store.region_id ? [{ region_id: store.region_id, amount: o.amount_thb }] : []),
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }))
    ),
  })
  return new WorkflowResponse({ stock_location_id: locations[0].id, shipping_profile_id: profiles[0].id })
})
