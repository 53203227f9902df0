import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122032909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_attributes" drop constraint if exists "product_attributes_product_id_unique";`);
    this.addSql(`create table if not exists "product_attributes" ("id" text not null, "product_id" text not null, "group_id" text not null, "fiber" text null, "techniques" text[] not null default '{}', "dye" text null, "fabric_type" text null, "royal_pattern" text null, "royal_pattern_year_be" integer null, "provincial_pattern" text null, "hand_woven" boolean null, "soft_power" text[] not null default '{}', "campaigns" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_attributes_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_attributes_deleted_at" ON "product_attributes" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_attributes_product_id_unique" ON "product_attributes" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_attributes_group_id" ON "product_attributes" ("group_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_attributes" cascade;`);
  }

}
