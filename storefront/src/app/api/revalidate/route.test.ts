/** @jest-environment node */
import { revalidateTag } from "next/cache"
import { POST } from "./route"

// Next's revalidateTag needs a running Next server; here it only records what the route asks for.
jest.mock("next/cache", () => ({ revalidateTag: jest.fn() }))
const revalidated = revalidateTag as jest.MockedFunction<typeof revalidateTag>

const SECRET = "s3cret-for-tests"

function post(body: unknown, secret?: string) {
  return POST(
    new Request("http://localhost/api/revalidate", {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  )
}

beforeEach(() => {
  revalidated.mockClear()
  process.env.REVALIDATE_SECRET = SECRET
})
afterAll(() => {
  delete process.env.REVALIDATE_SECRET
})

describe("POST /api/revalidate", () => {
  it("expires each named tag at once with the right secret", async () => {
    const res = await post({ tags: ["products", "product:silk-scarf", "products"] }, SECRET)
    expect(res.status).toBe(200)
    expect((await res.json()).revalidated).toEqual(["products", "product:silk-scarf"])
    expect(revalidated.mock.calls).toEqual([
      ["products", { expire: 0 }],
      ["product:silk-scarf", { expire: 0 }],
    ])
  })

  it("refuses a missing or wrong secret with 401 and revalidates nothing", async () => {
    for (const secret of [undefined, "wrong", `${SECRET}x`]) {
      const res = await post({ tags: ["products"] }, secret)
      expect(res.status).toBe(401)
      expect((await res.json()).error).toMatch(/secret/)
    }
    expect(revalidated).not.toHaveBeenCalled()
  })

  it("refuses everyone when no secret is configured", async () => {
    delete process.env.REVALIDATE_SECRET
    const res = await post({ tags: ["products"] }, "anything")
    expect(res.status).toBe(401)
    expect((await res.json()).error).toMatch(/not configured/)
    expect(revalidated).not.toHaveBeenCalled()
  })

  it.each([
    ["not JSON", "{tags:", /JSON/],
    ["no tags", {}, /tags/],
    ["an empty list", { tags: [] }, /non-empty/],
    ["a number", { tags: [42] }, /tags\[0\]/],
    ["a tag with spaces", { tags: ["products", "a b"] }, /tags\[1\]/],
    ["a tag too long", { tags: ["x".repeat(257)] }, /tags\[0\]/],
    ["too many tags", { tags: Array.from({ length: 501 }, (_, i) => `t${i}`) }, /at most 500/],
  ])("answers 400 with a reason for %s", async (_what, body, reason) => {
    const res = await post(body, SECRET)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatch(reason)
    expect(revalidated).not.toHaveBeenCalled()
  })
})
