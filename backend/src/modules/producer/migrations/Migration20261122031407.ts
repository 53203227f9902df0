import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122031407 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_upload" add column if not exists "purpose" text check ("purpose" in ('picture', 'document')) not null default 'picture';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_upload" drop column if exists "purpose";`);
  }

}
