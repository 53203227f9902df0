import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bearer, checkout, seedStoreWithTwoGroups } from "../helpers/actors"

jest.setTimeout(300 * 1000)
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const world: any = {}

    beforeAll(async () => {
      Object.assign(world, await seedStoreWithTwoGroups(api, getContainer(), "cart-groups", { a: { price: "250.00", stock: 2 }, b: { price: "1290.50", stock: 10 } }))
    })

    const store = () => ({ headers: { "x-publishable-api-key": world.store.publishableKey } })

    async function cartWith(lines: [string, number][]) {
      const { data } = await api.post("/store/carts", { region_id: world.store.regionId }, store())
      for (const [variant_id, quantity] of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id, quantity }, store())
      return data.cart.id as string
    }

    it("groups a cart's lines by producer group and flags sold-out lines and closed groups without removing them", async () => {
      const a = world.a.product.variants[0].id
      const b = world.b.product.variants[0].id
      const cartId = await cartWith([[a, 2], [b, 1]])

      const { data } = await api.get(`/store/carts/${cartId}/groups`, store())
      expect(data.cart_id).toBe(cartId)
      expect(data.can_check_out).toBe(true)
      expect(data.groups.map((g: any) => g.producer_group.id)).toEqual([world.a.group.id, world.b.group.id])
      for (const [index, name] of [[0, "a"], [1, "b"]] as const) {
        const group = data.groups[index]
        expect(group.shipping_profile_id).toMatch(/^sp_/)
        expect(group.items).toEqual([
          expect.objectContaining({ variant_id: world[name].product.variants[0].id, product_id: world[name].product.id, problem: null }),
        ])
      }
      expect(data.groups[0].shipping_profile_id).not.toBe(data.groups[1].shipping_profile_id)
      expect(data.groups[0].items[0]).toMatchObject({ quantity: 2, available_quantity: 2 })

      // Someone else buys one of the two left: this cart's 2 are no longer all there.
      await checkout(api, world.store.publishableKey, world.store.regionId, [a])
      const { data: short } = await api.get(`/store/carts/${cartId}/groups`, store())
      expect(short.groups[0].items[0]).toMatchObject({ quantity: 2, available_quantity: 1, problem: "insufficient_stock" })
      expect(short.can_check_out).toBe(false)

      // The second group closes for a festival: its line stays in the cart, flagged with the date.
      const until = new Date(Date.now() + 7 * DAY).toISOString()
      await api.post("/producer/group", { closed_from: new Date(Date.now() - DAY).toISOString(), closed_until: until }, bearer(world.b.token))
      const { data: closed } = await api.get(`/store/carts/${cartId}/groups`, store())
      expect(closed.groups[1].items[0].problem).toBe("group_closed")
      expect(closed.groups[1].producer_group).toMatchObject({ closed: true, approved: true })
      expect(new Date(closed.groups[1].producer_group.closed_until).getTime()).toBe(new Date(until).getTime())
      await api.post("/producer/group", { closed_from: null, closed_until: null }, bearer(world.b.token))

      // The last one sold too: sold out.
      await checkout(api, world.store.publishableKey, world.store.regionId, [a])
      const { data: gone } = await api.get(`/store/carts/${cartId}/groups`, store())
      expect(gone.groups[0].items[0]).toMatchObject({ available_quantity: 0, problem: "out_of_stock" })
      expect(gone.groups[1].items[0].problem).toBeNull()
    })

    it("answers 400 for a malformed id and 404 for an unknown cart", async () => {
      const bad = await api.get("/store/carts/not-a-cart/groups", store()).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/cart id/)
      const missing = await api.get("/store/carts/cart_01UNKNOWN000000000000000000/groups", store()).catch((e: any) => e.response)
      expect(missing.status).toBe(404)
      const { data } = await api.get(`/store/carts/${await cartWith([])}/groups`, store())
      expect(data).toMatchObject({ groups: [], can_check_out: false })
    })
  },
})
