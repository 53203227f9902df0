import { decide } from "../../decide"

export const POST = decide("approve")
