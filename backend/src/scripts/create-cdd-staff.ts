import type { ExecArgs } from "@medusajs/framework/types"
import { createCddStaffAccountWorkflow } from "../workflows/cdd-staff/create-cdd-staff-account"

/**
 * CLI for operators: create a CDD staff login.
 *   cd backend && npx medusa exec ./src/scripts/create-cdd-staff.ts staff@cdd.go.th 'password' 50,51
 *   (scope "national" instead of province codes for national staff)
 */
export default async function createCddStaff({ container, args }: ExecArgs) {
  const [email, password, scope = ""] = args
  if (!email || !password || !scope) {
    throw new Error("usage: medusa exec ./src/scripts/create-cdd-staff.ts <email> <password> <national | 50,51,…>")
  }
  const national = scope === "national"
  const { result } = await createCddStaffAccountWorkflow(container).run({
    input: { email, password, is_national: national, province_codes: national ? [] : scope.split(",").map((s) => s.trim()) },
  })
  container.resolve("logger").info(`CDD staff ${result.email} created (${national ? "national" : `provinces ${result.province_codes.join(", ")}`})`)
}
