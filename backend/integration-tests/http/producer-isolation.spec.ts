import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runSeed } from "../../src/seed"
import { bearer, checkout, createGroup, eventually, signInStaff, signUpProducer } from "../helpers/actors"

jest.setTimeout(300 * 1000)

const API_DIR = path.resolve(__dirname, "../../src/api")
type Route = { path: string; methods: string[]; params: string[] }

/** Every route file under a surface, as Medusa registers them (folders are path segments). */
function walkRoutes(surface: "producer" | "staff"): Route[] {
  const routes: Route[] = []
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (entry.name === "route.ts") {
        const rel = path.relative(API_DIR, dir).split(path.sep)
        const text = fs.readFileSync(full, "utf8")
        routes.push({
          path: "/" + rel.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/"),
          methods: [...text.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]),
          params: rel.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1)),
        })
      }
    }
  }
  visit(path.join(API_DIR, surface))
  return routes
}

const pngBytes = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex")

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    // Three groups (two in Chiang Mai, one in Surin), each with its own owner, product and upload;
    // two staff scopes (Chiang Mai, Surin).
    const world: any = {}

    beforeAll(async () => {
      const container = getContainer()
      const store = await runSeed(container, { demo: false })
      for (const [name, subdistrict] of [["a", "500101"], ["b", "500102"], ["c", "320101"]] as const) {
        const { token, producer_id } = await signUpProducer(api, `owner-${name}@example.th`)
        const group = await createGroup(container, producer_id, subdistrict)
        const upload = await api.post(
          "/producer/uploads",
          (() => {
            const form = new FormData()
            form.append("files", new Blob([pngBytes], { type: "image/png" }), `${name}.png`)
            return form
          })(),
          bearer(token)
        )
        const product = await api.post(
          "/producer/products",
          {
            handle: `isolation-product-${name}`,
            title: { th: `สินค้า ${name}`, en: `Product ${name}` },
            category: "food",
            status: "published",
            images: [upload.data.uploads[0].id],
            weight_g: 250,
            variants: [{ price: "120.00", stock: 5 }],
          },
          bearer(token)
        )
        const certification = await api.post(
          `/producer/products/${product.data.product.id}/certifications`,
          { scheme: "fda_food", number: "50-2-00162-2-0031" },
          bearer(token)
        )
        world[name] = {
          token,
          producer_id,
          group,
          upload: upload.data.uploads[0],
          product: product.data.product,
          certification: certification.data.certification,
        }
      }
      // Group B has an open invite and a member of its own.
      world.bInvite = (await api.post("/producer/team/invites", { email: "invitee-b@example.th" }, bearer(world.b.token))).data.invite
      world.bMembership = (await api.get("/producer/team", bearer(world.b.token))).data.members[0]
      // An order with only group B's product: group A must not reach it.
      const { order } = await checkout(api, store.publishableKey, store.regionId, [world.b.product.variants[0].id])
      world.bOrder = order
      await eventually(async () => expect((await api.get("/producer/orders", bearer(world.b.token))).data.count).toBe(1))
      // A published review of group B's product (written straight to the module: the buyer's path is tested in reviews.spec).
      world.bReview = await (container.resolve("review") as any).createReviews({
        product_id: world.b.product.id, customer_id: "cus_test", order_id: order.id, group_id: world.b.group.id,
        rating: 5, body: "อร่อยมาก", display_name: "ลูกค้า", status: "published",
      })
      world.staffChiangMai = await signInStaff(api, container, "staff-cm@example.th", { province_codes: ["50"] })
      world.staffSurin = await signInStaff(api, container, "staff-surin@example.th", { province_codes: ["32"] })
    })

    // For each parameter of a scoped route: an id that exists but belongs to someone else.
    // A route added later with a parameter not known here fails the walk until it is added.
    const foreignIdFor = (route: Route, param: string): string => {
      if (route.path.startsWith("/producer/products/")) return world.b.product.id
      if (route.path.startsWith("/producer/uploads/")) return world.b.upload.id
      if (route.path.startsWith("/producer/orders/")) return world.bOrder.id
      if (route.path.startsWith("/producer/team/invites/")) return world.bInvite.id
      if (route.path.startsWith("/producer/team/members/")) return world.bMembership.id
      if (route.path.startsWith("/producer/certifications/")) return world.b.certification.id
      if (route.path.startsWith("/producer/reviews/")) return world.bReview.id
      if (route.path.startsWith("/staff/certifications/")) return world.c.certification.id // Surin, outside Chiang Mai
      if (route.path.startsWith("/staff/products/")) return world.c.product.id
      if (route.path.startsWith("/staff/producer-groups/") && param === "id") return world.c.group.id // Surin, outside Chiang Mai
      if (route.path.startsWith("/staff/producer-groups/") && param === "document_id") return "pgdoc_any"
      throw new Error(`the isolation walk has no foreign id for ${route.path} (:${param}): add one here`)
    }

    it("walks every /producer route: another group's ids are 404s, never data", async () => {
      const routes = walkRoutes("producer").filter((r) => r.params.length)
      expect(routes.length).toBeGreaterThan(0)
      for (const route of routes) {
        const url = route.params.reduce((u, p) => u.replace(`:${p}`, foreignIdFor(route, p)), route.path)
        for (const method of route.methods) {
          const res = await api.request({ url, method, data: {}, ...bearer(world.a.token) }).catch((e: any) => e.response)
          expect({ route: `${method} ${route.path}`, status: res.status }).toEqual({ route: `${method} ${route.path}`, status: 404 })
          expect(JSON.stringify(res.data)).not.toContain(world.b.group.id)
        }
      }
    })

    it("refuses to act for a group the producer does not belong to, on every /producer route", async () => {
      for (const route of walkRoutes("producer").filter((r) => r.path !== "/producer/account")) {
        const url = route.params.reduce((u, p) => u.replace(`:${p}`, foreignIdFor(route, p)), route.path)
        for (const method of route.methods) {
          const res = await api
            .request({ url, method, data: {}, ...bearer(world.a.token, { "x-producer-group-id": world.b.group.id }) })
            .catch((e: any) => e.response)
          expect({ route: `${method} ${route.path}`, status: res.status }).toEqual({ route: `${method} ${route.path}`, status: 404 })
        }
      }
    })

    it("lists only the acting group's own products and orders", async () => {
      const { data } = await api.get("/producer/products", bearer(world.a.token))
      expect(data.products.map((p: any) => p.id)).toEqual([world.a.product.id])
      expect(data.products[0].variants[0].inventory_quantity).toBe(5)
      const orders = await api.get("/producer/orders", bearer(world.a.token))
      expect(orders.data.orders).toEqual([])
    })

    it("answers every /producer and /staff route with 401 without a login", async () => {
      for (const surface of ["producer", "staff"] as const) {
        for (const route of walkRoutes(surface)) {
          const url = route.params.reduce((u, p) => u.replace(`:${p}`, "x"), route.path)
          for (const method of route.methods) {
            const res = await api.request({ url, method, data: {} }).catch((e: any) => e.response)
            expect({ route: `${method} ${route.path}`, status: res.status }).toEqual({ route: `${method} ${route.path}`, status: 401 })
          }
        }
      }
    })

    it("walks every /staff route: groups outside the officer's provinces are 404s", async () => {
      const routes = walkRoutes("staff").filter((r) => r.params.length)
      expect(routes.length).toBeGreaterThan(0)
      for (const route of routes) {
        const url = route.params.reduce((u, p) => u.replace(`:${p}`, foreignIdFor(route, p)), route.path)
        for (const method of route.methods) {
          const res = await api
            .request({ url, method, data: { reason: "test" }, ...bearer(world.staffChiangMai) })
            .catch((e: any) => e.response)
          expect({ route: `${method} ${route.path}`, status: res.status }).toEqual({ route: `${method} ${route.path}`, status: 404 })
        }
      }
    })

    it("lists only the groups in the officer's provinces", async () => {
      const cm = await api.get("/staff/producer-groups", bearer(world.staffChiangMai))
      expect(cm.data.producer_groups.map((g: any) => g.id).sort()).toEqual([world.a.group.id, world.b.group.id].sort())
      const surin = await api.get("/staff/producer-groups", bearer(world.staffSurin))
      expect(surin.data.producer_groups.map((g: any) => g.id)).toEqual([world.c.group.id])
      const asked = await api.get("/staff/producer-groups?province_code=32", bearer(world.staffChiangMai))
      expect(asked.data.producer_groups).toEqual([])
    })

    it("does not let a producer token into /staff or a staff token into /producer", async () => {
      expect((await api.get("/staff/producer-groups", bearer(world.a.token)).catch((e: any) => e.response)).status).toBe(401)
      expect((await api.get("/producer/me", bearer(world.staffChiangMai)).catch((e: any) => e.response)).status).toBe(401)
    })
  },
})
