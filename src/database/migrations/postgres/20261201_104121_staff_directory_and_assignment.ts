import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyAssignee' BEFORE 'anonymiseClosedInquiries';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyAssignee' BEFORE 'anonymiseClosedInquiries';
  ALTER TABLE "users" ADD COLUMN "active" boolean DEFAULT true;
  CREATE INDEX "users_active_idx" ON "users" USING btree ("active");`)
  // Colleagues now pick accounts by name: an account without one is named after its email's local part.
  await db.execute(sql`UPDATE "users" SET "name" = split_part("email", '@', 1) WHERE "name" IS NULL OR trim("name") = '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyInquiry', 'acknowledgeInquiry', 'anonymiseClosedInquiries', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyInquiry', 'acknowledgeInquiry', 'anonymiseClosedInquiries', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_active_idx";
  ALTER TABLE "users" DROP COLUMN "active";`)
}
