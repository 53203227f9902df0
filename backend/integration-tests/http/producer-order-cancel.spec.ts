import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { bearer, checkout, eventually, seedStoreWithTwoGroups } from "../helpers/actors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}

    beforeAll(async () => {
      const product = { price: "200.00", stock: 5 }
      Object.assign(world, await seedStoreWithTwoGroups(api, getContainer(), "cancel", { a: product, b: product }))
      const { order } = await checkout(api, world.store.publishableKey, world.store.regionId, [
        world.a.product.variants[0].id,
        world.b.product.variants[0].id,
      ])
      world.order = order
      await eventually(async () => {
        const { data } = await api.get("/producer/orders", bearer(world.a.token))
        expect(data.orders).toHaveLength(1)
      })
    })

    const cancel = (who: "a" | "b", body: unknown) =>
      api.post(`/producer/orders/${world.order.id}/cancellations`, body, bearer(world[who].token))
    const errorOf = (p: Promise<any>) => p.then(() => { throw new Error("expected an error") }, (e: any) => e.response)
    const stockOf = async (who: "a" | "b") =>
      (await api.get(`/producer/products/${world[who].product.id}`, bearer(world[who].token))).data.product.variants[0].inventory_quantity

    it("a group cancels its unshipped lines with a reason: stock comes back, the other group's part is untouched, the buyer is told", async () => {
      expect(await stockOf("a")).toBe(4)
      const { data } = await cancel("a", { reason: "วัตถุดิบหมด ขออภัยค่ะ" })
      expect(data.order.group_status).toBe("canceled")
      // Medusa's order edit drops the line; the cancellation keeps what it was.
      expect(data.order.items).toEqual([])
      expect(data.order.cancellations).toEqual([expect.objectContaining({ reason: "วัตถุดิบหมด ขออภัยค่ะ" })])
      expect(data.order.cancellations[0].items).toEqual([
        expect.objectContaining({ title: world.a.product.title, product_id: world.a.product.id, quantity: 1, unit_price: 200 }),
      ])
      expect(await stockOf("a")).toBe(5)

      // Group b still has its line to ship, and sees nothing of a's cancellation.
      const { data: b } = await api.get(`/producer/orders/${world.order.id}`, bearer(world.b.token))
      expect(b.order.group_status).toBe("to_ship")
      expect(b.order.items[0].quantity).toBe(1)
      expect(b.order.cancellations).toEqual([])
      expect(await stockOf("b")).toBe(4)

      // The buyer's view: a's part cancelled with its reason, b's part still coming.
      const store = { headers: { "x-publishable-api-key": world.store.publishableKey } }
      const { data: parts } = await api.get(`/store/orders/${world.order.id}/shipments`, store)
      const byGroup = Object.fromEntries(parts.parts.map((p: any) => [p.producer_group.id, p]))
      expect(byGroup[world.a.group.id].cancellations[0].reason).toBe("วัตถุดิบหมด ขออภัยค่ะ")
      expect(byGroup[world.a.group.id].items).toEqual([])
      expect(byGroup[world.a.group.id].cancellations[0].items[0]).toMatchObject({ product_id: world.a.product.id, quantity: 1 })
      expect(byGroup[world.b.group.id].cancellations).toEqual([])

      // The order total no longer includes a's line (the difference is refundable in the admin).
      const container = getContainer()
      const orders = container.resolve(Modules.ORDER)
      const [order] = await orders.listOrders({ id: world.order.id }, { select: ["id", "total"] } as any)
      expect(Math.round(Number(order.total) * 100)).toBe(Math.round(Number(world.order.total) * 100) - 20000)

      await eventually(async () => {
        const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "order-lines-canceled" })
        expect(notifications).toEqual([expect.objectContaining({ to: "buyer@example.th" })])
        expect(notifications[0].data).toMatchObject({ reason: "วัตถุดิบหมด ขออภัยค่ะ" })
      })

      // Nothing is left to cancel.
      const again = await errorOf(cancel("a", { reason: "อีกครั้ง" }))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/Nothing of this order is left to cancel/)
    })

    it("refuses a cancellation without a reason, of shipped lines, or of another group's line — and changes nothing", async () => {
      const noReason = await errorOf(cancel("a", {}))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)

      const { data: b } = await api.get(`/producer/orders/${world.order.id}`, bearer(world.b.token))
      const foreignLine = await errorOf(cancel("a", { reason: "ไม่ใช่ของเรา", items: [{ id: b.order.items[0].id, quantity: 1 }] }))
      expect(foreignLine.status).toBe(404)

      await api.post(`/producer/orders/${world.order.id}/fulfillments`, { carrier: "ไปรษณีย์ไทย", tracking_number: "EF123456789TH" }, bearer(world.a.token))
      const shipped = await errorOf(cancel("a", { reason: "ส่งไปแล้ว" }))
      expect(shipped.status).toBe(400)
      const { data: a } = await api.get(`/producer/orders/${world.order.id}`, bearer(world.a.token))
      expect(a.order.group_status).toBe("shipped")
      expect(a.order.cancellations).toEqual([])
    })
  },
})
