import { defineMiddlewares } from "@medusajs/framework/http"
import { producerMiddlewares } from "./producer/middlewares"
import { staffMiddlewares } from "./staff/middlewares"

export default defineMiddlewares({
  routes: [...producerMiddlewares, ...staffMiddlewares],
})
