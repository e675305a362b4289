import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index_locales\` ADD \`title_terms\` text;`)
  await db.run(sql`ALTER TABLE \`search_index_locales\` ADD \`text_terms\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_index_locales\` DROP COLUMN \`title_terms\`;`)
  await db.run(sql`ALTER TABLE \`search_index_locales\` DROP COLUMN \`text_terms\`;`)
}
