import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122001857 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cdd_staff" drop constraint if exists "cdd_staff_email_unique";`);
    this.addSql(`create table if not exists "cdd_staff" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "position" text null, "is_national" boolean not null default false, "province_codes" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cdd_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cdd_staff_deleted_at" ON "cdd_staff" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cdd_staff_email_unique" ON "cdd_staff" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cdd_staff" cascade;`);
  }

}
