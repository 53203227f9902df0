import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)

    beforeAll(async () => {
      const key = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys({ title: "geo test", type: "publishable", created_by: "test" })
      headers = { "x-publishable-api-key": key.token }
    })

    describe("GET /store/geo/provinces", () => {
      it("lists the 77 provinces with region and inspection zone", async () => {
        const res = await get("/store/geo/provinces")
        expect(res.status).toBe(200)
        expect(res.data.provinces).toHaveLength(77)
        expect(res.data.provinces).toContainEqual({
          code: "50",
          name_th: "เชียงใหม่",
          name_en: "Chiang Mai",
          region: "north",
          inspection_zone: "15",
        })
        expect(res.headers["cache-control"]).toMatch(/max-age=/)
      })

      it("filters by region and rejects an unknown region", async () => {
        const res = await get("/store/geo/provinces?region=west")
        expect(res.data.provinces.map((p: any) => p.code).sort()).toEqual(["63", "70", "71", "76", "77"])
        const bad = await get("/store/geo/provinces?region=mars")
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/region/)
      })

      it("needs the publishable key like every store route", async () => {
        const res = await api.get("/store/geo/provinces").catch((e: any) => e.response)
        expect(res.status).toBe(400)
      })
    })

    describe("GET /store/geo/provinces/:code/districts", () => {
      it("lists a province's districts", async () => {
        const res = await get("/store/geo/provinces/54/districts")
        expect(res.status).toBe(200)
        expect(res.data.districts).toHaveLength(8)
        expect(res.data.districts).toContainEqual({ code: "5402", name_th: "ร้องกวาง", name_en: "Rong Kwang" })
      })

      it("answers an unknown province with 404 and a malformed code with 400", async () => {
        const missing = await get("/store/geo/provinces/99/districts")
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Province with code '99' was not found")
        const malformed = await get("/store/geo/provinces/chiangmai/districts")
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/2 digits/)
      })
    })

    describe("GET /store/geo/districts/:code/subdistricts", () => {
      it("lists a district's subdistricts with postcodes", async () => {
        const res = await get("/store/geo/districts/5001/subdistricts")
        expect(res.status).toBe(200)
        expect(res.data.subdistricts).toContainEqual({ code: "500101", name_th: "ศรีภูมิ", name_en: expect.any(String), postcode: "50200" })
        for (const s of res.data.subdistricts) expect(s.code.startsWith("5001")).toBe(true)
      })

      it("answers an unknown district with 404", async () => {
        const res = await get("/store/geo/districts/5099/subdistricts")
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/District with code '5099'/)
      })
    })

    describe("GET /store/geo/subdistricts?postcode=", () => {
      it("finds the subdistricts of a postcode with district and province", async () => {
        const res = await get("/store/geo/subdistricts?postcode=50200")
        expect(res.status).toBe(200)
        expect(res.data.subdistricts.length).toBeGreaterThan(0)
        expect(res.data.subdistricts[0]).toMatchObject({
          postcode: "50200",
          district: { code: expect.stringMatching(/^50/) },
          province: { code: "50", name_en: "Chiang Mai", region: "north" },
        })
      })

      it("answers an unknown postcode with 404 and a missing or malformed one with 400", async () => {
        expect((await get("/store/geo/subdistricts?postcode=00000")).status).toBe(404)
        const missing = await get("/store/geo/subdistricts")
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/postcode/)
        expect((await get("/store/geo/subdistricts?postcode=5020")).status).toBe(400)
      })

      it("returns one subdistrict by code, and 404 for an unknown one", async () => {
        const res = await get("/store/geo/subdistricts/540201")
        expect(res.status).toBe(200)
        expect(res.data.subdistrict).toMatchObject({ code: "540201", province: { code: "54", inspection_zone: "16" } })
        expect((await get("/store/geo/subdistricts/549999")).status).toBe(404)
      })
    })
  },
})
