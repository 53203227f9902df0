import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PROMPTPAY_PROVIDER_ID } from "../../modules/stripe-payments/options"
import { CART_PAYMENT_FIELDS, findCartProblem, refusalForProblem, refusePayment } from "./cart-completable"
import { qrStillPayable } from "./intent-status"
import { liveIntent } from "./live-intent"

export type StartPromptPayInput = { cart_id: string; email: string }

/**
 * Refuses, before anything is charged, a cart that cannot become an order: unknown, already
 * ordered, empty, checkout not filled in, or lines that cannot be had (sold out, short, closed
 * group, withdrawn; naming them).
 */
const assertCartPayableStep = createStep("assert-cart-payable", async ({ cart_id }: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_PAYMENT_FIELDS, filters: { id: cart_id } })
  if (!cart) refusePayment({ status: 404, code: "not_found", message: `Cart ${cart_id} not found` })
  if (cart.completed_at) refusePayment({ status: 409, code: "cart_completed", message: "This cart has already been ordered (ตะกร้านี้สั่งซื้อแล้ว)" })
  if (!cart.items?.length) refusePayment({ status: 400, code: "invalid_data", message: "The cart is empty" })
  const problem = await findCartProblem(container, cart)
  if (problem) refusePayment(refusalForProblem(problem))
  return new StepResponse(cart_id)
})

/** The cart's payment collection, created when it has none yet (removed again on a later failure). */
const ensurePaymentCollectionStep = createStep(
  "ensure-cart-payment-collection",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: cart_id } })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} not found`)
    if (cart.payment_collection?.id) return new StepResponse(cart.payment_collection.id as string, null)
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id } })
    const { data: [again] } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart_id } })
    return new StepResponse(again.payment_collection!.id as string, again.payment_collection!.id as string)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.PAYMENT).deletePaymentCollections([createdId])
  }
)

/**
 * The cart's PromptPay session with a confirmed intent (its QR): the current one while its QR
 * can still be paid for the cart's amount, else a new one. A new session replaces the cart's
 * other sessions (Medusa cancels their intents); its intent is created and confirmed at once on
 * the server, with the customer's email (Stripe writes to it about refunds).
 */
const promptPaySessionStep = createStep(
  "promptpay-session",
  async ({ cart_id, email, payment_collection_id }: StartPromptPayInput & { payment_collection_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_PAYMENT_FIELDS, filters: { id: cart_id } })
    const collection = cart.payment_collection as any
    const nowSeconds = Math.floor(Date.now() / 1000)
    const candidate = (collection?.payment_sessions ?? []).find(
      (s: any) =>
        s.provider_id === STRIPE_PROMPTPAY_PROVIDER_ID &&
        Number(s.amount) === Number(collection.amount) &&
        s.data?.payment_method?.billing_details?.email === email &&
        qrStillPayable(s.data, nowSeconds)
    )
    // Medusa's copy of the intent is not updated when its QR expires or a payment is refused: ask Stripe.
    const live = candidate ? await liveIntent(candidate.data).catch(() => null) : null
    if (candidate && live && qrStillPayable(live, nowSeconds)) {
      return new StepResponse({ session: { ...candidate, data: { ...candidate.data, ...live } }, created: false }, null)
    }
    const { result } = await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id,
        provider_id: STRIPE_PROMPTPAY_PROVIDER_ID,
        data: { confirm: true, payment_method_data: { type: "promptpay", billing_details: { email } } },
      },
    })
    return new StepResponse({ session: result as any, created: true }, (result as any).id as string)
  },
  async (createdSessionId, { container }) => {
    if (createdSessionId) await container.resolve(Modules.PAYMENT).deletePaymentSession(createdSessionId)
  }
)

/**
 * PromptPay for a cart: refused (a PaymentRefusal, see refusalOf) when the cart cannot become an
 * order; else its payment collection, then a PromptPay session whose intent shows a QR.
 */
export const startPromptPayPaymentWorkflow = createWorkflow("start-promptpay-payment", (input: StartPromptPayInput) => {
  assertCartPayableStep({ cart_id: input.cart_id })
  const paymentCollectionId = ensurePaymentCollectionStep({ cart_id: input.cart_id })
  const started = promptPaySessionStep({ cart_id: input.cart_id, email: input.email, payment_collection_id: paymentCollectionId })
  return new WorkflowResponse(started)
})
