import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reference\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`inquiry_acknowledgement_subject\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`inquiry_acknowledgement_body\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`inquiries_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`inquiry_acknowledgement_subject\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`inquiry_acknowledgement_body\`;`)
}
