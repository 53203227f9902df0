import { z } from "@medusajs/framework/zod"

const currentBe = () => new Date().getFullYear() + 543
const ROUND_MESSAGE = "a selection round as a BE year, e.g. 2567"

export const RoundBe = z.coerce
  .number({ message: ROUND_MESSAGE })
  .int(ROUND_MESSAGE)
  .min(2546, ROUND_MESSAGE) // OTOP Product Champion selection began in 2546 (2003)
  .refine((y) => y <= currentBe() + 1, ROUND_MESSAGE)

/** What a grade of one round says (the round itself comes from the body or the path). */
export const GradeFields = z.object({
  stars: z.number({ message: "1 to 5" }).int("1 to 5").min(1, "1 to 5").max(5, "1 to 5"),
  score: z.number().min(0, "0 to 100").max(100, "0 to 100").nullish(),
  certificate_number: z.string().trim().max(60).nullish(),
  announced_at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD (Christian era)").nullish(),
})

export const AddGradeBody = GradeFields.extend({ round_be: RoundBe }).strict()
export const CorrectGradeBody = GradeFields.strict()
