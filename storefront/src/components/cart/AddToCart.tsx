import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import { AddToCartForm, type AddToCartProps } from "./AddToCartForm"

/**
 * Variant picker + quantity + "add to cart" for a product page (a server component handing its
 * messages to the client form, so pages need not load the whole message catalogue in the browser).
 */
export async function AddToCart(props: AddToCartProps) {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider messages={{ AddToCart: messages.AddToCart }}>
      <AddToCartForm {...props} />
    </NextIntlClientProvider>
  )
}
