import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries_rels\` ADD \`opportunities_id\` integer REFERENCES opportunities(id);`)
  await db.run(sql`ALTER TABLE \`inquiries_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`inquiries_rels\` ADD \`policies_id\` integer REFERENCES policies(id);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_opportunities_id_idx\` ON \`inquiries_rels\` (\`opportunities_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_events_id_idx\` ON \`inquiries_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_policies_id_idx\` ON \`inquiries_rels\` (\`policies_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_inquiries_rels\`("id", "order", "parent_id", "path", "industries_id", "parks_id") SELECT "id", "order", "parent_id", "path", "industries_id", "parks_id" FROM \`inquiries_rels\`;`)
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries_rels\` RENAME TO \`inquiries_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_industries_id_idx\` ON \`inquiries_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parks_id_idx\` ON \`inquiries_rels\` (\`parks_id\`);`)
}
