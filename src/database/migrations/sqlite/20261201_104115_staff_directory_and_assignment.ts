import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`CREATE INDEX \`users_active_idx\` ON \`users\` (\`active\`);`)
  // Colleagues now pick accounts by name: an account without one is named after its email's local part.
  await db.run(
    sql`UPDATE \`users\` SET \`name\` = substr(\`email\`, 1, instr(\`email\`, '@') - 1) WHERE \`name\` IS NULL OR trim(\`name\`) = '';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_active_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`active\`;`)
}
