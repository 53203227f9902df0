import { z } from "@medusajs/framework/zod"

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const thb = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,7}(\.\d{1,2})?$/.test(v) && Number(v) > 0, "a price in baht, e.g. 129 or 129.50")

const bilingual = (max: number) => z.object({ th: z.string().trim().min(1).max(max), en: z.string().trim().max(max).nullish() })

export const OTOP_CATEGORY_HANDLES = ["food", "beverage", "textile-apparel", "houseware-decor-souvenir", "herbal-nonfood"] as const

export const CreateProductBody = z
  .object({
    handle: z.string().trim().min(3).max(100).regex(slug, "lowercase letters, digits and dashes, e.g. mudmee-silk-scarf"),
    title: bilingual(200),
    subtitle: bilingual(200).nullish(),
    description: bilingual(5000).nullish(),
    material: bilingual(200).nullish(),
    category: z.enum(OTOP_CATEGORY_HANDLES),
    status: z.enum(["draft", "published"]).default("draft"),
    images: z.array(z.string()).max(12).default([]), // upload ids, in display order
    weight_g: z.number().int().min(1).max(100_000),
    made_to_order_days: z.number().int().min(1).max(365).nullish(),
    option: bilingual(60).nullish(),
    variants: z
      .array(
        z.object({
          option_value: bilingual(60).nullish(),
          sku: z.string().trim().max(60).nullish(),
          price: thb,
          stock: z.number().int().min(0).max(1_000_000),
          weight_g: z.number().int().min(1).max(100_000).nullish(),
        })
      )
      .min(1)
      .max(50),
  })
  .superRefine((p, ctx) => {
    if (p.variants.length > 1 && !p.option) {
      ctx.addIssue({ code: "custom", path: ["option"], message: "name the option (e.g. ขนาด / Size) when there are several variants" })
    }
    if (p.variants.length > 1) {
      const values = p.variants.map((v) => v.option_value?.th)
      values.forEach((v, i) => {
        if (!v) ctx.addIssue({ code: "custom", path: ["variants", i, "option_value"], message: "each variant needs its option value" })
        else if (values.indexOf(v) !== i) ctx.addIssue({ code: "custom", path: ["variants", i, "option_value"], message: `'${v}' is used twice` })
      })
    }
  })

export type CreateProductBodyType = z.infer<typeof CreateProductBody>

export const ListProductsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(["draft", "published"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** POST /producer/products/:id: every field optional; `variants`, when given, is the complete list. */
export const UpdateProductBody = z
  .object({
    title: bilingual(200).optional(),
    subtitle: bilingual(200).nullish(),
    description: bilingual(5000).nullish(),
    material: bilingual(200).nullish(),
    category: z.enum(OTOP_CATEGORY_HANDLES).optional(),
    status: z.enum(["draft", "published"]).optional(),
    // Upload ids (new pictures) or URLs of the product's current pictures, in display order.
    images: z.array(z.string().min(1)).max(12).optional(),
    weight_g: z.number().int().min(1).max(100_000).optional(),
    made_to_order_days: z.number().int().min(1).max(365).nullish(),
    option: bilingual(60).nullish(),
    variants: z
      .array(
        z.object({
          id: z.string().nullish(),
          option_value: bilingual(60).nullish(),
          sku: z.string().trim().max(60).nullish(),
          price: thb,
          stock: z.number().int().min(0).max(1_000_000),
          weight_g: z.number().int().min(1).max(100_000).nullish(),
        })
      )
      .min(1, "keep at least one variant (archive the product to stop selling it)")
      .max(50)
      .optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.variants && p.variants.length > 1) {
      p.variants.forEach((v, i) => {
        if (!v.option_value) ctx.addIssue({ code: "custom", path: ["variants", i, "option_value"], message: "each variant needs its option value" })
      })
    }
  })

export type UpdateProductBodyType = z.infer<typeof UpdateProductBody>
