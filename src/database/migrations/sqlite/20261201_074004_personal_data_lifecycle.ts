import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`inquiries_closed_at_idx\` ON \`inquiries\` (\`closed_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`inquiry_consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`inquiry_consent_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`inquiries_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`consent_text\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`inquiry_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`inquiry_consent_text\`;`)
}
