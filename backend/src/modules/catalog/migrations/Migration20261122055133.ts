import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { rebuildSummarySql } from "../facet-summary";

export class Migration20261122055133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_facet_count" drop constraint if exists "catalog_facet_count_facet_a_value_a_facet_b_value_b_unique";`);
    this.addSql(`create table if not exists "catalog_facet_count" ("id" text not null, "facet_a" text not null, "value_a" text not null, "facet_b" text not null, "value_b" text not null, "n" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_facet_count_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_facet_count_deleted_at" ON "catalog_facet_count" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_facet_count_facet_a_value_a_facet_b_value_b_unique" ON "catalog_facet_count" ("facet_a", "value_a", "facet_b", "value_b") WHERE deleted_at IS NULL;`);
    // Hand-written: one index per sort order of the store catalog (exactly its ORDER BY), so a
    // page is read off the index and stops after limit+offset rows instead of sorting them all.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sort_relevance" ON "catalog_entry" ("stars" DESC NULLS LAST, "rating_score" DESC, "product_created_at" DESC, "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sort_newest" ON "catalog_entry" ("product_created_at" DESC, "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sort_price_asc" ON "catalog_entry" ("price_min" ASC NULLS LAST, "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sort_price_desc" ON "catalog_entry" ("price_min" DESC NULLS LAST, "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_sort_rating" ON "catalog_entry" ("rating_score" DESC, "rating_count" DESC, "product_id") WHERE deleted_at IS NULL;`);
    // The rows of closed groups, subtracted from the summary's counts at request time.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_closed" ON "catalog_entry" ("closed_from") WHERE deleted_at IS NULL AND closed_from IS NOT NULL;`);
    // Counts of the rows already in the read model.
    for (const sql of rebuildSummarySql()) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_facet_count" cascade;`);
    for (const name of ["relevance", "newest", "price_asc", "price_desc", "rating"]) this.addSql(`drop index if exists "IDX_catalog_entry_sort_${name}";`);
    this.addSql(`drop index if exists "IDX_catalog_entry_closed";`);
  }

}
