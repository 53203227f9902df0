"use server"

import { revalidatePath } from "next/cache"
import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { isSignedIn, localeOfForm, passwordSignIn } from "@/lib/auth/sign-in"
import { forgetCart, readCartId } from "@/lib/cart/cookie"
import type { SignInState } from "@/lib/auth/state"
import { isUnauthorized, producerFetch, ProducerApiError } from "@/lib/producer/api"
import { geoFetch, GeoError } from "@/lib/producer/registration-data"
import { customerFetch } from "./api"
import { safeReturnPath } from "./return-to"
import { CUSTOMER_TOKEN_COOKIE, customerCookieOptions, getCustomerToken, isNotCustomer, signInHref } from "./session"
import {
  addressPayload,
  readAddressForm,
  readRegisterForm,
  readReviewForm,
  validateAddress,
  validateRegister,
  validateReview,
  type AddressState,
  type RegisterState,
  type ReviewState,
  type SubdistrictPlace,
} from "./validation"

function logError(context: string, error: unknown) {
  console.error(`[storefront] customer ${context}:`, error instanceof Error ? error.message : error)
}

/** The cart of this browser becomes the customer's (their email, their orders); a missing or finished cart is ignored. */
async function takeOverCart(token: string) {
  const cartId = await readCartId()
  if (!cartId) return
  try {
    await customerFetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, { method: "POST", token, body: {} })
  } catch (error) {
    if (!(error instanceof ProducerApiError && error.status < 500)) logError("cart take-over", error)
  }
}

async function startSession(token: string) {
  const store = await cookies()
  store.set(CUSTOMER_TOKEN_COOKIE, token, await customerCookieOptions())
  await takeOverCart(token)
}

const hasCustomer = (token: string) =>
  customerFetch("/store/customers/me", { token }).then(
    () => true,
    (error) => {
      if (isNotCustomer(error)) return false
      throw error
    },
  )

export async function customerSignIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  // A producer's or officer's email and password open no shop account by themselves.
  const result = await passwordSignIn("customer", form, { verify: async (token) => ((await hasCustomer(token)) ? null : "notCustomer") })
  if (!isSignedIn(result)) return result
  await startSession(result.token)
  return redirect({ href: safeReturnPath(form.get("next")), locale: result.locale })
}

export async function customerSignOut(form: FormData): Promise<void> {
  const store = await cookies()
  store.delete(CUSTOMER_TOKEN_COOKIE)
  // The cart now carries the customer's email and address: not for the next person at this browser.
  await forgetCart()
  redirect({ href: { pathname: "/account/login", query: { signedOut: "1" } }, locale: localeOfForm(form) })
}

class EmailTakenError extends Error {}

/**
 * An email/password identity with a customer behind it, and a session token:
 * register → POST /store/customers with the registration token → sign in. When the identity
 * exists already (a producer who now shops), the right password gives it a customer; a wrong
 * one, or an existing customer, means the email is taken.
 */
async function createCustomerAccount(values: { email: string; first_name: string; last_name: string; phone: string }, password: string): Promise<string> {
  const credentials = { email: values.email, password }
  let registrationToken: string
  try {
    registrationToken = (await producerFetch<{ token: string }>("/auth/customer/emailpass/register", { method: "POST", body: credentials })).token
  } catch (error) {
    if (!(error instanceof ProducerApiError && error.status === 401)) throw error
    try {
      registrationToken = (await producerFetch<{ token: string }>("/auth/customer/emailpass", { method: "POST", body: credentials })).token
    } catch (loginError) {
      if (loginError instanceof ProducerApiError && [400, 401].includes(loginError.status)) throw new EmailTakenError()
      throw loginError
    }
    if (await hasCustomer(registrationToken)) throw new EmailTakenError()
  }
  try {
    await customerFetch("/store/customers", {
      method: "POST",
      token: registrationToken,
      body: { email: values.email, first_name: values.first_name, last_name: values.last_name, ...(values.phone ? { phone: values.phone } : {}) },
    })
  } catch (error) {
    if (error instanceof ProducerApiError && error.status === 400 && /already exists/i.test(error.message)) throw new EmailTakenError()
    throw error
  }
  // The registration token has no customer in it; a fresh sign-in does.
  const session = await producerFetch<{ token?: string }>("/auth/customer/emailpass", { method: "POST", body: credentials })
  if (!session?.token) throw new Error("sign-in after sign-up returned no token")
  return session.token
}

export async function registerCustomer(_previous: RegisterState, form: FormData): Promise<RegisterState> {
  const locale = localeOfForm(form)
  const { password, ...values } = readRegisterForm(form)
  const fieldErrors = validateRegister({ ...values, password })
  if (Object.keys(fieldErrors).length) return { fieldErrors, errorKey: "fixErrors", values }
  let token: string
  try {
    token = await createCustomerAccount(values, password)
  } catch (error) {
    if (error instanceof EmailTakenError) return { errorKey: "emailTaken", fieldErrors: { email: "emailTaken" }, values }
    logError("sign-up", error)
    return { errorKey: "unavailable", values }
  }
  await startSession(token)
  return redirect({ href: safeReturnPath(form.get("next")), locale })
}

/** The token, or a redirect to sign in (back to `returnTo`). */
async function tokenOrSignIn(form: FormData, returnTo: string): Promise<string> {
  const token = await getCustomerToken()
  if (!token) return redirect({ href: signInHref(returnTo), locale: localeOfForm(form) })
  return token
}

export type ReceivedState = { errorKey?: "unavailable" | "nothingToConfirm" }

/** "I received it": one group's parcel arrived. */
export async function confirmReceived(_previous: ReceivedState, form: FormData): Promise<ReceivedState> {
  const locale = localeOfForm(form)
  const orderId = String(form.get("order_id") ?? "")
  const fulfillmentId = String(form.get("fulfillment_id") ?? "")
  const page = `/account/orders/${orderId}`
  const token = await tokenOrSignIn(form, page)
  try {
    await customerFetch(`/store/customers/me/orders/${encodeURIComponent(orderId)}/received`, {
      method: "POST",
      token,
      body: fulfillmentId ? { fulfillment_id: fulfillmentId } : {},
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: signInHref(page), locale })
    if (error instanceof ProducerApiError && error.status < 500) return { errorKey: "nothingToConfirm" }
    logError("received", error)
    return { errorKey: "unavailable" }
  }
  revalidatePath("/[locale]/account", "layout")
  return redirect({ href: { pathname: page, query: { received: "1" } }, locale })
}

/** Writes or edits the customer's review of a delivered product; it then waits for moderation. */
export async function saveReview(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  const locale = localeOfForm(form)
  const orderId = String(form.get("order_id") ?? "")
  const productId = String(form.get("product_id") ?? "")
  const raw = readReviewForm(form)
  const { values, errors } = validateReview(raw)
  if (!values) return { fieldErrors: errors, errorKey: "fixErrors", values: raw }
  const page = `/account/orders/${orderId}`
  const token = await tokenOrSignIn(form, page)
  try {
    await customerFetch(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      method: "POST",
      token,
      body: { rating: values.rating, body: values.body, title: values.title || null },
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: signInHref(page), locale })
    if (error instanceof ProducerApiError && error.status === 400 && /deliver/i.test(error.message)) return { errorKey: "notDelivered", values: raw }
    logError("review", error)
    return { errorKey: "unavailable", values: raw }
  }
  revalidatePath("/[locale]/account", "layout")
  return redirect({ href: { pathname: page, query: { reviewed: productId } }, locale })
}

/** Adds a saved address, or edits one (address_id). The subdistrict's names come from the geography. */
export async function saveAddress(_previous: AddressState, form: FormData): Promise<AddressState> {
  const locale = localeOfForm(form)
  const addressId = String(form.get("address_id") ?? "")
  const values = readAddressForm(form)
  const fieldErrors = validateAddress(values)
  if (Object.keys(fieldErrors).length) return { fieldErrors, errorKey: "fixErrors", values }
  let place: SubdistrictPlace
  try {
    place = (await geoFetch<{ subdistrict: SubdistrictPlace }>(`/store/geo/subdistricts/${values.subdistrict_code}`)).subdistrict
  } catch (error) {
    if (error instanceof GeoError && [400, 404].includes(error.status)) return { fieldErrors: { subdistrict_code: "subdistrict" }, errorKey: "fixErrors", values }
    logError("address geography", error)
    return { errorKey: "unavailable", values }
  }
  if (place.postcode !== values.postcode) return { fieldErrors: { postcode: "postcodeMismatch" }, errorKey: "fixErrors", values }
  const page = addressId ? `/account/addresses/${addressId}` : "/account/addresses/new"
  const token = await tokenOrSignIn(form, page)
  try {
    await customerFetch(addressId ? `/store/customers/me/addresses/${encodeURIComponent(addressId)}` : "/store/customers/me/addresses", {
      method: "POST",
      token,
      body: addressPayload(values, place),
    })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: signInHref(page), locale })
    if (error instanceof ProducerApiError && error.status === 404) return { errorKey: "notFound", values }
    logError("address", error)
    return { errorKey: "unavailable", values }
  }
  revalidatePath("/[locale]/account", "layout")
  return redirect({ href: { pathname: "/account/addresses", query: { saved: "1" } }, locale })
}

export type DeleteAddressState = { errorKey?: "unavailable" }

export async function deleteAddress(_previous: DeleteAddressState, form: FormData): Promise<DeleteAddressState> {
  const locale = localeOfForm(form)
  const addressId = String(form.get("address_id") ?? "")
  const token = await tokenOrSignIn(form, "/account/addresses")
  try {
    await customerFetch(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE", token })
  } catch (error) {
    if (isUnauthorized(error)) return redirect({ href: signInHref("/account/addresses"), locale })
    // Already gone (another tab): the list shows the truth.
    if (!(error instanceof ProducerApiError && error.status === 404)) {
      logError("address delete", error)
      return { errorKey: "unavailable" }
    }
  }
  revalidatePath("/[locale]/account", "layout")
  return redirect({ href: { pathname: "/account/addresses", query: { deleted: "1" } }, locale })
}
