import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_index_locales" ADD COLUMN "title_terms" varchar;
  ALTER TABLE "search_index_locales" ADD COLUMN "text_terms" varchar;
  CREATE INDEX "search_index_locales_title_terms_fts" ON "search_index_locales" USING gin (to_tsvector('simple', coalesce("title_terms", '')));
  CREATE INDEX "search_index_locales_text_terms_fts" ON "search_index_locales" USING gin (to_tsvector('simple', coalesce("text_terms", '')));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_index_locales_title_terms_fts";
  DROP INDEX "search_index_locales_text_terms_fts";
  ALTER TABLE "search_index_locales" DROP COLUMN "title_terms";
  ALTER TABLE "search_index_locales" DROP COLUMN "text_terms";`)
}
