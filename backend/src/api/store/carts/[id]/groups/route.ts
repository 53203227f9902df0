import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_LINE_FIELDS, cartLineFacts } from "../../../../../workflows/cart/cart-line-facts"
import { parseOrThrow } from "../../../../utils/validate"
import { groupCartLines } from "./group-lines"

const CartParams = z.object({ id: z.string().regex(/^cart_[0-9A-Za-z]+$/, "a cart id looks like cart_01…") })

const CART_FIELDS = [...CART_LINE_FIELDS, "shipping_methods.id", "shipping_methods.shipping_option_id", "shipping_methods.amount"]

/**
 * GET /store/carts/:id/groups: the cart's lines grouped by producer group (each group ships on
 * its own and is charged its own shipping), with what stands in the way of buying each line:
 * sold out or not enough stock, the group temporarily closed (and until when), or the group or
 * product withdrawn (the rules in workflows/cart/line-rules.ts, which the payment check applies
 * too). Nothing is removed from the cart here: the buyer decides.
 * Same access as /store/carts/:id (the cart id is the buyer's secret).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = parseOrThrow(CartParams, req.params)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${id} was not found`)

  const groups = groupCartLines(await cartLineFacts(req.scope, cart))
  res.json({
    cart_id: cart.id,
    groups,
    shipping_methods: ((cart as any).shipping_methods ?? []).filter(Boolean).map((m: any) => ({
      id: m.id,
      shipping_option_id: m.shipping_option_id,
      amount: m.amount,
    })),
    can_check_out: groups.length > 0 && groups.every((g) => g.items.every((i) => i.problem === null)),
  })
}
