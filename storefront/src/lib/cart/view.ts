import type { AppLocale } from "@/i18n/routing"
import { roundToSatang, satangToDecimalString, toSatang } from "@/lib/money"
import type {
  CartGroupsResponse,
  CartGroupView,
  CartView,
  MedusaCart,
  MedusaShippingOption,
  RawAmount,
  ShippingChoice,
} from "./types"

/** Medusa names the only variant of a simple product "Default" / "มาตรฐาน": not worth showing. */
const DEFAULT_VARIANT_TITLES = new Set(["default", "default variant", "default title", "มาตรฐาน"])

const amount = (value: RawAmount | null | undefined): string => roundToSatang(value ?? 0)

function optionAmount(option: MedusaShippingOption): string {
  return amount(option.calculated_price?.calculated_amount ?? option.amount ?? 0)
}

export function shippingChoice(option: MedusaShippingOption): ShippingChoice {
  return { id: option.id, code: option.type?.code ?? null, name: option.name, amount: optionAmount(option) }
}

/**
 * The storefront's cart: lines grouped by producer group (from /store/carts/:id/groups), each
 * group with its own shipping options (matched by the group's shipping profile) and the one
 * chosen. Amounts stay exact decimal strings.
 */
export function buildCartView(
  cart: MedusaCart,
  grouped: CartGroupsResponse,
  options: MedusaShippingOption[],
  locale: AppLocale,
): CartView {
  const lineTotals = new Map((cart.items ?? []).map((line) => [line.id, line.total ?? null]))
  const methods = cart.shipping_methods ?? []
  const optionById = new Map(options.map((option) => [option.id, option]))

  const groups: CartGroupView[] = grouped.groups.map((group) => {
    const g = group.producer_group
    const english = locale === "en"
    const items = group.items.map((item) => {
      const variantTitle = (english ? item.variant_title_en || item.variant_title_th : item.variant_title_th) || null
      const unitPrice = amount(item.unit_price)
      const total = lineTotals.get(item.id)
      return {
        id: item.id,
        variantId: item.variant_id,
        productHandle: item.product_handle,
        title: (english ? item.title_en || item.title_th : item.title_th) || item.title_th,
        variantTitle: variantTitle && !DEFAULT_VARIANT_TITLES.has(variantTitle.trim().toLowerCase()) ? variantTitle : null,
        thumbnail: item.thumbnail,
        quantity: item.quantity,
        unitPrice,
        lineTotal: total !== null && total !== undefined ? amount(total) : satangToDecimalString(toSatang(unitPrice) * BigInt(item.quantity)),
        available: item.available_quantity,
        problem: item.problem,
      }
    })
    const shippingOptions = options
      .filter((option) => group.shipping_profile_id && option.shipping_profile_id === group.shipping_profile_id)
      .map(shippingChoice)
      .sort((a, b) => Number(toSatang(a.amount) - toSatang(b.amount)))
    const chosen = methods.find((method) => {
      const option = method.shipping_option_id ? optionById.get(method.shipping_option_id) : undefined
      return option && option.shipping_profile_id === group.shipping_profile_id
    })
    const itemTotal = satangToDecimalString(items.reduce((sum, item) => sum + toSatang(item.lineTotal), 0n))
    return {
      id: g?.id ?? null,
      handle: g?.handle ?? null,
      name: g ? (english ? g.name_en || g.name_th : g.name_th) : "",
      closedUntil: g?.closed ? g.closed_until : null,
      closureNote: g?.closed ? (english ? g.closure_note_en || g.closure_note_th : g.closure_note_th || g.closure_note_en) : null,
      items,
      itemTotal,
      shippingOptions,
      selectedShippingOptionId: chosen?.shipping_option_id ?? null,
      shippingAmount: chosen ? amount(chosen.amount) : (shippingOptions[0]?.amount ?? null),
      shippingChosen: !!chosen,
    }
  })

  return {
    id: cart.id,
    email: cart.email ?? null,
    itemCount: groups.reduce((sum, group) => sum + group.items.reduce((n, item) => n + item.quantity, 0), 0),
    groups,
    itemTotal: amount(cart.item_total),
    shippingTotal: amount(cart.shipping_total),
    taxTotal: amount(cart.tax_total),
    total: amount(cart.total),
    canCheckOut: groups.length > 0 && groups.every((group) => group.items.every((item) => item.problem === null)),
    shippingReady: groups.length > 0 && groups.every((group) => group.shippingChosen),
    shippingAddress: cart.shipping_address ?? null,
  }
}

/** Lines the buyer must deal with before paying, in cart order. */
export function problemLines(view: CartView) {
  return view.groups.flatMap((group) => group.items.filter((item) => item.problem !== null).map((item) => ({ group, item })))
}
