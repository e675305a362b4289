import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policies_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_opportunities_kind" AS ENUM('land', 'office', 'factory');
  CREATE TYPE "public"."enum_opportunities_availability" AS ENUM('available', 'reserved', 'taken');
  CREATE TYPE "public"."enum_opportunities_price_unit" AS ENUM('per-m2-day', 'per-m2-month', 'per-m2', 'total');
  CREATE TYPE "public"."enum_opportunities_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_opportunities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__opportunities_v_version_kind" AS ENUM('land', 'office', 'factory');
  CREATE TYPE "public"."enum__opportunities_v_version_availability" AS ENUM('available', 'reserved', 'taken');
  CREATE TYPE "public"."enum__opportunities_v_version_price_unit" AS ENUM('per-m2-day', 'per-m2-month', 'per-m2', 'total');
  CREATE TYPE "public"."enum__opportunities_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__opportunities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__opportunities_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_events_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__events_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_inquiries_language" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_inquiries_status" AS ENUM('new', 'assigned', 'contacted', 'qualified', 'closed');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_exports_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum_exports_sort_order" AS ENUM('asc', 'desc');
  CREATE TYPE "public"."enum_exports_locale" AS ENUM('all', 'zh', 'en');
  CREATE TYPE "public"."enum_exports_drafts" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_imports_import_mode" AS ENUM('create', 'update', 'upsert');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('pending', 'completed', 'partial', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyInquiry' BEFORE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'createCollectionExport' BEFORE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'createCollectionImport' BEFORE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyInquiry' BEFORE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'createCollectionExport' BEFORE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'createCollectionImport' BEFORE 'deliverWebhook';
  CREATE TABLE "industries_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "_industries_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "policies_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"document_number" varchar,
  	"effective_from" timestamp(3) with time zone,
  	"effective_until" timestamp(3) with time zone,
  	"review_status" "enum_policies_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_locales" (
  	"title" varchar,
  	"issuing_body" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"parks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_policies_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_document_number" varchar,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_effective_until" timestamp(3) with time zone,
  	"version_review_status" "enum__policies_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_locales" (
  	"version_title" varchar,
  	"version_issuing_body" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"parks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "opportunities_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_opportunities_kind",
  	"park_id" integer,
  	"area_m2" numeric,
  	"availability" "enum_opportunities_availability" DEFAULT 'available',
  	"availability_date" timestamp(3) with time zone,
  	"price_amount" numeric,
  	"price_unit" "enum_opportunities_price_unit",
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"review_status" "enum_opportunities_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_opportunities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "opportunities_locales" (
  	"title" varchar,
  	"location" varchar,
  	"price_note" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"contact_name" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "opportunities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_opportunities_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_opportunities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__opportunities_v_version_kind",
  	"version_park_id" integer,
  	"version_area_m2" numeric,
  	"version_availability" "enum__opportunities_v_version_availability" DEFAULT 'available',
  	"version_availability_date" timestamp(3) with time zone,
  	"version_price_amount" numeric,
  	"version_price_unit" "enum__opportunities_v_version_price_unit",
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_review_status" "enum__opportunities_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__opportunities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__opportunities_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_opportunities_v_locales" (
  	"version_title" varchar,
  	"version_location" varchar,
  	"version_price_note" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_contact_name" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_opportunities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "events_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"park_id" integer,
  	"registration_url" varchar,
  	"capacity" numeric,
  	"hero_image_id" integer,
  	"review_status" "enum_events_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"venue" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "_events_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_park_id" integer,
  	"version_registration_url" varchar,
  	"version_capacity" numeric,
  	"version_hero_image_id" integer,
  	"version_review_status" "enum__events_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_venue" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "inquiries_internal_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "inquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"company" varchar NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"country" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"language" "enum_inquiries_language" DEFAULT 'zh',
  	"website" varchar,
  	"status" "enum_inquiries_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inquiries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"parks_id" integer
  );
  
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"priority" numeric,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index_locales" (
  	"title" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_index_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"announcements_id" integer,
  	"policies_id" integer,
  	"parks_id" integer,
  	"industries_id" integer,
  	"opportunities_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"announcements_id" integer,
  	"policies_id" integer,
  	"parks_id" integer,
  	"industries_id" integer,
  	"opportunities_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"format" "enum_exports_format" DEFAULT 'csv' NOT NULL,
  	"limit" numeric,
  	"page" numeric DEFAULT 1,
  	"sort" varchar,
  	"sort_order" "enum_exports_sort_order",
  	"locale" "enum_exports_locale" DEFAULT 'all',
  	"drafts" "enum_exports_drafts" DEFAULT 'yes',
  	"collection_slug" varchar DEFAULT 'policies' NOT NULL,
  	"where" jsonb DEFAULT '{}'::jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "exports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar DEFAULT 'policies' NOT NULL,
  	"import_mode" "enum_imports_import_mode",
  	"match_field" varchar DEFAULT 'id',
  	"status" "enum_imports_status" DEFAULT 'pending',
  	"summary_imported" numeric,
  	"summary_updated" numeric,
  	"summary_total" numeric,
  	"summary_issues" numeric,
  	"summary_issue_details" jsonb,
  	"dry_run" boolean DEFAULT true,
  	"valid_rows" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "parks_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "parks_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "parks_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_parks_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_parks_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_parks_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "industries_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "industries_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "industries_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_industries_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_industries_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_industries_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inquiries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_index_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "industries_breadcrumbs" ADD CONSTRAINT "industries_breadcrumbs_doc_id_industries_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_breadcrumbs" ADD CONSTRAINT "industries_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_breadcrumbs" ADD CONSTRAINT "_industries_v_version_breadcrumbs_doc_id_industries_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_version_breadcrumbs" ADD CONSTRAINT "_industries_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_review_history" ADD CONSTRAINT "policies_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_review_history" ADD CONSTRAINT "policies_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_locales" ADD CONSTRAINT "policies_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_locales" ADD CONSTRAINT "policies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_review_history" ADD CONSTRAINT "_policies_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_version_review_history" ADD CONSTRAINT "_policies_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_locales" ADD CONSTRAINT "_policies_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_locales" ADD CONSTRAINT "_policies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_review_history" ADD CONSTRAINT "opportunities_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities_review_history" ADD CONSTRAINT "opportunities_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities_locales" ADD CONSTRAINT "opportunities_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities_locales" ADD CONSTRAINT "opportunities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opportunities_rels" ADD CONSTRAINT "opportunities_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_review_history" ADD CONSTRAINT "_opportunities_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v_version_review_history" ADD CONSTRAINT "_opportunities_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_parent_id_opportunities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_park_id_parks_id_fk" FOREIGN KEY ("version_park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v_locales" ADD CONSTRAINT "_opportunities_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v_locales" ADD CONSTRAINT "_opportunities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_rels" ADD CONSTRAINT "_opportunities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_rels" ADD CONSTRAINT "_opportunities_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opportunities_v_rels" ADD CONSTRAINT "_opportunities_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_review_history" ADD CONSTRAINT "events_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_review_history" ADD CONSTRAINT "events_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_review_history" ADD CONSTRAINT "_events_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_review_history" ADD CONSTRAINT "_events_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_park_id_parks_id_fk" FOREIGN KEY ("version_park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_internal_notes" ADD CONSTRAINT "inquiries_internal_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries_internal_notes" ADD CONSTRAINT "inquiries_internal_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_locales" ADD CONSTRAINT "search_index_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_index_rels" ADD CONSTRAINT "search_index_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exports_texts" ADD CONSTRAINT "exports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "industries_breadcrumbs_order_idx" ON "industries_breadcrumbs" USING btree ("_order");
  CREATE INDEX "industries_breadcrumbs_parent_id_idx" ON "industries_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "industries_breadcrumbs_locale_idx" ON "industries_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "industries_breadcrumbs_doc_idx" ON "industries_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_industries_v_version_breadcrumbs_order_idx" ON "_industries_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_industries_v_version_breadcrumbs_parent_id_idx" ON "_industries_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_industries_v_version_breadcrumbs_locale_idx" ON "_industries_v_version_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "_industries_v_version_breadcrumbs_doc_idx" ON "_industries_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "policies_review_history_order_idx" ON "policies_review_history" USING btree ("_order");
  CREATE INDEX "policies_review_history_parent_id_idx" ON "policies_review_history" USING btree ("_parent_id");
  CREATE INDEX "policies_review_history_by_idx" ON "policies_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "policies_slug_idx" ON "policies" USING btree ("slug");
  CREATE INDEX "policies_document_number_idx" ON "policies" USING btree ("document_number");
  CREATE INDEX "policies_effective_from_idx" ON "policies" USING btree ("effective_from");
  CREATE INDEX "policies_effective_until_idx" ON "policies" USING btree ("effective_until");
  CREATE INDEX "policies_review_status_idx" ON "policies" USING btree ("review_status");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "policies_meta_meta_image_idx" ON "policies_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "policies_locales_locale_parent_id_unique" ON "policies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_industries_id_idx" ON "policies_rels" USING btree ("industries_id");
  CREATE INDEX "policies_rels_parks_id_idx" ON "policies_rels" USING btree ("parks_id");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_version_review_history_order_idx" ON "_policies_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_policies_v_version_review_history_parent_id_idx" ON "_policies_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_version_review_history_by_idx" ON "_policies_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_slug_idx" ON "_policies_v" USING btree ("version_slug");
  CREATE INDEX "_policies_v_version_version_document_number_idx" ON "_policies_v" USING btree ("version_document_number");
  CREATE INDEX "_policies_v_version_version_effective_from_idx" ON "_policies_v" USING btree ("version_effective_from");
  CREATE INDEX "_policies_v_version_version_effective_until_idx" ON "_policies_v" USING btree ("version_effective_until");
  CREATE INDEX "_policies_v_version_version_review_status_idx" ON "_policies_v" USING btree ("version_review_status");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_snapshot_idx" ON "_policies_v" USING btree ("snapshot");
  CREATE INDEX "_policies_v_published_locale_idx" ON "_policies_v" USING btree ("published_locale");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "_policies_v_version_meta_version_meta_image_idx" ON "_policies_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_policies_v_locales_locale_parent_id_unique" ON "_policies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_industries_id_idx" ON "_policies_v_rels" USING btree ("industries_id");
  CREATE INDEX "_policies_v_rels_parks_id_idx" ON "_policies_v_rels" USING btree ("parks_id");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "opportunities_review_history_order_idx" ON "opportunities_review_history" USING btree ("_order");
  CREATE INDEX "opportunities_review_history_parent_id_idx" ON "opportunities_review_history" USING btree ("_parent_id");
  CREATE INDEX "opportunities_review_history_by_idx" ON "opportunities_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "opportunities_slug_idx" ON "opportunities" USING btree ("slug");
  CREATE INDEX "opportunities_kind_idx" ON "opportunities" USING btree ("kind");
  CREATE INDEX "opportunities_park_idx" ON "opportunities" USING btree ("park_id");
  CREATE INDEX "opportunities_area_m2_idx" ON "opportunities" USING btree ("area_m2");
  CREATE INDEX "opportunities_availability_idx" ON "opportunities" USING btree ("availability");
  CREATE INDEX "opportunities_review_status_idx" ON "opportunities" USING btree ("review_status");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "opportunities__status_idx" ON "opportunities" USING btree ("_status");
  CREATE INDEX "opportunities_meta_meta_image_idx" ON "opportunities_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "opportunities_locales_locale_parent_id_unique" ON "opportunities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "opportunities_rels_order_idx" ON "opportunities_rels" USING btree ("order");
  CREATE INDEX "opportunities_rels_parent_idx" ON "opportunities_rels" USING btree ("parent_id");
  CREATE INDEX "opportunities_rels_path_idx" ON "opportunities_rels" USING btree ("path");
  CREATE INDEX "opportunities_rels_industries_id_idx" ON "opportunities_rels" USING btree ("industries_id");
  CREATE INDEX "opportunities_rels_media_id_idx" ON "opportunities_rels" USING btree ("media_id");
  CREATE INDEX "_opportunities_v_version_review_history_order_idx" ON "_opportunities_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_opportunities_v_version_review_history_parent_id_idx" ON "_opportunities_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_opportunities_v_version_review_history_by_idx" ON "_opportunities_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_opportunities_v_parent_idx" ON "_opportunities_v" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_version_slug_idx" ON "_opportunities_v" USING btree ("version_slug");
  CREATE INDEX "_opportunities_v_version_version_kind_idx" ON "_opportunities_v" USING btree ("version_kind");
  CREATE INDEX "_opportunities_v_version_version_park_idx" ON "_opportunities_v" USING btree ("version_park_id");
  CREATE INDEX "_opportunities_v_version_version_area_m2_idx" ON "_opportunities_v" USING btree ("version_area_m2");
  CREATE INDEX "_opportunities_v_version_version_availability_idx" ON "_opportunities_v" USING btree ("version_availability");
  CREATE INDEX "_opportunities_v_version_version_review_status_idx" ON "_opportunities_v" USING btree ("version_review_status");
  CREATE INDEX "_opportunities_v_version_version_updated_at_idx" ON "_opportunities_v" USING btree ("version_updated_at");
  CREATE INDEX "_opportunities_v_version_version_created_at_idx" ON "_opportunities_v" USING btree ("version_created_at");
  CREATE INDEX "_opportunities_v_version_version__status_idx" ON "_opportunities_v" USING btree ("version__status");
  CREATE INDEX "_opportunities_v_created_at_idx" ON "_opportunities_v" USING btree ("created_at");
  CREATE INDEX "_opportunities_v_updated_at_idx" ON "_opportunities_v" USING btree ("updated_at");
  CREATE INDEX "_opportunities_v_snapshot_idx" ON "_opportunities_v" USING btree ("snapshot");
  CREATE INDEX "_opportunities_v_published_locale_idx" ON "_opportunities_v" USING btree ("published_locale");
  CREATE INDEX "_opportunities_v_latest_idx" ON "_opportunities_v" USING btree ("latest");
  CREATE INDEX "_opportunities_v_version_meta_version_meta_image_idx" ON "_opportunities_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_opportunities_v_locales_locale_parent_id_unique" ON "_opportunities_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_opportunities_v_rels_order_idx" ON "_opportunities_v_rels" USING btree ("order");
  CREATE INDEX "_opportunities_v_rels_parent_idx" ON "_opportunities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_rels_path_idx" ON "_opportunities_v_rels" USING btree ("path");
  CREATE INDEX "_opportunities_v_rels_industries_id_idx" ON "_opportunities_v_rels" USING btree ("industries_id");
  CREATE INDEX "_opportunities_v_rels_media_id_idx" ON "_opportunities_v_rels" USING btree ("media_id");
  CREATE INDEX "events_review_history_order_idx" ON "events_review_history" USING btree ("_order");
  CREATE INDEX "events_review_history_parent_id_idx" ON "events_review_history" USING btree ("_parent_id");
  CREATE INDEX "events_review_history_by_idx" ON "events_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_park_idx" ON "events" USING btree ("park_id");
  CREATE INDEX "events_hero_image_idx" ON "events" USING btree ("hero_image_id");
  CREATE INDEX "events_review_status_idx" ON "events" USING btree ("review_status");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_industries_id_idx" ON "events_rels" USING btree ("industries_id");
  CREATE INDEX "_events_v_version_review_history_order_idx" ON "_events_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_events_v_version_review_history_parent_id_idx" ON "_events_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_review_history_by_idx" ON "_events_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_park_idx" ON "_events_v" USING btree ("version_park_id");
  CREATE INDEX "_events_v_version_version_hero_image_idx" ON "_events_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_events_v_version_version_review_status_idx" ON "_events_v" USING btree ("version_review_status");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_industries_id_idx" ON "_events_v_rels" USING btree ("industries_id");
  CREATE INDEX "inquiries_internal_notes_order_idx" ON "inquiries_internal_notes" USING btree ("_order");
  CREATE INDEX "inquiries_internal_notes_parent_id_idx" ON "inquiries_internal_notes" USING btree ("_parent_id");
  CREATE INDEX "inquiries_internal_notes_author_idx" ON "inquiries_internal_notes" USING btree ("author_id");
  CREATE INDEX "inquiries_status_idx" ON "inquiries" USING btree ("status");
  CREATE INDEX "inquiries_assignee_idx" ON "inquiries" USING btree ("assignee_id");
  CREATE INDEX "inquiries_updated_at_idx" ON "inquiries" USING btree ("updated_at");
  CREATE INDEX "inquiries_created_at_idx" ON "inquiries" USING btree ("created_at");
  CREATE INDEX "inquiries_rels_order_idx" ON "inquiries_rels" USING btree ("order");
  CREATE INDEX "inquiries_rels_parent_idx" ON "inquiries_rels" USING btree ("parent_id");
  CREATE INDEX "inquiries_rels_path_idx" ON "inquiries_rels" USING btree ("path");
  CREATE INDEX "inquiries_rels_industries_id_idx" ON "inquiries_rels" USING btree ("industries_id");
  CREATE INDEX "inquiries_rels_parks_id_idx" ON "inquiries_rels" USING btree ("parks_id");
  CREATE INDEX "search_index_slug_idx" ON "search_index" USING btree ("slug");
  CREATE INDEX "search_index_published_at_idx" ON "search_index" USING btree ("published_at");
  CREATE INDEX "search_index_expires_at_idx" ON "search_index" USING btree ("expires_at");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_index_locales_locale_parent_id_unique" ON "search_index_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_index_rels_order_idx" ON "search_index_rels" USING btree ("order");
  CREATE INDEX "search_index_rels_parent_idx" ON "search_index_rels" USING btree ("parent_id");
  CREATE INDEX "search_index_rels_path_idx" ON "search_index_rels" USING btree ("path");
  CREATE INDEX "search_index_rels_announcements_id_idx" ON "search_index_rels" USING btree ("announcements_id");
  CREATE INDEX "search_index_rels_policies_id_idx" ON "search_index_rels" USING btree ("policies_id");
  CREATE INDEX "search_index_rels_parks_id_idx" ON "search_index_rels" USING btree ("parks_id");
  CREATE INDEX "search_index_rels_industries_id_idx" ON "search_index_rels" USING btree ("industries_id");
  CREATE INDEX "search_index_rels_opportunities_id_idx" ON "search_index_rels" USING btree ("opportunities_id");
  CREATE INDEX "search_index_rels_events_id_idx" ON "search_index_rels" USING btree ("events_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_announcements_id_idx" ON "redirects_rels" USING btree ("announcements_id");
  CREATE INDEX "redirects_rels_policies_id_idx" ON "redirects_rels" USING btree ("policies_id");
  CREATE INDEX "redirects_rels_parks_id_idx" ON "redirects_rels" USING btree ("parks_id");
  CREATE INDEX "redirects_rels_industries_id_idx" ON "redirects_rels" USING btree ("industries_id");
  CREATE INDEX "redirects_rels_opportunities_id_idx" ON "redirects_rels" USING btree ("opportunities_id");
  CREATE INDEX "redirects_rels_events_id_idx" ON "redirects_rels" USING btree ("events_id");
  CREATE INDEX "exports_updated_at_idx" ON "exports" USING btree ("updated_at");
  CREATE INDEX "exports_created_at_idx" ON "exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "exports_filename_idx" ON "exports" USING btree ("filename");
  CREATE INDEX "exports_texts_order_parent" ON "exports_texts" USING btree ("order","parent_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "imports_filename_idx" ON "imports" USING btree ("filename");
  ALTER TABLE "parks_locales" ADD CONSTRAINT "parks_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v_locales" ADD CONSTRAINT "_parks_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_locales" ADD CONSTRAINT "_industries_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_locales" ADD CONSTRAINT "announcements_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_locales" ADD CONSTRAINT "_announcements_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inquiries_fk" FOREIGN KEY ("inquiries_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parks_meta_meta_image_idx" ON "parks_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_parks_v_version_meta_version_meta_image_idx" ON "_parks_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "industries_meta_meta_image_idx" ON "industries_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_industries_v_version_meta_version_meta_image_idx" ON "_industries_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "announcements_meta_meta_image_idx" ON "announcements_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_announcements_v_version_meta_version_meta_image_idx" ON "_announcements_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_inquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("inquiries_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "industries_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_industries_v_version_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inquiries_internal_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inquiries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inquiries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_index" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_index_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_index_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "industries_breadcrumbs" CASCADE;
  DROP TABLE "_industries_v_version_breadcrumbs" CASCADE;
  DROP TABLE "policies_review_history" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_locales" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v_version_review_history" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_locales" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "opportunities_review_history" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "opportunities_locales" CASCADE;
  DROP TABLE "opportunities_rels" CASCADE;
  DROP TABLE "_opportunities_v_version_review_history" CASCADE;
  DROP TABLE "_opportunities_v" CASCADE;
  DROP TABLE "_opportunities_v_locales" CASCADE;
  DROP TABLE "_opportunities_v_rels" CASCADE;
  DROP TABLE "events_review_history" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_review_history" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "inquiries_internal_notes" CASCADE;
  DROP TABLE "inquiries" CASCADE;
  DROP TABLE "inquiries_rels" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "search_index_locales" CASCADE;
  DROP TABLE "search_index_rels" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "exports" CASCADE;
  DROP TABLE "exports_texts" CASCADE;
  DROP TABLE "imports" CASCADE;
  ALTER TABLE "parks_locales" DROP CONSTRAINT "parks_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_parks_v_locales" DROP CONSTRAINT "_parks_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "industries_locales" DROP CONSTRAINT "industries_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_industries_v_locales" DROP CONSTRAINT "_industries_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "announcements_locales" DROP CONSTRAINT "announcements_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_announcements_v_locales" DROP CONSTRAINT "_announcements_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opportunities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inquiries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_index_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "parks_meta_meta_image_idx";
  DROP INDEX "_parks_v_version_meta_version_meta_image_idx";
  DROP INDEX "industries_meta_meta_image_idx";
  DROP INDEX "_industries_v_version_meta_version_meta_image_idx";
  DROP INDEX "announcements_meta_meta_image_idx";
  DROP INDEX "_announcements_v_version_meta_version_meta_image_idx";
  DROP INDEX "payload_locked_documents_rels_policies_id_idx";
  DROP INDEX "payload_locked_documents_rels_opportunities_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_inquiries_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_index_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "parks_locales" DROP COLUMN "meta_title";
  ALTER TABLE "parks_locales" DROP COLUMN "meta_description";
  ALTER TABLE "parks_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_parks_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_parks_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_parks_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "industries_locales" DROP COLUMN "meta_title";
  ALTER TABLE "industries_locales" DROP COLUMN "meta_description";
  ALTER TABLE "industries_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_industries_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_industries_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_industries_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_title";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_description";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inquiries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_index_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_policies_review_status";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_review_status";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum__policies_v_published_locale";
  DROP TYPE "public"."enum_opportunities_kind";
  DROP TYPE "public"."enum_opportunities_availability";
  DROP TYPE "public"."enum_opportunities_price_unit";
  DROP TYPE "public"."enum_opportunities_review_status";
  DROP TYPE "public"."enum_opportunities_status";
  DROP TYPE "public"."enum__opportunities_v_version_kind";
  DROP TYPE "public"."enum__opportunities_v_version_availability";
  DROP TYPE "public"."enum__opportunities_v_version_price_unit";
  DROP TYPE "public"."enum__opportunities_v_version_review_status";
  DROP TYPE "public"."enum__opportunities_v_version_status";
  DROP TYPE "public"."enum__opportunities_v_published_locale";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_review_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_review_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_inquiries_language";
  DROP TYPE "public"."enum_inquiries_status";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_exports_format";
  DROP TYPE "public"."enum_exports_sort_order";
  DROP TYPE "public"."enum_exports_locale";
  DROP TYPE "public"."enum_exports_drafts";
  DROP TYPE "public"."enum_imports_import_mode";
  DROP TYPE "public"."enum_imports_status";`)
}
