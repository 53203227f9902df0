import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CERTIFICATION_MODULE } from ".."
import CertificationModuleService from "../service"
import { normaliseNumber, SCHEMES } from "../data/schemes"

jest.setTimeout(60 * 1000)

const DAY = 86_400_000

const claim = (overrides: Record<string, unknown> = {}) => ({
  scheme: "fda_food",
  number: "5020016220031",
  status: "pending" as const,
  group_id: "pgrp_chiangmai",
  province_code: "50",
  product_id: "prod_namprik",
  submitted_by: "prod_owner",
  ...overrides,
})

moduleIntegrationTestRunner<CertificationModuleService>({
  moduleName: CERTIFICATION_MODULE,
  resolve: "./src/modules/certification",
  testSuite: ({ service }) => {
    it("keeps a draft until it has a document, and lists the staff queue by status and province, oldest first", async () => {
      const draft = await service.createCertifications(claim({ status: undefined, document_file_id: null }))
      expect(draft).toMatchObject({ id: expect.stringMatching(/^cert_/), status: "draft", expires_at: null, expiry_reminded_at: null })
      const first = await service.createCertifications(claim({ number: "5020016220032" }))
      const second = await service.createCertifications(claim({ number: "5020016220033" }))
      await service.createCertifications(claim({ province_code: "46", group_id: "pgrp_kalasin", product_id: "prod_praewa", scheme: "gi", number: "สช61100104" }))
      await service.createCertifications(claim({ status: "verified", number: "5020016220034" }))

      // The queue of an officer in Chiang Mai and Lamphun (GET /staff/certifications).
      const [rows, count] = await service.listAndCountCertifications(
        { status: "pending", province_code: ["50", "51"] },
        { take: 1, skip: 0, order: { created_at: "ASC" } }
      )
      expect(count).toBe(2)
      expect(rows.map((r) => r.id)).toEqual([first.id])
      const [next] = await service.listAndCountCertifications({ status: "pending", province_code: ["50", "51"] }, { take: 1, skip: 1, order: { created_at: "ASC" } })
      expect(next.map((r) => r.id)).toEqual([second.id])
      // A national officer has no province filter; a status of its own lists only that status.
      expect(await service.listAndCountCertifications({ status: "pending" })).toHaveLength(2)
      expect((await service.listCertifications({ status: "pending" })).map((r) => r.province_code).sort()).toEqual(["46", "50", "50"])
      expect(await service.listCertifications({ status: "draft" })).toEqual([expect.objectContaining({ id: draft.id })])
      expect(await service.listCertifications({ status: "rejected" })).toEqual([])
    })

    it("keeps group-wide certifications apart from a product's", async () => {
      const product = await service.createCertifications(claim({ status: "verified" }))
      const group = await service.createCertifications(claim({ scheme: "gmp", number: "GMP (50) 12/2566", product_id: null, status: "verified" }))
      await service.createCertifications(claim({ scheme: "haccp", number: "HACCP-TH-0099", product_id: null, status: "pending" }))
      await service.createCertifications(claim({ scheme: "gap", number: "GAP 01", product_id: null, group_id: "pgrp_other", status: "verified" }))

      // What the catalog reads: a product's own verified ones, and its group's verified group-wide ones.
      expect((await service.listCertifications({ product_id: ["prod_namprik"], status: "verified" })).map((c) => c.id)).toEqual([product.id])
      const groupWide = await service.listCertifications({ group_id: ["pgrp_chiangmai"], product_id: null, status: "verified" } as any)
      expect(groupWide.map((c) => c.id)).toEqual([group.id])
      // The producer's own list (all of the group's, product and group-wide) and the product page's.
      expect(await service.listCertifications({ group_id: "pgrp_chiangmai" })).toHaveLength(3)
      expect(await service.listCertifications({ group_id: "pgrp_chiangmai", product_id: "prod_namprik" })).toHaveLength(1)
      // Another group's certification is not found under this group's id (the routes' scope).
      const other = (await service.listCertifications({ group_id: "pgrp_other" }))[0]
      expect(await service.listCertifications({ id: other.id, group_id: "pgrp_chiangmai" })).toEqual([])
    })

    it("is found by its stored number whatever separators are searched, and a resubmission is a new claim", async () => {
      const typed = normaliseNumber("fda_food", "50-2-00162-2-0031")
      expect(typed.ok).toBe(true)
      const stored = typed.ok ? typed.stored : ""
      const rejected = await service.createCertifications(claim({ number: stored, status: "rejected", status_reason: "blurred scan" }))
      // No uniqueness on (product, scheme, number): after a rejection the producer claims it again.
      const again = await service.createCertifications(claim({ number: stored, status: "pending" }))
      await service.createCertifications(claim({ scheme: "tcps", number: "247/2552", certificate_number: "ทก 0042/2566" }))

      // The staff search strips separators before matching the number, as GET /staff/certifications does.
      const search = (q: string) => {
        const digits = q.replace(/[\s\-.]/g, "")
        return service.listCertifications({ $or: [{ number: { $ilike: `%${digits || q}%` } }, { certificate_number: { $ilike: `%${q}%` } }] } as any)
      }
      expect((await search("50-2-00162")).map((c) => c.id).sort()).toEqual([rejected.id, again.id].sort())
      expect((await search("0042/2566")).map((c) => c.scheme)).toEqual(["tcps"])
      expect(await search("99-9")).toEqual([])
      expect((await service.retrieveCertification(rejected.id)).status_reason).toBe("blurred scan")
    })

    it("answers the expiry job's queries: verified ones due on the day, and the ones not yet reminded within the longest lead time", async () => {
      // The filters of workflows/certification/track-certification-expiry.ts (the job itself runs
      // end to end in integration-tests/http/certifications.spec.ts; importing it here would
      // load Medusa's core flows and triple this suite's time).
      const now = new Date("2025-06-01T17:05:00.000Z") // the job's 00:05 in Bangkok
      const at = (days: number) => new Date(now.getTime() + days * DAY)
      const longestLead = Math.max(...SCHEMES.map((s) => s.reminder_days))
      expect(longestLead).toBe(180) // cosmetics, §3.2
      const made = async (name: string, overrides: Record<string, unknown>) => [name, (await service.createCertifications(claim({ status: "verified", ...overrides }))).id] as const
      const ids = Object.fromEntries([
        await made("yesterday", { expires_at: at(-1) }),
        await made("this_instant", { expires_at: now }),
        await made("pending_past", { status: "pending", expires_at: at(-10) }),
        await made("rejected_past", { status: "rejected", expires_at: at(-10) }),
        await made("no_expiry", { expires_at: null }),
        await made("cosmetic_150", { scheme: "fda_cosmetic", number: "1016400012", expires_at: at(150) }),
        await made("tcps_60", { scheme: "tcps", number: "840/2548", expires_at: at(60) }),
        await made("tcps_60_reminded", { scheme: "tcps", number: "1555/2563", expires_at: at(60), expiry_reminded_at: at(-30) }),
        await made("food_200", { expires_at: at(200) }),
      ])
      const dueToExpire = () => service.listCertifications({ status: "verified", expires_at: { $lte: now } } as any)
      const notYetReminded = () => service.listCertifications({ status: "verified", expiry_reminded_at: null, expires_at: { $gt: now, $lte: at(longestLead) } } as any)

      expect((await dueToExpire()).map((c) => c.id).sort()).toEqual([ids.yesterday, ids.this_instant].sort())
      expect((await notYetReminded()).map((c) => c.id).sort()).toEqual([ids.cosmetic_150, ids.tcps_60].sort())

      // What the job writes takes them out of its next run: expired ones are no longer verified,
      // a reminded one has its date (once only).
      await service.updateCertifications([
        { id: ids.yesterday, status: "expired" },
        { id: ids.this_instant, status: "expired" },
        { id: ids.cosmetic_150, expiry_reminded_at: now },
      ])
      expect(await dueToExpire()).toEqual([])
      expect((await notYetReminded()).map((c) => c.id)).toEqual([ids.tcps_60])
      expect((await service.retrieveCertification(ids.cosmetic_150)).expiry_reminded_at).toEqual(now)
      expect(await service.listCertifications({ status: "expired" })).toHaveLength(2)
      // Badges are verified and unexpired only: what the catalog still shows.
      const shown = await service.listCertifications({ status: "verified", $or: [{ expires_at: null }, { expires_at: { $gt: now } }] } as any)
      expect(shown.map((c) => c.id).sort()).toEqual([ids.no_expiry, ids.cosmetic_150, ids.tcps_60, ids.tcps_60_reminded, ids.food_200].sort())
    })
  },
})
