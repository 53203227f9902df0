import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122023855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "producer_group_order_cancellation" ("id" text not null, "group_id" text not null, "order_id" text not null, "reason" text not null, "items" jsonb not null, "canceled_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_order_cancellation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_order_cancellation_deleted_at" ON "producer_group_order_cancellation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_order_cancellation_order_id" ON "producer_group_order_cancellation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_order_cancellation_group_id" ON "producer_group_order_cancellation" ("group_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_group_order_cancellation" cascade;`);
  }

}
