import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bearer, checkout, eventually, seedStoreWithTwoGroups } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}

    beforeAll(async () => {
      Object.assign(world, await seedStoreWithTwoGroups(api, getContainer(), "checkout", { a: { price: "250.00" }, b: { price: "1290.50" } }))
    })

    it("one checkout across two groups: shipping per group, each group ships its own lines, the buyer sees both shipments", async () => {
      const { order, shippingOptions, type } = await checkout(api, world.store.publishableKey, world.store.regionId, [
        world.a.product.variants[0].id,
        world.b.product.variants[0].id,
      ])
      expect(type).toBe("order")

      // Each group offers its own Thailand Post options: two groups, two profiles, four options.
      expect(new Set(shippingOptions.map((o: any) => o.shipping_profile_id)).size).toBe(2)
      expect(order.shipping_methods).toHaveLength(2)
      // Shelf prices include VAT; shipping is charged per group (2 × ฿45 registered mail).
      expect(Math.round(Number(order.total) * 100)).toBe(25000 + 129050 + 2 * 4500)

      for (const [me, other] of [["a", "b"], ["b", "a"]]) {
        const mine = await eventually(async () => {
          const { data } = await api.get("/producer/orders", bearer(world[me].token))
          expect(data.orders.map((o: any) => o.id)).toEqual([order.id])
          return data.orders[0]
        })
        // Only this group's line, with the address it ships to; nothing of the other group.
        expect(mine.items.map((i: any) => i.product_id)).toEqual([world[me].product.id])
        expect(mine.shipping_address).toMatchObject({ postal_code: "10400", province: "10" })
        expect(JSON.stringify(mine)).not.toContain(world[other].product.id)
        expect(mine.group_status).toBe("to_ship")

        const { data: shipped } = await api.post(
          `/producer/orders/${order.id}/fulfillments`,
          { carrier: "ไปรษณีย์ไทย", tracking_number: `EF${me.toUpperCase()}123456789TH` },
          bearer(world[me].token)
        ).catch((e: any) => {
          throw new Error(`shipping failed: ${JSON.stringify(e.response?.data)}`)
        })
        expect(shipped.order.group_status).toBe("shipped")
        expect(shipped.order.fulfillments).toHaveLength(1)
        expect(shipped.order.fulfillments[0].labels[0].tracking_number).toBe(`EF${me.toUpperCase()}123456789TH`)

        const again = await api
          .post(`/producer/orders/${order.id}/fulfillments`, { carrier: "x", tracking_number: "EF000000000TH" }, bearer(world[me].token))
          .catch((e: any) => e.response)
        expect(again.status).toBe(400)
      }

      // The buyer sees one purchase with a shipment and a tracking number per group.
      const { data } = await api.get(`/store/orders/${order.id}/shipments`, {
        headers: { "x-publishable-api-key": world.store.publishableKey },
      })
      expect(data.parts).toHaveLength(2)
      for (const name of ["a", "b"]) {
        const part = data.parts.find((p: any) => p.producer_group.id === world[name].group.id)
        expect(part.items.map((i: any) => i.product_id)).toEqual([world[name].product.id])
        expect(part.shipments).toEqual([
          expect.objectContaining({ carrier: "ไปรษณีย์ไทย", tracking_numbers: [`EF${name.toUpperCase()}123456789TH`] }),
        ])
      }
    })

    it("refuses a product of a suspended group at checkout", async () => {
      const { changeProducerGroupStatusWorkflow } = require("../../src/workflows/producer/change-group-status")
      await changeProducerGroupStatusWorkflow(getContainer()).run({
        input: { group_id: world.b.group.id, action: "suspend", reason: "ทดสอบ", actor_type: "test", actor_id: "test" },
      })
      const headers = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      const { data: c } = await api.post("/store/carts", { region_id: world.store.regionId }, headers)
      const res = await api
        .post(`/store/carts/${c.cart.id}/line-items`, { variant_id: world.b.product.variants[0].id, quantity: 1 }, headers)
        .catch((e: any) => e.response)
      expect(res.status).toBe(400)
      const list = await api.get(`/store/products?handle=${world.b.product.handle}`, headers)
      expect(list.data.products).toEqual([])
    })
  },
})
