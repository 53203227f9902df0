import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { producerMiddlewares } from "./producer/middlewares"
import { staffMiddlewares } from "./staff/middlewares"

export default defineMiddlewares({
  routes: [
    ...producerMiddlewares,
    ...staffMiddlewares,
    // Writing a review needs a signed-in customer; reading them does not.
    { matcher: "/store/products/:id/reviews", method: ["POST"], middlewares: [authenticate("customer", ["bearer", "session"])] },
  ],
})
