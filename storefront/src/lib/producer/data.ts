import "server-only"
import { producerFetch } from "./api"
import type { ProducerOrder, ProducerProduct, ProducerRegistration } from "./types"

type Auth = { token: string; groupId: string | null }

/** Enough for one group's portal pages; the backend caps pages anyway. */
const PAGE_LIMIT = 100

export function listProducerProducts(auth: Auth, query: { q?: string; status?: string } = {}) {
  return producerFetch<{ products: ProducerProduct[]; count: number }>("/producer/products", {
    ...auth,
    query: { limit: PAGE_LIMIT, offset: 0, ...query },
  })
}

export function listProducerOrders(auth: Auth) {
  return producerFetch<{ orders: ProducerOrder[]; count: number }>("/producer/orders", {
    ...auth,
    query: { limit: PAGE_LIMIT, offset: 0 },
  })
}

export function listRegistrations(auth: Auth) {
  return producerFetch<{ registrations: ProducerRegistration[] }>("/producer/registrations", auth)
}
