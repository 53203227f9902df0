/** Shapes of the demo catalog (producer groups and their products), seeded by `npm start`. */
export type OtopCategoryHandle =
  | "food"
  | "beverage"
  | "textile-apparel"
  | "houseware-decor-souvenir"
  | "herbal-nonfood"

export type Bilingual = { th: string; en: string }

export type ProducerType = "COMMUNITY_GROUP" | "SINGLE_OWNER" | "SME"

export type DemoProducerGroup = {
  handle: string // ASCII slug, unique
  name: Bilingual
  producer_type: ProducerType
  subdistrict_code: string // 6-digit DOPA code that exists in the thai-geo dataset
  village: Bilingual
  moo: number
  story: Bilingual // 2–4 sentences, the community's own voice
  otop_registration_no: string
  registration_year_be: number // e.g. 2562
  community_enterprise_no?: string
  contact: { phone: string; line_id?: string; email?: string }
  status: "approved" | "pending" | "suspended"
  status_reason?: Bilingual // for suspended
}

export type DemoVariant = {
  option_value?: Bilingual // required when the product has an option
  sku: string // unique, ASCII
  price: string // THB incl. VAT as a decimal string, e.g. "1290.00": money is never a float
  stock: number
  weight_g: number // shipping weight in grams
}

/** How the generated product picture looks: a motif drawn in the product's palette. */
export type ImageSpec = {
  motif:
    | "silk-ikat"
    | "indigo-cotton"
    | "weave-check"
    | "brocade"
    | "jar"
    | "bottle"
    | "coffee"
    | "tea"
    | "rice"
    | "snack"
    | "basket"
    | "pottery"
    | "wood"
    | "umbrella"
    | "soap"
    | "balm"
    | "herb-compress"
  palette: [string, string, string] // background, primary, accent as #rrggbb
}

export type DemoProduct = {
  handle: string // ASCII slug, unique
  category: OtopCategoryHandle
  group: string // DemoProducerGroup.handle
  title: Bilingual
  subtitle?: Bilingual
  description: Bilingual
  material?: Bilingual
  option?: Bilingual // the option's title when there are several variants, e.g. { th: "ขนาด", en: "Size" }
  variants: DemoVariant[] // 1–3
  made_to_order_days?: number
  image: ImageSpec
}
