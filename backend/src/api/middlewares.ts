import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { adminProductTrustMiddlewares } from "./admin/products/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { staffMiddlewares } from "./staff/middlewares"

export default defineMiddlewares({
  routes: [
    ...producerMiddlewares,
    ...staffMiddlewares,
    ...adminProductTrustMiddlewares,
    // Writing a review needs a signed-in customer; reading them does not.
    { matcher: "/store/products/:id/reviews", method: ["POST"], middlewares: [authenticate("customer", ["bearer", "session"])] },
  ],
})
