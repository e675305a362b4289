import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`industries_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`industries_breadcrumbs_order_idx\` ON \`industries_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`industries_breadcrumbs_parent_id_idx\` ON \`industries_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`industries_breadcrumbs_locale_idx\` ON \`industries_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`industries_breadcrumbs_doc_idx\` ON \`industries_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`_industries_v_version_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_industries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_industries_v_version_breadcrumbs_order_idx\` ON \`_industries_v_version_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_breadcrumbs_parent_id_idx\` ON \`_industries_v_version_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_breadcrumbs_locale_idx\` ON \`_industries_v_version_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_breadcrumbs_doc_idx\` ON \`_industries_v_version_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_review_history_order_idx\` ON \`policies_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_review_history_parent_id_idx\` ON \`policies_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_review_history_by_idx\` ON \`policies_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`document_number\` text,
  	\`effective_from\` text,
  	\`effective_until\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policies_document_number_idx\` ON \`policies\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policies_effective_from_idx\` ON \`policies\` (\`effective_from\`);`)
  await db.run(sql`CREATE INDEX \`policies_effective_until_idx\` ON \`policies\` (\`effective_until\`);`)
  await db.run(sql`CREATE INDEX \`policies_review_status_idx\` ON \`policies\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policies_locales\` (
  	\`title\` text,
  	\`issuing_body\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_meta_meta_image_idx\` ON \`policies_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_locales_locale_parent_id_unique\` ON \`policies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`parks_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_industries_id_idx\` ON \`policies_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parks_id_idx\` ON \`policies_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_history_order_idx\` ON \`_policies_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_history_parent_id_idx\` ON \`_policies_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_history_by_idx\` ON \`_policies_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_document_number\` text,
  	\`version_effective_from\` text,
  	\`version_effective_until\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_document_number_idx\` ON \`_policies_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_effective_from_idx\` ON \`_policies_v\` (\`version_effective_from\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_effective_until_idx\` ON \`_policies_v\` (\`version_effective_until\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_review_status_idx\` ON \`_policies_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_locales\` (
  	\`version_title\` text,
  	\`version_issuing_body\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_meta_version_meta_image_idx\` ON \`_policies_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_policies_v_locales_locale_parent_id_unique\` ON \`_policies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`parks_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_industries_id_idx\` ON \`_policies_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parks_id_idx\` ON \`_policies_v_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_review_history_order_idx\` ON \`opportunities_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_review_history_parent_id_idx\` ON \`opportunities_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_review_history_by_idx\` ON \`opportunities_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`opportunities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`park_id\` integer,
  	\`area_m2\` numeric,
  	\`availability\` text DEFAULT 'available',
  	\`availability_date\` text,
  	\`price_amount\` numeric,
  	\`price_unit\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opportunities_slug_idx\` ON \`opportunities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_kind_idx\` ON \`opportunities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_park_idx\` ON \`opportunities\` (\`park_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_area_m2_idx\` ON \`opportunities\` (\`area_m2\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_availability_idx\` ON \`opportunities\` (\`availability\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_review_status_idx\` ON \`opportunities\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_updated_at_idx\` ON \`opportunities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_created_at_idx\` ON \`opportunities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`opportunities__status_idx\` ON \`opportunities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_locales\` (
  	\`title\` text,
  	\`location\` text,
  	\`price_note\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`contact_name\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_meta_meta_image_idx\` ON \`opportunities_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`opportunities_locales_locale_parent_id_unique\` ON \`opportunities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opportunities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opportunities_rels_order_idx\` ON \`opportunities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_parent_idx\` ON \`opportunities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_path_idx\` ON \`opportunities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_industries_id_idx\` ON \`opportunities_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`opportunities_rels_media_id_idx\` ON \`opportunities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_opportunities_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_review_history_order_idx\` ON \`_opportunities_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_review_history_parent_id_idx\` ON \`_opportunities_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_review_history_by_idx\` ON \`_opportunities_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_opportunities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_park_id\` integer,
  	\`version_area_m2\` numeric,
  	\`version_availability\` text DEFAULT 'available',
  	\`version_availability_date\` text,
  	\`version_price_amount\` numeric,
  	\`version_price_unit\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_opportunities_v_parent_idx\` ON \`_opportunities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_slug_idx\` ON \`_opportunities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_kind_idx\` ON \`_opportunities_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_park_idx\` ON \`_opportunities_v\` (\`version_park_id\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_area_m2_idx\` ON \`_opportunities_v\` (\`version_area_m2\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_availability_idx\` ON \`_opportunities_v\` (\`version_availability\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_review_status_idx\` ON \`_opportunities_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_updated_at_idx\` ON \`_opportunities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version_created_at_idx\` ON \`_opportunities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_version__status_idx\` ON \`_opportunities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_created_at_idx\` ON \`_opportunities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_updated_at_idx\` ON \`_opportunities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_snapshot_idx\` ON \`_opportunities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_published_locale_idx\` ON \`_opportunities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_latest_idx\` ON \`_opportunities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_opportunities_v_locales\` (
  	\`version_title\` text,
  	\`version_location\` text,
  	\`version_price_note\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_contact_name\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opportunities_v_version_meta_version_meta_image_idx\` ON \`_opportunities_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_opportunities_v_locales_locale_parent_id_unique\` ON \`_opportunities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opportunities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opportunities_v_rels_order_idx\` ON \`_opportunities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_rels_parent_idx\` ON \`_opportunities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_rels_path_idx\` ON \`_opportunities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_rels_industries_id_idx\` ON \`_opportunities_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`_opportunities_v_rels_media_id_idx\` ON \`_opportunities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`events_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_review_history_order_idx\` ON \`events_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_review_history_parent_id_idx\` ON \`events_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_history_by_idx\` ON \`events_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`park_id\` integer,
  	\`registration_url\` text,
  	\`capacity\` numeric,
  	\`hero_image_id\` integer,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_park_idx\` ON \`events\` (\`park_id\`);`)
  await db.run(sql`CREATE INDEX \`events_hero_image_idx\` ON \`events\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_status_idx\` ON \`events\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`venue\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_meta_meta_image_idx\` ON \`events_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_industries_id_idx\` ON \`events_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_review_history_order_idx\` ON \`_events_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_review_history_parent_id_idx\` ON \`_events_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_review_history_by_idx\` ON \`_events_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_park_id\` integer,
  	\`version_registration_url\` text,
  	\`version_capacity\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_park_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_park_idx\` ON \`_events_v\` (\`version_park_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_hero_image_idx\` ON \`_events_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_status_idx\` ON \`_events_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_meta_version_meta_image_idx\` ON \`_events_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_industries_id_idx\` ON \`_events_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_internal_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_internal_notes_order_idx\` ON \`inquiries_internal_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_internal_notes_parent_id_idx\` ON \`inquiries_internal_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_internal_notes_author_idx\` ON \`inquiries_internal_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`country\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`language\` text DEFAULT 'zh',
  	\`website\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_status_idx\` ON \`inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_assignee_idx\` ON \`inquiries\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`parks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_industries_id_idx\` ON \`inquiries_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parks_id_idx\` ON \`inquiries_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`priority\` numeric,
  	\`slug\` text,
  	\`published_at\` text,
  	\`expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_slug_idx\` ON \`search_index\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`search_index_published_at_idx\` ON \`search_index\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_expires_at_idx\` ON \`search_index\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_index_locales_locale_parent_id_unique\` ON \`search_index_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_index_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`announcements_id\` integer,
  	\`policies_id\` integer,
  	\`parks_id\` integer,
  	\`industries_id\` integer,
  	\`opportunities_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_rels_order_idx\` ON \`search_index_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_parent_idx\` ON \`search_index_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_path_idx\` ON \`search_index_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_announcements_id_idx\` ON \`search_index_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_policies_id_idx\` ON \`search_index_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_parks_id_idx\` ON \`search_index_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_industries_id_idx\` ON \`search_index_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_opportunities_id_idx\` ON \`search_index_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_events_id_idx\` ON \`search_index_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`announcements_id\` integer,
  	\`policies_id\` integer,
  	\`parks_id\` integer,
  	\`industries_id\` integer,
  	\`opportunities_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opportunities_id\`) REFERENCES \`opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_announcements_id_idx\` ON \`redirects_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_policies_id_idx\` ON \`redirects_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parks_id_idx\` ON \`redirects_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_industries_id_idx\` ON \`redirects_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_opportunities_id_idx\` ON \`redirects_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_events_id_idx\` ON \`redirects_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`exports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`format\` text DEFAULT 'csv' NOT NULL,
  	\`limit\` numeric,
  	\`page\` numeric DEFAULT 1,
  	\`sort\` text,
  	\`sort_order\` text,
  	\`locale\` text DEFAULT 'all',
  	\`drafts\` text DEFAULT 'yes',
  	\`collection_slug\` text DEFAULT 'policies' NOT NULL,
  	\`where\` text DEFAULT '{}',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_updated_at_idx\` ON \`exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exports_created_at_idx\` ON \`exports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exports_filename_idx\` ON \`exports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`exports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_texts_order_parent\` ON \`exports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text DEFAULT 'policies' NOT NULL,
  	\`import_mode\` text,
  	\`match_field\` text DEFAULT 'id',
  	\`status\` text DEFAULT 'pending',
  	\`summary_imported\` numeric,
  	\`summary_updated\` numeric,
  	\`summary_total\` numeric,
  	\`summary_issues\` numeric,
  	\`summary_issue_details\` text,
  	\`dry_run\` integer DEFAULT true,
  	\`valid_rows\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`imports_filename_idx\` ON \`imports\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`parks_meta_meta_image_idx\` ON \`parks_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_parks_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_parks_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_parks_v_version_meta_version_meta_image_idx\` ON \`_parks_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`industries_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`industries_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`industries_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`industries_meta_meta_image_idx\` ON \`industries_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_industries_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_industries_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_industries_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_industries_v_version_meta_version_meta_image_idx\` ON \`_industries_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`announcements_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`announcements_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`announcements_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`announcements_meta_meta_image_idx\` ON \`announcements_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_announcements_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_announcements_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_announcements_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_meta_version_meta_image_idx\` ON \`_announcements_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`policies_id\` integer REFERENCES policies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`opportunities_id\` integer REFERENCES opportunities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiries_id\` integer REFERENCES inquiries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_index_id\` integer REFERENCES search_index(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`industries_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`_industries_v_version_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`policies_review_history\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies_locales\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`opportunities_review_history\`;`)
  await db.run(sql`DROP TABLE \`opportunities\`;`)
  await db.run(sql`DROP TABLE \`opportunities_locales\`;`)
  await db.run(sql`DROP TABLE \`opportunities_rels\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_opportunities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_review_history\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`inquiries_internal_notes\`;`)
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`search_index_locales\`;`)
  await db.run(sql`DROP TABLE \`search_index_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`exports\`;`)
  await db.run(sql`DROP TABLE \`exports_texts\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_parks_locales\` (
  	\`name\` text,
  	\`boundaries_east\` text,
  	\`boundaries_south\` text,
  	\`boundaries_west\` text,
  	\`boundaries_north\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_parks_locales\`("name", "boundaries_east", "boundaries_south", "boundaries_west", "boundaries_north", "summary", "body", "contact_address", "id", "_locale", "_parent_id") SELECT "name", "boundaries_east", "boundaries_south", "boundaries_west", "boundaries_north", "summary", "body", "contact_address", "id", "_locale", "_parent_id" FROM \`parks_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_parks_locales\` RENAME TO \`parks_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_locales_locale_parent_id_unique\` ON \`parks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__parks_v_locales\` (
  	\`version_name\` text,
  	\`version_boundaries_east\` text,
  	\`version_boundaries_south\` text,
  	\`version_boundaries_west\` text,
  	\`version_boundaries_north\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__parks_v_locales\`("version_name", "version_boundaries_east", "version_boundaries_south", "version_boundaries_west", "version_boundaries_north", "version_summary", "version_body", "version_contact_address", "id", "_locale", "_parent_id") SELECT "version_name", "version_boundaries_east", "version_boundaries_south", "version_boundaries_west", "version_boundaries_north", "version_summary", "version_body", "version_contact_address", "id", "_locale", "_parent_id" FROM \`_parks_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__parks_v_locales\` RENAME TO \`_parks_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_parks_v_locales_locale_parent_id_unique\` ON \`_parks_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_industries_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_industries_locales\`("name", "summary", "body", "id", "_locale", "_parent_id") SELECT "name", "summary", "body", "id", "_locale", "_parent_id" FROM \`industries_locales\`;`)
  await db.run(sql`DROP TABLE \`industries_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_industries_locales\` RENAME TO \`industries_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_locales_locale_parent_id_unique\` ON \`industries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__industries_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_industries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__industries_v_locales\`("version_name", "version_summary", "version_body", "id", "_locale", "_parent_id") SELECT "version_name", "version_summary", "version_body", "id", "_locale", "_parent_id" FROM \`_industries_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_industries_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__industries_v_locales\` RENAME TO \`_industries_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_industries_v_locales_locale_parent_id_unique\` ON \`_industries_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_announcements_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_announcements_locales\`("title", "summary", "body", "id", "_locale", "_parent_id") SELECT "title", "summary", "body", "id", "_locale", "_parent_id" FROM \`announcements_locales\`;`)
  await db.run(sql`DROP TABLE \`announcements_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_announcements_locales\` RENAME TO \`announcements_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`announcements_locales_locale_parent_id_unique\` ON \`announcements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__announcements_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__announcements_v_locales\`("version_title", "version_summary", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_body", "id", "_locale", "_parent_id" FROM \`_announcements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__announcements_v_locales\` RENAME TO \`_announcements_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_announcements_v_locales_locale_parent_id_unique\` ON \`_announcements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`parks_id\` integer,
  	\`industries_id\` integer,
  	\`announcements_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`api_keys_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "parks_id", "industries_id", "announcements_id", "media_id", "users_id", "api_keys_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "parks_id", "industries_id", "announcements_id", "media_id", "users_id", "api_keys_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parks_id_idx\` ON \`payload_locked_documents_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
