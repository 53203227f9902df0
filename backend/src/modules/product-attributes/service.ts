import { MedusaService } from "@medusajs/framework/utils"
import { ProductAttributes } from "./models/product-attributes"

/** Thai-fabric, soft-power and campaign attributes of products. */
export default class ProductAttributesModuleService extends MedusaService({ ProductAttributes }) {}
