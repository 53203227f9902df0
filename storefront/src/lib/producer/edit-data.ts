import "server-only"
import { producerFetch, ProducerApiError } from "./api"
import type { EditableProduct } from "./edit-types"

type Auth = { token: string; groupId: string | null }

/** One of the acting group's products with its English content, or null (another group's or gone: 404). */
export async function getEditableProduct(auth: Auth, id: string): Promise<EditableProduct | null> {
  try {
    const { product } = await producerFetch<{ product: EditableProduct }>(`/producer/products/${encodeURIComponent(id)}`, auth)
    return product
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 404) return null
    throw error
  }
}
