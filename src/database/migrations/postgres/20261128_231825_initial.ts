import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_parks_kind" AS ENUM('development-zone', 'sub-park', 'industrial-park');
  CREATE TYPE "public"."enum_parks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__parks_v_version_kind" AS ENUM('development-zone', 'sub-park', 'industrial-park');
  CREATE TYPE "public"."enum__parks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__parks_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_industries_kind" AS ENUM('strategic-emerging', 'advanced-manufacturing', 'producer-services');
  CREATE TYPE "public"."enum_industries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_version_kind" AS ENUM('strategic-emerging', 'advanced-manufacturing', 'producer-services');
  CREATE TYPE "public"."enum__industries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_announcements_category" AS ENUM('news', 'notice', 'policy-interpretation', 'event');
  CREATE TYPE "public"."enum_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_version_category" AS ENUM('news', 'notice', 'policy-interpretation', 'event');
  CREATE TYPE "public"."enum__announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'publisher', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_site_settings_social_links_platform" AS ENUM('wechat', 'weibo', 'linkedin', 'other');
  CREATE TYPE "public"."enum_navigation_items_kind" AS ENUM('internal', 'external');
  CREATE TABLE "parks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "parks_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "parks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_parks_kind",
  	"order" numeric DEFAULT 100,
  	"approved_year" numeric,
  	"area_km2" numeric,
  	"location_latitude" numeric,
  	"location_longitude" numeric,
  	"hero_image_id" integer,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_parks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "parks_locales" (
  	"name" varchar,
  	"boundaries_east" varchar,
  	"boundaries_south" varchar,
  	"boundaries_west" varchar,
  	"boundaries_north" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"contact_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "parks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"industries_id" integer
  );
  
  CREATE TABLE "_parks_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_parks_v_version_key_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__parks_v_version_kind",
  	"version_order" numeric DEFAULT 100,
  	"version_approved_year" numeric,
  	"version_area_km2" numeric,
  	"version_location_latitude" numeric,
  	"version_location_longitude" numeric,
  	"version_hero_image_id" integer,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_contact_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__parks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__parks_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_parks_v_locales" (
  	"version_name" varchar,
  	"version_boundaries_east" varchar,
  	"version_boundaries_south" varchar,
  	"version_boundaries_west" varchar,
  	"version_boundaries_north" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_contact_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_parks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"industries_id" integer
  );
  
  CREATE TABLE "industries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"parent_id" integer,
  	"kind" "enum_industries_kind",
  	"order" numeric DEFAULT 100,
  	"image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_industries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "industries_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_parent_id" integer,
  	"version_kind" "enum__industries_v_version_kind",
  	"version_order" numeric DEFAULT 100,
  	"version_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__industries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__industries_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_industries_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"category" "enum_announcements_category" DEFAULT 'news',
  	"hero_image_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "announcements_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "announcements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"parks_id" integer,
  	"industries_id" integer
  );
  
  CREATE TABLE "_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_category" "enum__announcements_v_version_category" DEFAULT 'news',
  	"version_hero_image_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__announcements_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_announcements_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_announcements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"parks_id" integer,
  	"industries_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"industries_id" integer,
  	"announcements_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_links_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"default_seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar NOT NULL,
  	"short_name" varchar,
  	"contact_organisation" varchar,
  	"contact_address" varchar,
  	"default_seo_title" varchar,
  	"default_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "zone_profile_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "zone_profile_key_figures_locales" (
  	"label" varchar NOT NULL,
  	"unit" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "zone_profile_positioning" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zone_profile_positioning_locales" (
  	"statement" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "zone_profile" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"approved_year" numeric,
  	"area_km2" numeric,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "zone_profile_locales" (
  	"name" varchar NOT NULL,
  	"approved_by" varchar,
  	"boundaries_east" varchar,
  	"boundaries_south" varchar,
  	"boundaries_west" varchar,
  	"boundaries_north" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_zone_profile_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zone_profile_v_version_key_figures_locales" (
  	"label" varchar NOT NULL,
  	"unit" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_zone_profile_v_version_positioning" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zone_profile_v_version_positioning_locales" (
  	"statement" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_zone_profile_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_approved_year" numeric,
  	"version_area_km2" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_zone_profile_v_locales" (
  	"version_name" varchar NOT NULL,
  	"version_approved_by" varchar,
  	"version_boundaries_east" varchar,
  	"version_boundaries_south" varchar,
  	"version_boundaries_west" varchar,
  	"version_boundaries_north" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "navigation_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_navigation_items_kind" DEFAULT 'internal',
  	"path" varchar
  );
  
  CREATE TABLE "navigation_items_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "navigation_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"parks_id" integer,
  	"industries_id" integer,
  	"announcements_id" integer
  );
  
  ALTER TABLE "parks_key_figures" ADD CONSTRAINT "parks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_key_figures_locales" ADD CONSTRAINT "parks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks" ADD CONSTRAINT "parks_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parks_locales" ADD CONSTRAINT "parks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parks_rels" ADD CONSTRAINT "parks_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_key_figures" ADD CONSTRAINT "_parks_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_key_figures_locales" ADD CONSTRAINT "_parks_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v" ADD CONSTRAINT "_parks_v_parent_id_parks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v" ADD CONSTRAINT "_parks_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v_locales" ADD CONSTRAINT "_parks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_rels" ADD CONSTRAINT "_parks_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries" ADD CONSTRAINT "industries_parent_id_industries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries" ADD CONSTRAINT "industries_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_parent_id_industries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_version_parent_id_industries_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_locales" ADD CONSTRAINT "_industries_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_locales" ADD CONSTRAINT "announcements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_parent_id_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_locales" ADD CONSTRAINT "_announcements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_default_seo_image_id_media_id_fk" FOREIGN KEY ("default_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zone_profile_key_figures" ADD CONSTRAINT "zone_profile_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zone_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zone_profile_key_figures_locales" ADD CONSTRAINT "zone_profile_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zone_profile_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zone_profile_positioning" ADD CONSTRAINT "zone_profile_positioning_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zone_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zone_profile_positioning_locales" ADD CONSTRAINT "zone_profile_positioning_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zone_profile_positioning"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zone_profile_locales" ADD CONSTRAINT "zone_profile_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zone_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zone_profile_v_version_key_figures" ADD CONSTRAINT "_zone_profile_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zone_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zone_profile_v_version_key_figures_locales" ADD CONSTRAINT "_zone_profile_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zone_profile_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zone_profile_v_version_positioning" ADD CONSTRAINT "_zone_profile_v_version_positioning_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zone_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zone_profile_v_version_positioning_locales" ADD CONSTRAINT "_zone_profile_v_version_positioning_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zone_profile_v_version_positioning"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zone_profile_v_locales" ADD CONSTRAINT "_zone_profile_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zone_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_items" ADD CONSTRAINT "navigation_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_items_locales" ADD CONSTRAINT "navigation_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_parks_fk" FOREIGN KEY ("parks_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_rels" ADD CONSTRAINT "navigation_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parks_key_figures_order_idx" ON "parks_key_figures" USING btree ("_order");
  CREATE INDEX "parks_key_figures_parent_id_idx" ON "parks_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "parks_key_figures_locales_locale_parent_id_unique" ON "parks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "parks_slug_idx" ON "parks" USING btree ("slug");
  CREATE INDEX "parks_kind_idx" ON "parks" USING btree ("kind");
  CREATE INDEX "parks_order_idx" ON "parks" USING btree ("order");
  CREATE INDEX "parks_hero_image_idx" ON "parks" USING btree ("hero_image_id");
  CREATE INDEX "parks_updated_at_idx" ON "parks" USING btree ("updated_at");
  CREATE INDEX "parks_created_at_idx" ON "parks" USING btree ("created_at");
  CREATE INDEX "parks__status_idx" ON "parks" USING btree ("_status");
  CREATE UNIQUE INDEX "parks_locales_locale_parent_id_unique" ON "parks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "parks_rels_order_idx" ON "parks_rels" USING btree ("order");
  CREATE INDEX "parks_rels_parent_idx" ON "parks_rels" USING btree ("parent_id");
  CREATE INDEX "parks_rels_path_idx" ON "parks_rels" USING btree ("path");
  CREATE INDEX "parks_rels_media_id_idx" ON "parks_rels" USING btree ("media_id");
  CREATE INDEX "parks_rels_industries_id_idx" ON "parks_rels" USING btree ("industries_id");
  CREATE INDEX "_parks_v_version_key_figures_order_idx" ON "_parks_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_parks_v_version_key_figures_parent_id_idx" ON "_parks_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_parks_v_version_key_figures_locales_locale_parent_id_unique" ON "_parks_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_parent_idx" ON "_parks_v" USING btree ("parent_id");
  CREATE INDEX "_parks_v_version_version_slug_idx" ON "_parks_v" USING btree ("version_slug");
  CREATE INDEX "_parks_v_version_version_kind_idx" ON "_parks_v" USING btree ("version_kind");
  CREATE INDEX "_parks_v_version_version_order_idx" ON "_parks_v" USING btree ("version_order");
  CREATE INDEX "_parks_v_version_version_hero_image_idx" ON "_parks_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_parks_v_version_version_updated_at_idx" ON "_parks_v" USING btree ("version_updated_at");
  CREATE INDEX "_parks_v_version_version_created_at_idx" ON "_parks_v" USING btree ("version_created_at");
  CREATE INDEX "_parks_v_version_version__status_idx" ON "_parks_v" USING btree ("version__status");
  CREATE INDEX "_parks_v_created_at_idx" ON "_parks_v" USING btree ("created_at");
  CREATE INDEX "_parks_v_updated_at_idx" ON "_parks_v" USING btree ("updated_at");
  CREATE INDEX "_parks_v_snapshot_idx" ON "_parks_v" USING btree ("snapshot");
  CREATE INDEX "_parks_v_published_locale_idx" ON "_parks_v" USING btree ("published_locale");
  CREATE INDEX "_parks_v_latest_idx" ON "_parks_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_parks_v_locales_locale_parent_id_unique" ON "_parks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_parks_v_rels_order_idx" ON "_parks_v_rels" USING btree ("order");
  CREATE INDEX "_parks_v_rels_parent_idx" ON "_parks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_parks_v_rels_path_idx" ON "_parks_v_rels" USING btree ("path");
  CREATE INDEX "_parks_v_rels_media_id_idx" ON "_parks_v_rels" USING btree ("media_id");
  CREATE INDEX "_parks_v_rels_industries_id_idx" ON "_parks_v_rels" USING btree ("industries_id");
  CREATE UNIQUE INDEX "industries_slug_idx" ON "industries" USING btree ("slug");
  CREATE INDEX "industries_parent_idx" ON "industries" USING btree ("parent_id");
  CREATE INDEX "industries_kind_idx" ON "industries" USING btree ("kind");
  CREATE INDEX "industries_order_idx" ON "industries" USING btree ("order");
  CREATE INDEX "industries_image_idx" ON "industries" USING btree ("image_id");
  CREATE INDEX "industries_updated_at_idx" ON "industries" USING btree ("updated_at");
  CREATE INDEX "industries_created_at_idx" ON "industries" USING btree ("created_at");
  CREATE INDEX "industries__status_idx" ON "industries" USING btree ("_status");
  CREATE UNIQUE INDEX "industries_locales_locale_parent_id_unique" ON "industries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_parent_idx" ON "_industries_v" USING btree ("parent_id");
  CREATE INDEX "_industries_v_version_version_slug_idx" ON "_industries_v" USING btree ("version_slug");
  CREATE INDEX "_industries_v_version_version_parent_idx" ON "_industries_v" USING btree ("version_parent_id");
  CREATE INDEX "_industries_v_version_version_kind_idx" ON "_industries_v" USING btree ("version_kind");
  CREATE INDEX "_industries_v_version_version_order_idx" ON "_industries_v" USING btree ("version_order");
  CREATE INDEX "_industries_v_version_version_image_idx" ON "_industries_v" USING btree ("version_image_id");
  CREATE INDEX "_industries_v_version_version_updated_at_idx" ON "_industries_v" USING btree ("version_updated_at");
  CREATE INDEX "_industries_v_version_version_created_at_idx" ON "_industries_v" USING btree ("version_created_at");
  CREATE INDEX "_industries_v_version_version__status_idx" ON "_industries_v" USING btree ("version__status");
  CREATE INDEX "_industries_v_created_at_idx" ON "_industries_v" USING btree ("created_at");
  CREATE INDEX "_industries_v_updated_at_idx" ON "_industries_v" USING btree ("updated_at");
  CREATE INDEX "_industries_v_snapshot_idx" ON "_industries_v" USING btree ("snapshot");
  CREATE INDEX "_industries_v_published_locale_idx" ON "_industries_v" USING btree ("published_locale");
  CREATE INDEX "_industries_v_latest_idx" ON "_industries_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_industries_v_locales_locale_parent_id_unique" ON "_industries_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "announcements_slug_idx" ON "announcements" USING btree ("slug");
  CREATE INDEX "announcements_category_idx" ON "announcements" USING btree ("category");
  CREATE INDEX "announcements_hero_image_idx" ON "announcements" USING btree ("hero_image_id");
  CREATE INDEX "announcements_published_at_idx" ON "announcements" USING btree ("published_at");
  CREATE INDEX "announcements_expires_at_idx" ON "announcements" USING btree ("expires_at");
  CREATE INDEX "announcements_featured_idx" ON "announcements" USING btree ("featured");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements__status_idx" ON "announcements" USING btree ("_status");
  CREATE UNIQUE INDEX "announcements_locales_locale_parent_id_unique" ON "announcements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "announcements_rels_order_idx" ON "announcements_rels" USING btree ("order");
  CREATE INDEX "announcements_rels_parent_idx" ON "announcements_rels" USING btree ("parent_id");
  CREATE INDEX "announcements_rels_path_idx" ON "announcements_rels" USING btree ("path");
  CREATE INDEX "announcements_rels_media_id_idx" ON "announcements_rels" USING btree ("media_id");
  CREATE INDEX "announcements_rels_parks_id_idx" ON "announcements_rels" USING btree ("parks_id");
  CREATE INDEX "announcements_rels_industries_id_idx" ON "announcements_rels" USING btree ("industries_id");
  CREATE INDEX "_announcements_v_parent_idx" ON "_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_version_slug_idx" ON "_announcements_v" USING btree ("version_slug");
  CREATE INDEX "_announcements_v_version_version_category_idx" ON "_announcements_v" USING btree ("version_category");
  CREATE INDEX "_announcements_v_version_version_hero_image_idx" ON "_announcements_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_announcements_v_version_version_published_at_idx" ON "_announcements_v" USING btree ("version_published_at");
  CREATE INDEX "_announcements_v_version_version_expires_at_idx" ON "_announcements_v" USING btree ("version_expires_at");
  CREATE INDEX "_announcements_v_version_version_featured_idx" ON "_announcements_v" USING btree ("version_featured");
  CREATE INDEX "_announcements_v_version_version_updated_at_idx" ON "_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_announcements_v_version_version_created_at_idx" ON "_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_announcements_v_version_version__status_idx" ON "_announcements_v" USING btree ("version__status");
  CREATE INDEX "_announcements_v_created_at_idx" ON "_announcements_v" USING btree ("created_at");
  CREATE INDEX "_announcements_v_updated_at_idx" ON "_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_announcements_v_snapshot_idx" ON "_announcements_v" USING btree ("snapshot");
  CREATE INDEX "_announcements_v_published_locale_idx" ON "_announcements_v" USING btree ("published_locale");
  CREATE INDEX "_announcements_v_latest_idx" ON "_announcements_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_announcements_v_locales_locale_parent_id_unique" ON "_announcements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_announcements_v_rels_order_idx" ON "_announcements_v_rels" USING btree ("order");
  CREATE INDEX "_announcements_v_rels_parent_idx" ON "_announcements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_rels_path_idx" ON "_announcements_v_rels" USING btree ("path");
  CREATE INDEX "_announcements_v_rels_media_id_idx" ON "_announcements_v_rels" USING btree ("media_id");
  CREATE INDEX "_announcements_v_rels_parks_id_idx" ON "_announcements_v_rels" USING btree ("parks_id");
  CREATE INDEX "_announcements_v_rels_industries_id_idx" ON "_announcements_v_rels" USING btree ("industries_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_parks_id_idx" ON "payload_locked_documents_rels" USING btree ("parks_id");
  CREATE INDEX "payload_locked_documents_rels_industries_id_idx" ON "payload_locked_documents_rels" USING btree ("industries_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_default_seo_default_seo_image_idx" ON "site_settings" USING btree ("default_seo_image_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "zone_profile_key_figures_order_idx" ON "zone_profile_key_figures" USING btree ("_order");
  CREATE INDEX "zone_profile_key_figures_parent_id_idx" ON "zone_profile_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "zone_profile_key_figures_locales_locale_parent_id_unique" ON "zone_profile_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "zone_profile_positioning_order_idx" ON "zone_profile_positioning" USING btree ("_order");
  CREATE INDEX "zone_profile_positioning_parent_id_idx" ON "zone_profile_positioning" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "zone_profile_positioning_locales_locale_parent_id_unique" ON "zone_profile_positioning_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "zone_profile_locales_locale_parent_id_unique" ON "zone_profile_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_zone_profile_v_version_key_figures_order_idx" ON "_zone_profile_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_zone_profile_v_version_key_figures_parent_id_idx" ON "_zone_profile_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_zone_profile_v_version_key_figures_locales_locale_parent_id" ON "_zone_profile_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_zone_profile_v_version_positioning_order_idx" ON "_zone_profile_v_version_positioning" USING btree ("_order");
  CREATE INDEX "_zone_profile_v_version_positioning_parent_id_idx" ON "_zone_profile_v_version_positioning" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_zone_profile_v_version_positioning_locales_locale_parent_id" ON "_zone_profile_v_version_positioning_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_zone_profile_v_created_at_idx" ON "_zone_profile_v" USING btree ("created_at");
  CREATE INDEX "_zone_profile_v_updated_at_idx" ON "_zone_profile_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_zone_profile_v_locales_locale_parent_id_unique" ON "_zone_profile_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_items_order_idx" ON "navigation_items" USING btree ("_order");
  CREATE INDEX "navigation_items_parent_id_idx" ON "navigation_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_items_locales_locale_parent_id_unique" ON "navigation_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_rels_order_idx" ON "navigation_rels" USING btree ("order");
  CREATE INDEX "navigation_rels_parent_idx" ON "navigation_rels" USING btree ("parent_id");
  CREATE INDEX "navigation_rels_path_idx" ON "navigation_rels" USING btree ("path");
  CREATE INDEX "navigation_rels_parks_id_idx" ON "navigation_rels" USING btree ("parks_id");
  CREATE INDEX "navigation_rels_industries_id_idx" ON "navigation_rels" USING btree ("industries_id");
  CREATE INDEX "navigation_rels_announcements_id_idx" ON "navigation_rels" USING btree ("announcements_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "parks_key_figures" CASCADE;
  DROP TABLE "parks_key_figures_locales" CASCADE;
  DROP TABLE "parks" CASCADE;
  DROP TABLE "parks_locales" CASCADE;
  DROP TABLE "parks_rels" CASCADE;
  DROP TABLE "_parks_v_version_key_figures" CASCADE;
  DROP TABLE "_parks_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_parks_v" CASCADE;
  DROP TABLE "_parks_v_locales" CASCADE;
  DROP TABLE "_parks_v_rels" CASCADE;
  DROP TABLE "industries" CASCADE;
  DROP TABLE "industries_locales" CASCADE;
  DROP TABLE "_industries_v" CASCADE;
  DROP TABLE "_industries_v_locales" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcements_locales" CASCADE;
  DROP TABLE "announcements_rels" CASCADE;
  DROP TABLE "_announcements_v" CASCADE;
  DROP TABLE "_announcements_v_locales" CASCADE;
  DROP TABLE "_announcements_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "zone_profile_key_figures" CASCADE;
  DROP TABLE "zone_profile_key_figures_locales" CASCADE;
  DROP TABLE "zone_profile_positioning" CASCADE;
  DROP TABLE "zone_profile_positioning_locales" CASCADE;
  DROP TABLE "zone_profile" CASCADE;
  DROP TABLE "zone_profile_locales" CASCADE;
  DROP TABLE "_zone_profile_v_version_key_figures" CASCADE;
  DROP TABLE "_zone_profile_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_zone_profile_v_version_positioning" CASCADE;
  DROP TABLE "_zone_profile_v_version_positioning_locales" CASCADE;
  DROP TABLE "_zone_profile_v" CASCADE;
  DROP TABLE "_zone_profile_v_locales" CASCADE;
  DROP TABLE "navigation_items" CASCADE;
  DROP TABLE "navigation_items_locales" CASCADE;
  DROP TABLE "navigation" CASCADE;
  DROP TABLE "navigation_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_parks_kind";
  DROP TYPE "public"."enum_parks_status";
  DROP TYPE "public"."enum__parks_v_version_kind";
  DROP TYPE "public"."enum__parks_v_version_status";
  DROP TYPE "public"."enum__parks_v_published_locale";
  DROP TYPE "public"."enum_industries_kind";
  DROP TYPE "public"."enum_industries_status";
  DROP TYPE "public"."enum__industries_v_version_kind";
  DROP TYPE "public"."enum__industries_v_version_status";
  DROP TYPE "public"."enum__industries_v_published_locale";
  DROP TYPE "public"."enum_announcements_category";
  DROP TYPE "public"."enum_announcements_status";
  DROP TYPE "public"."enum__announcements_v_version_category";
  DROP TYPE "public"."enum__announcements_v_version_status";
  DROP TYPE "public"."enum__announcements_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_social_links_platform";
  DROP TYPE "public"."enum_navigation_items_kind";`)
}
