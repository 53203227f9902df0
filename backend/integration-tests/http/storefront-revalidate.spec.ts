import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { runSeed } from "../../src/seed"
import { REVALIDATE_SECRET_HEADER } from "../../src/lib/storefront-revalidation"
import { bearer, createGroup, createProducerProduct, eventually, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

/**
 * The storefront's cache follows the catalog: a product created, archived or sold out (stock set
 * by Medusa's own inventory workflow) makes the backend POST the affected cache tags to
 * STOREFRONT_URL/api/revalidate with the shared secret. A loopback HTTP listener stands in for
 * the storefront (real sockets, the real app and subscribers); a storefront refusing the secret
 * or being down never breaks the write.
 */
const SECRET = "revalidate-test-secret"
type Post = { secret: string | undefined; tags: string[] }
const posts: Post[] = []
let status = 200
let server: http.Server

// A top-level hook runs before the runner boots the app; the helper reads the env at call time.
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/api/revalidate") {
        posts.push({ secret: req.headers[REVALIDATE_SECRET_HEADER] as string | undefined, tags: JSON.parse(raw).tags })
      }
      res.writeHead(status, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = SECRET
})
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()))
})

/** The posts received so far that name this tag. */
const postsWith = (tag: string) => posts.filter((p) => p.tags.includes(tag))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("posts the catalog tags of a created, sold-out and archived product with the secret", async () => {
      const container = getContainer()
      const { publishableKey } = await runSeed(container, { demo: false })
      const producer = await signUpProducer(api, "revalidate@example.th")
      const group = await createGroup(container, producer.producer_id, "500101")
      const store = { headers: { "x-publishable-api-key": publishableKey } }

      const product = await createProducerProduct(api, producer.token, "revalidate-honey", "150.00", 5)
      const created = await eventually(async () => {
        const [post] = postsWith("product:revalidate-honey")
        expect(post).toBeDefined()
        return post
      })
      expect(created.secret).toBe(SECRET)
      expect(created.tags).toEqual(expect.arrayContaining(["products", "producer-groups", "product:revalidate-honey", `producer-group:${group.handle}`]))

      // Sold out through Medusa's inventory workflow (as the admin's stock edit does): the catalog
      // row follows and the storefront is told again.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [withStock] } = await query.graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory.location_levels.id", "variants.inventory_items.inventory.location_levels.inventory_item_id", "variants.inventory_items.inventory.location_levels.location_id"],
        filters: { id: product.id },
      })
      const level = (withStock as any).variants[0].inventory_items[0].inventory.location_levels[0]
      const before = postsWith("product:revalidate-honey").length
      await updateInventoryLevelsWorkflow(container).run({
        input: { updates: [{ id: level.id, inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: 0 }] },
      })
      await eventually(async () => {
        const { data } = await api.get("/store/catalog?q=revalidate-honey&limit=5", store)
        const row = data.products.find((p: any) => p.handle === "revalidate-honey")
        expect(row?.in_stock).toBe(false)
        expect(postsWith("product:revalidate-honey").length).toBeGreaterThan(before)
      })

      // A storefront that refuses (wrong secret on its side) or is down: the write still succeeds.
      status = 401
      const archivedBefore = posts.length
      await api.delete(`/producer/products/${product.id}`, bearer(producer.token))
      await eventually(async () => expect(posts.length).toBeGreaterThan(archivedBefore))
      // The archived product left the catalog; its handle was looked up to name its tag.
      expect(posts.at(-1)!.tags).toEqual(expect.arrayContaining(["products", "product:revalidate-honey"]))
      const { data: gone } = await api.get("/store/catalog?q=revalidate-honey&limit=5", store)
      expect(gone.products).toHaveLength(0)
      status = 200

      process.env.STOREFRONT_URL = "http://127.0.0.1:9" // nothing listens there
      try {
        const other = await createProducerProduct(api, producer.token, "revalidate-rice", "90.00", 3)
        await eventually(async () => {
          const { data } = await api.get("/store/catalog?q=revalidate-rice&limit=5", store)
          expect(data.products.map((p: any) => p.id)).toEqual([other.id])
        })
      } finally {
        process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      }
    })
  },
})
