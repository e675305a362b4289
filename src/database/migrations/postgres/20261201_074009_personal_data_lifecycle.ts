import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'erase';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseClosedInquiries' BEFORE 'createCollectionExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseClosedInquiries' BEFORE 'createCollectionExport';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "inquiries" ADD COLUMN "consent_version" varchar;
  ALTER TABLE "inquiries" ADD COLUMN "consent_text" varchar;
  ALTER TABLE "inquiries" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "inquiries" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "site_settings" ADD COLUMN "inquiry_consent_version" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "inquiry_consent_text" varchar;
  CREATE INDEX "inquiries_closed_at_idx" ON "inquiries" USING btree ("closed_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'save-draft', 'publish', 'unpublish', 'delete', 'schedule', 'cancel-schedule', 'login', 'login-failed', 'role-change', 'export');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyInquiry', 'acknowledgeInquiry', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyInquiry', 'acknowledgeInquiry', 'createCollectionExport', 'createCollectionImport', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "inquiries_closed_at_idx";
  ALTER TABLE "inquiries" DROP COLUMN "consent_version";
  ALTER TABLE "inquiries" DROP COLUMN "consent_text";
  ALTER TABLE "inquiries" DROP COLUMN "closed_at";
  ALTER TABLE "inquiries" DROP COLUMN "anonymised_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "site_settings" DROP COLUMN "inquiry_consent_version";
  ALTER TABLE "site_settings_locales" DROP COLUMN "inquiry_consent_text";`)
}
