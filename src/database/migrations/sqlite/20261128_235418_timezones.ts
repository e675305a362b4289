import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`publishedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`expiresat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_publishedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_expiresat_tz\` text DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`expiresat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_expiresat_tz\`;`)
}
