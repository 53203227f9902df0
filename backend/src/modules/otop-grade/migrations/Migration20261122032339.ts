import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122032339 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "otop_grade" drop constraint if exists "otop_grade_product_id_round_be_unique";`);
    this.addSql(`create table if not exists "otop_grade" ("id" text not null, "product_id" text not null, "group_id" text not null, "province_code" text not null, "round_be" integer not null, "stars" integer not null, "score" real null, "certificate_number" text null, "announced_at" timestamptz null, "source" text check ("source" in ('staff', 'cdd_open_data')) not null default 'staff', "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "otop_grade_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otop_grade_deleted_at" ON "otop_grade" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_otop_grade_product_id_round_be_unique" ON "otop_grade" ("product_id", "round_be") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otop_grade_province_code" ON "otop_grade" ("province_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "otop_grade" cascade;`);
  }

}
