import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122031406 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "certification" ("id" text not null, "scheme" text not null, "number" text null, "certificate_number" text null, "issued_at" timestamptz null, "expires_at" timestamptz null, "status" text check ("status" in ('draft', 'pending', 'verified', 'rejected', 'expired')) not null default 'draft', "status_reason" text null, "group_id" text not null, "province_code" text not null, "product_id" text null, "document_file_id" text null, "document_url" text null, "document_filename" text null, "document_mime_type" text null, "details" jsonb null, "submitted_by" text null, "decided_by" text null, "decided_at" timestamptz null, "expiry_reminded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_product_id" ON "certification" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_group_id" ON "certification" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_status_province_code" ON "certification" ("status", "province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_status_expires_at" ON "certification" ("status", "expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification" cascade;`);
  }

}
