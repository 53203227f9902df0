import type { CartLineFacts } from "../line-rules"

// Cart lines for the unit specs of the line rules and of the cart's groups route: one sellable
// line of 2 with 5 in stock, in an approved, open group, unless told otherwise.

export const cartGroup = (id: string, extra: Partial<NonNullable<CartLineFacts["group"]>> = {}) => ({
  id,
  handle: id,
  name_th: `กลุ่ม ${id}`,
  name_en: `Group ${id}`,
  approved: true,
  closed: false,
  closed_until: null,
  closure_note_th: null,
  closure_note_en: null,
  ...extra,
})

/** Lines are added in the order of their id's length (created_at), so a spec can order them. */
export const cartLine = (id: string, extra: Partial<CartLineFacts> = {}): CartLineFacts => ({
  id,
  variant_id: `variant_${id}`,
  product_id: `prod_${id}`,
  product_handle: id,
  title_th: `สินค้า ${id}`,
  title_en: null,
  variant_title_th: null,
  variant_title_en: null,
  thumbnail: null,
  quantity: 2,
  unit_price: 100,
  created_at: `2026-01-01T00:00:0${id.length}Z`,
  shipping_profile_id: "sp_a",
  available_quantity: 5,
  product_sellable: true,
  group: cartGroup("pgrp_a"),
  ...extra,
})
