import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122004922 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_group_membership" drop constraint if exists "producer_group_membership_group_id_producer_id_unique";`);
    this.addSql(`alter table if exists "producer_group_invite" drop constraint if exists "producer_group_invite_token_unique";`);
    this.addSql(`alter table if exists "producer_group" drop constraint if exists "producer_group_otop_registration_no_unique";`);
    this.addSql(`alter table if exists "producer_group" drop constraint if exists "producer_group_handle_unique";`);
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_email_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_email_unique" ON "producer" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group" ("id" text not null, "handle" text not null, "name_th" text not null, "name_en" text not null, "producer_type" text check ("producer_type" in ('COMMUNITY_GROUP', 'SINGLE_OWNER', 'SME')) not null, "otop_registration_no" text null, "registration_year_be" integer null, "community_enterprise_no" text null, "subdistrict_code" text not null, "district_code" text not null, "province_code" text not null, "region" text not null, "inspection_zone" text not null, "village_th" text null, "village_en" text null, "moo" integer null, "address_line" text null, "story_th" text null, "story_en" text null, "logo_url" text null, "cover_url" text null, "phone" text null, "line_id" text null, "email" text null, "payout_bank_code" text null, "payout_account_name" text null, "payout_account_number" text null, "payout_promptpay_id" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "rejected_at" timestamptz null, "suspended_at" timestamptz null, "closed_from" timestamptz null, "closed_until" timestamptz null, "closure_note_th" text null, "closure_note_en" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_deleted_at" ON "producer_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_handle_unique" ON "producer_group" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_otop_registration_no_unique" ON "producer_group" ("otop_registration_no") WHERE otop_registration_no IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_status_province_code" ON "producer_group" ("status", "province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_province_code" ON "producer_group" ("province_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group_document" ("id" text not null, "kind" text check ("kind" in ('id_card_chair', 'house_registration', 'product_photo', 'power_of_attorney', 'other')) not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_document_group_id" ON "producer_group_document" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_document_deleted_at" ON "producer_group_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_invite_group_id" ON "producer_group_invite" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_invite_deleted_at" ON "producer_group_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_invite_token_unique" ON "producer_group_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_invite_email" ON "producer_group_invite" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group_membership" ("id" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "group_id" text not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_membership_group_id" ON "producer_group_membership" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_membership_producer_id" ON "producer_group_membership" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_membership_deleted_at" ON "producer_group_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_membership_group_id_producer_id_unique" ON "producer_group_membership" ("group_id", "producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group_status_event" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_status_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_status_event_group_id" ON "producer_group_status_event" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_status_event_deleted_at" ON "producer_group_status_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_upload" ("id" text not null, "producer_id" text not null, "group_id" text null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_deleted_at" ON "producer_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_producer_id" ON "producer_upload" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_group_id" ON "producer_upload" ("group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_group_document" add constraint "producer_group_document_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "producer_group_invite" add constraint "producer_group_invite_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "producer_group_membership" add constraint "producer_group_membership_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "producer_group_membership" add constraint "producer_group_membership_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_group_status_event" add constraint "producer_group_status_event_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_group_membership" drop constraint if exists "producer_group_membership_producer_id_foreign";`);

    this.addSql(`alter table if exists "producer_group_document" drop constraint if exists "producer_group_document_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_group_invite" drop constraint if exists "producer_group_invite_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_group_membership" drop constraint if exists "producer_group_membership_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_group_status_event" drop constraint if exists "producer_group_status_event_group_id_foreign";`);

    this.addSql(`drop table if exists "producer" cascade;`);

    this.addSql(`drop table if exists "producer_group" cascade;`);

    this.addSql(`drop table if exists "producer_group_document" cascade;`);

    this.addSql(`drop table if exists "producer_group_invite" cascade;`);

    this.addSql(`drop table if exists "producer_group_membership" cascade;`);

    this.addSql(`drop table if exists "producer_group_status_event" cascade;`);

    this.addSql(`drop table if exists "producer_upload" cascade;`);
  }

}
