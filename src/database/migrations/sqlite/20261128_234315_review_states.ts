import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`parks_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_review_history_order_idx\` ON \`parks_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_review_history_parent_id_idx\` ON \`parks_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_review_history_by_idx\` ON \`parks_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_parks_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_parks_v_version_review_history_order_idx\` ON \`_parks_v_version_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_parks_v_version_review_history_parent_id_idx\` ON \`_parks_v_version_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_parks_v_version_review_history_by_idx\` ON \`_parks_v_version_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`industries_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`industries_review_history_order_idx\` ON \`industries_review_history\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`industries_review_history_parent_id_idx\` ON \`industries_review_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`industries_review_history_by_idx\` ON \`industries_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_industries_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_industries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_industries_v_version_review_history_order_idx\` ON \`_industries_v_version_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_industries_v_version_review_history_parent_id_idx\` ON \`_industries_v_version_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_industries_v_version_review_history_by_idx\` ON \`_industries_v_version_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`announcements_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`announcements_review_history_order_idx\` ON \`announcements_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`announcements_review_history_parent_id_idx\` ON \`announcements_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`announcements_review_history_by_idx\` ON \`announcements_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_announcements_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_review_history_order_idx\` ON \`_announcements_v_version_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_review_history_parent_id_idx\` ON \`_announcements_v_version_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_review_history_by_idx\` ON \`_announcements_v_version_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`parks\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`parks_review_status_idx\` ON \`parks\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_parks_v\` ADD \`version_review_comment\` text;`)
  await db.run(
    sql`CREATE INDEX \`_parks_v_version_version_review_status_idx\` ON \`_parks_v\` (\`version_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`industries\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`industries\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`industries_review_status_idx\` ON \`industries\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_industries_v\` ADD \`version_review_comment\` text;`)
  await db.run(
    sql`CREATE INDEX \`_industries_v_version_version_review_status_idx\` ON \`_industries_v\` (\`version_review_status\`);`,
  )
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`announcements_review_status_idx\` ON \`announcements\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_review_comment\` text;`)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_review_status_idx\` ON \`_announcements_v\` (\`version_review_status\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`parks_review_history\`;`)
  await db.run(sql`DROP TABLE \`_parks_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`industries_review_history\`;`)
  await db.run(sql`DROP TABLE \`_industries_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`announcements_review_history\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_version_review_history\`;`)
  await db.run(sql`DROP INDEX \`parks_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`parks\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_parks_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_parks_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`industries_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`industries\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`industries\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_industries_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_industries_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_industries_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`announcements_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_announcements_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_review_comment\`;`)
}
