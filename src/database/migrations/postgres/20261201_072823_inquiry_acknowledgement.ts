import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'acknowledgeInquiry' BEFORE 'createCollectionExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'acknowledgeInquiry' BEFORE 'createCollectionExport';
  ALTER TABLE "inquiries" ADD COLUMN "reference" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "inquiry_acknowledgement_subject" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "inquiry_acknowledgement_body" varchar;
  CREATE UNIQUE INDEX "inquiries_reference_idx" ON "inquiries" USING btree ("reference");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyInquiry', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyInquiry', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "inquiries_reference_idx";
  ALTER TABLE "inquiries" DROP COLUMN "reference";
  ALTER TABLE "site_settings_locales" DROP COLUMN "inquiry_acknowledgement_subject";
  ALTER TABLE "site_settings_locales" DROP COLUMN "inquiry_acknowledgement_body";`)
}
