import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "published_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"lang" varchar NOT NULL,
  	"slug" varchar,
  	"category" varchar,
  	"published_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"refs" varchar,
  	"dynamic" boolean DEFAULT false,
  	"build" varchar,
  	"json" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "published_snapshots_key_idx" ON "published_snapshots" USING btree ("key");
  CREATE INDEX "published_snapshots_doc_id_idx" ON "published_snapshots" USING btree ("doc_id");
  CREATE INDEX "published_snapshots_slug_idx" ON "published_snapshots" USING btree ("slug");
  CREATE INDEX "published_snapshots_updated_at_idx" ON "published_snapshots" USING btree ("updated_at");
  CREATE INDEX "published_snapshots_created_at_idx" ON "published_snapshots" USING btree ("created_at");
  CREATE INDEX "source_lang_publishedAt_createdAt_expiresAt_idx" ON "published_snapshots" USING btree ("source","lang","published_at","created_at","expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "published_snapshots" CASCADE;`)
}
