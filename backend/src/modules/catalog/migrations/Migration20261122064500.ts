import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { BITMAP_FUNCTIONS, rebuildBitmapsSql } from "../facet-bitmaps";

/**
 * Hand-written (the model generator cannot express these): the ordinal of each catalog row and
 * the facet bitmaps indexed by it (see facet-bitmaps.ts). Neither is part of a DML model: only
 * this module's raw SQL reads or writes them.
 */
export class Migration20261122064500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "catalog_entry_seq" as integer minvalue 0 start with 0;`);
    this.addSql(`alter table "catalog_entry" add column if not exists "seq" integer not null default nextval('catalog_entry_seq');`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_entry_seq" ON "catalog_entry" ("seq");`);
    this.addSql(`create table if not exists "catalog_facet_bitmap" ("facet" text not null, "value" text not null, "bits" varbit not null, constraint "catalog_facet_bitmap_pkey" primary key ("facet", "value"));`);
    // Bitmaps are read whole on every multi-filter request: stored out of line but uncompressed.
    this.addSql(`alter table "catalog_facet_bitmap" alter column "bits" set storage external;`);
    for (const sql of BITMAP_FUNCTIONS) this.addSql(sql);
    for (const sql of rebuildBitmapsSql()) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_facet_bitmap";`);
    this.addSql(`drop function if exists catalog_bits_set(varbit, int[], boolean);`);
    this.addSql(`drop function if exists catalog_bits_from(int[], int);`);
    this.addSql(`alter table "catalog_entry" drop column if exists "seq";`);
    this.addSql(`drop sequence if exists "catalog_entry_seq";`);
  }

}
