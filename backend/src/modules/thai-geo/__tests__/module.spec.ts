import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { THAI_GEO_MODULE } from ".."
import ThaiGeoModuleService from "../service"

jest.setTimeout(60 * 1000)

// The geography module loads through Medusa's module loader like any other module.
moduleIntegrationTestRunner<ThaiGeoModuleService>({
  moduleName: THAI_GEO_MODULE,
  moduleModels: [],
  resolve: "./src/modules/thai-geo",
  testSuite: ({ service }) => {
    it("serves provinces, districts and subdistricts from the container", () => {
      expect(service.listProvinces()).toHaveLength(77)
      expect(service.retrieveSubdistrict("500101")).toMatchObject({
        name_th: "ศรีภูมิ",
        postcode: "50200",
        district: { code: "5001" },
        province: { code: "50", region: "north" },
      })
    })
  },
})
