import { templateCsv } from "@/lib/staff/trust"

/**
 * GET /api/staff/grades/template: a sample of CDD's OTOP Product Champion open-data CSV (the Thai
 * column headers the import reads, two example rows), with a BOM so that Excel reads the Thai.
 */
export function GET() {
  return new Response(templateCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="otop-grades-template.csv"`,
      "cache-control": "public, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  })
}
