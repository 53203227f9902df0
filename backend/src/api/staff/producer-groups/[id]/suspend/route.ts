import { decide } from "../../decide"

export const POST = decide("suspend")
