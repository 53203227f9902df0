import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Grades entered by a platform operator in the Medusa admin are told apart from CDD staff's.
export class Migration20261122055000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "otop_grade" drop constraint if exists "otop_grade_source_check";`);
    this.addSql(`alter table if exists "otop_grade" add constraint "otop_grade_source_check" check ("source" in ('staff', 'cdd_open_data', 'operator'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "otop_grade" set "source" = 'staff' where "source" = 'operator';`);
    this.addSql(`alter table if exists "otop_grade" drop constraint if exists "otop_grade_source_check";`);
    this.addSql(`alter table if exists "otop_grade" add constraint "otop_grade_source_check" check ("source" in ('staff', 'cdd_open_data'));`);
  }

}
