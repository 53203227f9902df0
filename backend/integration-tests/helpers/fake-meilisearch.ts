import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A loopback stand-in for a Meilisearch server, for tests that run the real `meilisearch` client
 * (no Meilisearch binary can be installed here). It records every request and answers the
 * endpoints the catalog uses the way Meilisearch v1 does: asynchronous tasks polled through
 * /tasks/:uid (first poll "processing"), index creation, settings, document add/replace, delete
 * and fetch, index swap, and search / multi-search with filters, facet distribution, sort and both
 * kinds of pagination. Like the real server it refuses a filter, sort or facet on an attribute
 * the settings do not declare, so the settings our code sends are tested against its queries.
 * It is not a search engine: words match by exact token (prefix for the last query word), no
 * typos, no Thai segmentation of its own, naive ranking. Relevance is only tested on a real
 * server (catalog-meilisearch-contract.spec.ts).
 */

export type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: any; authorization?: string }
type Doc = Record<string, any>
type Index = { uid: string; primaryKey: string | null; settings: Record<string, any>; docs: Map<string, Doc>; createdAt: string }
type Task = { uid: number; indexUid: string | null; type: string; status: string; error: any; polls: number; enqueuedAt: string; run: () => void }

export type FakeMeilisearch = {
  url: string
  requests: RecordedRequest[]
  indexes: Map<string, Index>
  /** Make the task of the next matching write fail (as Meilisearch reports a failed task). */
  failNextTask: (type: string, error?: { code: string; message: string }) => void
  /** Saves / puts back every index (documents and settings), e.g. to undo a test's writes. */
  snapshot: () => void
  restore: () => void
  /** Requests of one kind, e.g. requestsTo("POST", "/multi-search"). */
  requestsTo: (method: string, path: string | RegExp) => RecordedRequest[]
  close: () => Promise<void>
}

const now = () => new Date().toISOString()
const apiError = (status: number, code: string, message: string) => ({ status, body: { message, code, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${code}` } })

/** `port` 0 (default) takes a free one; a fixed port lets MEILISEARCH_HOST be set before the app boots. */
export async function startFakeMeilisearch({ apiKey, port: wanted = 0 }: { apiKey?: string; port?: number } = {}): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = []
  const indexes = new Map<string, Index>()
  const tasks = new Map<number, Task>()
  let nextTask = 0
  let failing: { type: string; error: { code: string; message: string } } | null = null

  const getOrCreate = (uid: string, primaryKey?: string | null) => {
    let index = indexes.get(uid)
    if (!index) {
      index = { uid, primaryKey: primaryKey ?? null, settings: {}, docs: new Map(), createdAt: now() }
      indexes.set(uid, index)
    }
    if (!index.primaryKey && primaryKey) index.primaryKey = primaryKey
    return index
  }

  /** Enqueues a task; its effect happens when it is processed (before the first poll answers). */
  const enqueue = (indexUid: string | null, type: string, run: () => void) => {
    const task: Task = { uid: nextTask++, indexUid, type, status: "enqueued", error: null, polls: 0, enqueuedAt: now(), run }
    tasks.set(task.uid, task)
    if (failing && failing.type === type) {
      task.status = "failed"
      task.error = { ...failing.error, type: "invalid_request", link: "" }
      failing = null
    } else {
      try {
        run()
        task.status = "succeeded"
      } catch (e: any) {
        task.status = "failed"
        task.error = { code: e.code ?? "internal", message: e.message, type: "invalid_request", link: "" }
      }
    }
    return { status: 202, body: { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt } }
  }

  const fail = (code: string, message: string) => Object.assign(new Error(message), { code })

  function search(index: Index, params: any) {
    const settings = index.settings
    const filterable: string[] = settings.filterableAttributes ?? []
    const sortable: string[] = settings.sortableAttributes ?? []
    let filter: ((d: Doc) => boolean) | null = null
    if (params.filter) {
      try {
        filter = parseFilter(String(params.filter), filterable)
      } catch (e: any) {
        return apiError(400, "invalid_search_filter", e.message)
      }
    }
    for (const f of params.facets ?? []) {
      if (!filterable.includes(f)) return apiError(400, "invalid_search_facets", `Attribute \`${f}\` is not filterable. Available filterable attributes are: \`${filterable.join(", ")}\`.`)
    }
    const sort: [string, number][] = (params.sort ?? []).map((s: string) => {
      const [attr, dir] = s.split(":")
      return [attr, dir === "desc" ? -1 : 1]
    })
    for (const [attr] of sort) {
      if (!sortable.includes(attr)) return apiError(400, "invalid_search_sort", `Attribute \`${attr}\` is not sortable. Available sortable attributes are: \`${sortable.join(", ")}\`.`)
    }
    const searchable: string[] = settings.searchableAttributes && settings.searchableAttributes[0] !== "*" ? settings.searchableAttributes : null
    const terms = String(params.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)
    const matched: { doc: Doc; rank: number; order: number }[] = []
    let order = 0
    for (const doc of index.docs.values()) {
      order++
      if (filter && !filter(doc)) continue
      let rank = 0
      if (terms.length) {
        const attrs = searchable ?? Object.keys(doc).filter((k) => typeof doc[k] === "string")
        const tokensBy = attrs.map((a) => tokens(doc[a]))
        const positions = terms.map((t, i) => tokensBy.findIndex((ts) => ts.some((w) => (i === terms.length - 1 ? w.startsWith(t) : w === t))))
        if (positions.some((p) => p < 0)) continue // matchingStrategy "all": every word
        rank = Math.min(...positions)
      }
      matched.push({ doc, rank, order })
    }
    matched.sort((a, b) => {
      for (const [attr, dir] of sort) {
        const c = compare(a.doc[attr], b.doc[attr], dir)
        if (c) return c
      }
      return a.rank - b.rank || a.order - b.order
    })
    const facetDistribution: Record<string, Record<string, number>> = {}
    for (const f of params.facets ?? []) {
      const counts: Record<string, number> = {}
      for (const { doc } of matched) {
        for (const v of ([] as any[]).concat(doc[f] ?? [])) counts[String(v)] = (counts[String(v)] ?? 0) + 1
      }
      facetDistribution[f] = counts
    }
    const pick = (d: Doc) => (params.attributesToRetrieve ? Object.fromEntries(params.attributesToRetrieve.filter((a: string) => a in d).map((a: string) => [a, d[a]])) : d)
    const maxTotalHits = settings.pagination?.maxTotalHits ?? 1000
    const total = Math.min(matched.length, maxTotalHits)
    const body: any = { query: params.q ?? "", processingTimeMs: 0, ...(params.facets ? { facetDistribution, facetStats: {} } : {}) }
    if (params.page !== undefined || params.hitsPerPage !== undefined) {
      const hitsPerPage = params.hitsPerPage ?? 20
      const page = params.page ?? 1
      const from = (page - 1) * hitsPerPage
      Object.assign(body, {
        hits: matched.slice(from, Math.min(from + hitsPerPage, total)).map((m) => pick(m.doc)),
        hitsPerPage, page, totalHits: total, totalPages: hitsPerPage ? Math.ceil(total / hitsPerPage) : 0,
      })
    } else {
      const offset = params.offset ?? 0
      const limit = params.limit ?? 20
      Object.assign(body, { hits: matched.slice(offset, Math.min(offset + limit, total)).map((m) => pick(m.doc)), offset, limit, estimatedTotalHits: total })
    }
    return { status: 200, body }
  }

  function route(method: string, path: string, query: Record<string, string>, body: any): { status: number; body: any } {
    let m: RegExpMatchArray | null
    if (method === "GET" && path === "/health") return { status: 200, body: { status: "available" } }
    if (method === "GET" && (m = path.match(/^\/tasks\/(\d+)$/))) {
      const task = tasks.get(Number(m[1]))
      if (!task) return apiError(404, "task_not_found", `Task \`${m[1]}\` not found.`)
      task.polls++
      const status = task.polls === 1 ? "processing" : task.status // the client must poll again
      return { status: 200, body: { uid: task.uid, indexUid: task.indexUid, status, type: task.type, error: status === "failed" ? task.error : null, enqueuedAt: task.enqueuedAt } }
    }
    if (method === "POST" && path === "/indexes") {
      return enqueue(body.uid, "indexCreation", () => {
        if (indexes.has(body.uid)) throw fail("index_already_exists", `Index \`${body.uid}\` already exists.`)
        getOrCreate(body.uid, body.primaryKey)
      })
    }
    if (method === "POST" && path === "/swap-indexes") {
      return enqueue(null, "indexSwap", () => {
        for (const swap of body) {
          if (Object.keys(swap).some((k) => k !== "indexes")) throw fail("bad_request", `Unknown field \`${Object.keys(swap).find((k) => k !== "indexes")}\``)
          const [a, b] = swap.indexes.map((uid: string) => indexes.get(uid))
          if (!a || !b) throw fail("index_not_found", `Index \`${!a ? swap.indexes[0] : swap.indexes[1]}\` not found.`)
          indexes.set(a.uid, { ...b, uid: a.uid })
          indexes.set(b.uid, { ...a, uid: b.uid })
        }
      })
    }
    if (method === "POST" && path === "/multi-search") {
      const results: any[] = []
      for (const q of body.queries ?? []) {
        const index = indexes.get(q.indexUid)
        if (!index) return apiError(404, "index_not_found", `Index \`${q.indexUid}\` not found.`)
        const r = search(index, q)
        if (r.status !== 200) return { status: r.status, body: { ...r.body, message: `Inside \`.queries[${results.length}]\`: ${r.body.message}` } }
        results.push({ indexUid: q.indexUid, ...r.body })
      }
      return { status: 200, body: { results } }
    }
    if (!(m = path.match(/^\/indexes\/([^/]+)(\/.*)?$/))) return apiError(404, "not_found", "not found")
    const uid = decodeURIComponent(m[1])
    const rest = m[2] ?? ""
    const index = indexes.get(uid)
    const missing = () => apiError(404, "index_not_found", `Index \`${uid}\` not found.`)
    if (rest === "" && method === "GET") return index ? { status: 200, body: { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: index.createdAt } } : missing()
    if (rest === "" && method === "DELETE") {
      return enqueue(uid, "indexDeletion", () => {
        if (!indexes.delete(uid)) throw fail("index_not_found", `Index \`${uid}\` not found.`)
      })
    }
    if (rest === "/settings" && method === "GET") return index ? { status: 200, body: index.settings } : missing()
    if (rest === "/settings" && method === "PATCH") return enqueue(uid, "settingsUpdate", () => Object.assign(getOrCreate(uid).settings, body))
    if (rest === "/documents" && (method === "POST" || method === "PUT")) {
      return enqueue(uid, "documentAdditionOrUpdate", () => {
        const target = getOrCreate(uid, query.primaryKey)
        const key = target.primaryKey ?? "id"
        for (const doc of body) {
          const id = doc[key]
          if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,511}$/.test(id)) throw fail("invalid_document_id", `Document identifier \`${JSON.stringify(id)}\` is invalid.`)
          target.docs.set(id, method === "PUT" ? { ...(target.docs.get(id) ?? {}), ...doc } : doc)
        }
      })
    }
    if (rest === "/documents/delete-batch" && method === "POST") {
      return enqueue(uid, "documentDeletion", () => {
        if (!index) throw fail("index_not_found", `Index \`${uid}\` not found.`)
        for (const id of body) index.docs.delete(String(id))
      })
    }
    if ((rest === "/documents/fetch" && method === "POST") || (rest === "/documents" && method === "GET")) {
      if (!index) return missing()
      const params = method === "GET" ? { ...query, fields: query.fields?.split(","), limit: query.limit && Number(query.limit), offset: query.offset && Number(query.offset) } : body
      let filter: ((d: Doc) => boolean) | null = null
      if (params.filter) {
        try {
          filter = parseFilter(String(params.filter), index.settings.filterableAttributes ?? [])
        } catch (e: any) {
          return apiError(400, "invalid_document_filter", e.message)
        }
      }
      const all = [...index.docs.values()].filter((d) => !filter || filter(d))
      const offset = params.offset || 0
      const limit = params.limit || 20
      const results = all.slice(offset, offset + limit).map((d) => (params.fields ? Object.fromEntries(params.fields.map((f: string) => [f, d[f]])) : d))
      return { status: 200, body: { results, offset, limit, total: all.length } }
    }
    return apiError(404, "not_found", `${method} ${path} is not served by the fake`)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const text = Buffer.concat(chunks).toString("utf8")
      const body = text ? JSON.parse(text) : undefined
      const recorded: RecordedRequest = { method: req.method!, path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization }
      requests.push(recorded)
      const answer =
        apiKey && req.headers.authorization !== `Bearer ${apiKey}` && url.pathname !== "/health"
          ? apiError(req.headers.authorization ? 403 : 401, req.headers.authorization ? "invalid_api_key" : "missing_authorization_header", "The provided API key is invalid.")
          : route(req.method!, url.pathname, recorded.query, body)
      res.writeHead(answer.status, { "content-type": "application/json" })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(wanted, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  const copy = (from: Map<string, Index>) =>
    new Map([...from].map(([uid, i]) => [uid, { ...i, settings: structuredClone(i.settings), docs: new Map([...i.docs].map(([id, d]) => [id, structuredClone(d)])) }]))
  let saved = copy(indexes)
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indexes,
    snapshot: () => void (saved = copy(indexes)),
    restore: () => {
      indexes.clear()
      for (const [uid, i] of copy(saved)) indexes.set(uid, i)
    },
    failNextTask: (type, error = { code: "internal", message: "simulated failure" }) => void (failing = { type, error }),
    requestsTo: (method, path) => requests.filter((r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

/** Words of a field value: lowercased, split at spaces and punctuation (as Meilisearch separates Latin text). */
function tokens(value: unknown): string[] {
  if (typeof value !== "string") return []
  return value.toLowerCase().split(/[\s\-_,.;:!?()"'/]+/u).filter(Boolean)
}

function compare(a: any, b: any, dir: number) {
  const am = a === undefined || a === null
  const bm = b === undefined || b === null
  if (am || bm) return am && bm ? 0 : am ? 1 : -1 // missing last whatever the direction
  return (a < b ? -1 : a > b ? 1 : 0) * dir
}

/**
 * Meilisearch's filter expression language, the part our queries use: `a = v`, `a != v`, `a > n`
 * (>=, <, <=), `a IN [v, …]`, `a EXISTS`, NOT, AND, OR and parentheses; strings compare
 * case-insensitively, an array attribute matches when one element does, a missing one never.
 */
export function parseFilter(text: string, filterable: string[]): (d: Doc) => boolean {
  const src = text
  let i = 0
  const ws = () => {
    while (/\s/.test(src[i] ?? "")) i++
  }
  const peekWord = (w: string) => {
    ws()
    return src.slice(i, i + w.length).toUpperCase() === w && !/[A-Za-z0-9_]/.test(src[i + w.length] ?? "")
  }
  const value = (): string | number | boolean => {
    ws()
    if (src[i] === '"' || src[i] === "'") {
      const q = src[i++]
      let out = ""
      while (i < src.length && src[i] !== q) out += src[i] === "\\" ? src[++i] : src[i], i++
      if (src[i++] !== q) throw new Error(`unterminated string in \`${src}\``)
      return out
    }
    const m = /^[^\s,\]()]+/.exec(src.slice(i))
    if (!m) throw new Error(`expected a value at ${i} in \`${src}\``)
    i += m[0].length
    if (/^-?\d+(\.\d+)?$/.test(m[0])) return Number(m[0])
    if (m[0] === "true" || m[0] === "false") return m[0] === "true"
    return m[0]
  }
  const same = (x: any, v: any) =>
    typeof v === "number" ? Number(x) === v : String(x).toLowerCase() === String(v).toLowerCase()
  const anyOf = (x: any, test: (e: any) => boolean) => (x === undefined || x === null ? false : ([] as any[]).concat(x).some(test))
  const primary = (): ((d: Doc) => boolean) => {
    ws()
    if (peekWord("NOT")) {
      i += 3
      const inner = primary()
      return (d) => !inner(d)
    }
    if (src[i] === "(") {
      i++
      const inner = or()
      ws()
      if (src[i++] !== ")") throw new Error(`expected ) in \`${src}\``)
      return inner
    }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i))
    if (!m) throw new Error(`expected an attribute at ${i} in \`${src}\``)
    const attr = m[0]
    i += attr.length
    if (!filterable.includes(attr)) throw new Error(`Attribute \`${attr}\` is not filterable. Available filterable attributes are: \`${filterable.join(", ")}\`.`)
    ws()
    if (peekWord("EXISTS")) {
      i += 6
      return (d) => d[attr] !== undefined
    }
    if (peekWord("IN")) {
      i += 2
      ws()
      if (src[i++] !== "[") throw new Error(`expected [ in \`${src}\``)
      const values: any[] = []
      for (;;) {
        ws()
        if (src[i] === "]") break
        values.push(value())
        ws()
        if (src[i] === ",") i++
      }
      i++
      return (d) => anyOf(d[attr], (x) => values.some((v) => same(x, v)))
    }
    const op = /^(>=|<=|!=|=|>|<)/.exec(src.slice(i))
    if (!op) throw new Error(`expected an operator after ${attr} in \`${src}\``)
    i += op[0].length
    const v = value()
    switch (op[0]) {
      case "=": return (d) => anyOf(d[attr], (x) => same(x, v))
      case "!=": return (d) => !anyOf(d[attr], (x) => same(x, v))
      case ">": return (d) => anyOf(d[attr], (x) => typeof x === "number" && x > (v as number))
      case ">=": return (d) => anyOf(d[attr], (x) => typeof x === "number" && x >= (v as number))
      case "<": return (d) => anyOf(d[attr], (x) => typeof x === "number" && x < (v as number))
      default: return (d) => anyOf(d[attr], (x) => typeof x === "number" && x <= (v as number))
    }
  }
  const and = () => {
    const parts = [primary()]
    while (peekWord("AND")) {
      i += 3
      parts.push(primary())
    }
    return (d: Doc) => parts.every((p) => p(d))
  }
  const or = () => {
    const parts = [and()]
    while (peekWord("OR")) {
      i += 2
      parts.push(and())
    }
    return (d: Doc) => parts.some((p) => p(d))
  }
  const expr = or()
  ws()
  if (i < src.length) throw new Error(`unexpected \`${src.slice(i)}\` in \`${src}\``)
  return expr
}
