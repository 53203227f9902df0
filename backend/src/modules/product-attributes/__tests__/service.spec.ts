import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCT_ATTRIBUTES_MODULE } from ".."
import ProductAttributesModuleService from "../service"
import { ProductAttributesBody } from "../data/schema"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<ProductAttributesModuleService>({
  moduleName: PRODUCT_ATTRIBUTES_MODULE,
  resolve: "./src/modules/product-attributes",
  testSuite: ({ service }) => {
    it("stores a validated textile's attributes and reads them back as sent, lists in their order", async () => {
      // What the set-product-attributes workflow stores from a validated body (domain facts §4.1, §4.2).
      const body = ProductAttributesBody.parse({
        fabric: { fiber: "SILK", techniques: ["PRAEWA", "KHIT", "CHOK"], dye: "NATURAL", fabric_type: "PRAEWA", royal_pattern: "SIRIVACHIRAPHORN", royal_pattern_year_be: 2567, provincial_pattern: "ลายแพรวากาฬสินธุ์", hand_woven: true },
        soft_power: ["FASHION", "DESIGN"],
        campaigns: ["PHA_THAI_SAI_HAI_SANUK", "OFOS"],
      })
      const created = await service.createProductAttributes({
        product_id: "prod_praewa",
        group_id: "pgrp_kalasin",
        ...body.fabric!,
        soft_power: body.soft_power,
        campaigns: body.campaigns,
      } as any)
      expect(created.id).toMatch(/^pattr_/)
      const [read] = await service.listProductAttributes({ product_id: "prod_praewa" })
      expect(read).toMatchObject({
        product_id: "prod_praewa",
        group_id: "pgrp_kalasin",
        fiber: "SILK",
        techniques: ["PRAEWA", "KHIT", "CHOK"],
        dye: "NATURAL",
        fabric_type: "PRAEWA",
        royal_pattern: "SIRIVACHIRAPHORN",
        royal_pattern_year_be: 2567,
        provincial_pattern: "ลายแพรวากาฬสินธุ์",
        hand_woven: true,
        soft_power: ["FASHION", "DESIGN"],
        campaigns: ["PHA_THAI_SAI_HAI_SANUK", "OFOS"],
      })
    })

    it("gives a product without fabric empty lists and nulls, and replaces every list on update", async () => {
      const food = await service.createProductAttributes({ product_id: "prod_namprik", group_id: "pgrp_chiangmai", soft_power: ["FOOD"] } as any)
      expect(food).toMatchObject({ fiber: null, techniques: [], dye: null, fabric_type: null, royal_pattern: null, royal_pattern_year_be: null, provincial_pattern: null, hand_woven: null, soft_power: ["FOOD"], campaigns: [] })

      const silk = await service.createProductAttributes({ product_id: "prod_mudmee", group_id: "pgrp_chiangmai", fiber: "SILK", techniques: ["MUDMEE", "KHIT"], dye: "CHEMICAL", soft_power: ["FASHION"] } as any)
      // The workflow sends the complete new lists: fewer techniques, none at all for soft power.
      await service.updateProductAttributes({ id: silk.id, fiber: "COTTON", techniques: ["MUDMEE"], dye: "INDIGO", soft_power: [], campaigns: ["OFOS"] } as any)
      expect(await service.retrieveProductAttributes(silk.id)).toMatchObject({ fiber: "COTTON", techniques: ["MUDMEE"], dye: "INDIGO", soft_power: [], campaigns: ["OFOS"] })
      // Fabric removed (the producer cleared it): back to nulls and an empty list.
      await service.updateProductAttributes({ id: silk.id, fiber: null, techniques: [], dye: null } as any)
      expect(await service.retrieveProductAttributes(silk.id)).toMatchObject({ fiber: null, techniques: [], dye: null, campaigns: ["OFOS"] })

      // The catalog reads many products at once.
      const both = await service.listProductAttributes({ product_id: ["prod_namprik", "prod_mudmee", "prod_none"] })
      expect(both.map((a) => a.product_id).sort()).toEqual(["prod_mudmee", "prod_namprik"])
    })

    it("keeps one record per product", async () => {
      const first = await service.createProductAttributes({ product_id: "prod_praewa", group_id: "pgrp_kalasin", fiber: "SILK" } as any)
      await expect(service.createProductAttributes({ product_id: "prod_praewa", group_id: "pgrp_kalasin", fiber: "COTTON" } as any)).rejects.toThrow(
        "product_id: prod_praewa, already exists"
      )
      // The workflow's compensation removes a record it created; the product can then get a new one.
      await service.deleteProductAttributes([first.id])
      expect(await service.createProductAttributes({ product_id: "prod_praewa", group_id: "pgrp_kalasin", fiber: "COTTON" } as any)).toMatchObject({ fiber: "COTTON" })
    })
  },
})
