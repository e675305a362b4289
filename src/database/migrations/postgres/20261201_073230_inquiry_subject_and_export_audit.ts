import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';
  ALTER TABLE "inquiries_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "inquiries_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "inquiries_rels" ADD COLUMN "policies_id" integer;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "inquiries_rels_opportunities_id_idx" ON "inquiries_rels" USING btree ("opportunities_id");
  CREATE INDEX "inquiries_rels_events_id_idx" ON "inquiries_rels" USING btree ("events_id");
  CREATE INDEX "inquiries_rels_policies_id_idx" ON "inquiries_rels" USING btree ("policies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inquiries_rels" DROP CONSTRAINT "inquiries_rels_opportunities_fk";
  
  ALTER TABLE "inquiries_rels" DROP CONSTRAINT "inquiries_rels_events_fk";
  
  ALTER TABLE "inquiries_rels" DROP CONSTRAINT "inquiries_rels_policies_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'save-draft', 'publish', 'unpublish', 'delete', 'schedule', 'cancel-schedule', 'login', 'login-failed', 'role-change');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "inquiries_rels_opportunities_id_idx";
  DROP INDEX "inquiries_rels_events_id_idx";
  DROP INDEX "inquiries_rels_policies_id_idx";
  ALTER TABLE "inquiries_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "inquiries_rels" DROP COLUMN "events_id";
  ALTER TABLE "inquiries_rels" DROP COLUMN "policies_id";`)
}
