import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`published_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`lang\` text NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`published_at\` text,
  	\`expires_at\` text,
  	\`refs\` text,
  	\`dynamic\` integer DEFAULT false,
  	\`build\` text,
  	\`json\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`published_snapshots_key_idx\` ON \`published_snapshots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`published_snapshots_doc_id_idx\` ON \`published_snapshots\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`published_snapshots_slug_idx\` ON \`published_snapshots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`published_snapshots_updated_at_idx\` ON \`published_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_snapshots_created_at_idx\` ON \`published_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`source_lang_publishedAt_createdAt_expiresAt_idx\` ON \`published_snapshots\` (\`source\`,\`lang\`,\`published_at\`,\`created_at\`,\`expires_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`published_snapshots\`;`)
}
