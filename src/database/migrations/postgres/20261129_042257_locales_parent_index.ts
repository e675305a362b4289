import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "parks_key_figures_locales_parent_idx" ON "parks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "parks_locales_parent_idx" ON "parks_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_version_key_figures_locales_parent_idx" ON "_parks_v_version_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_locales_parent_idx" ON "_parks_v_locales" USING btree ("_parent_id");
  CREATE INDEX "industries_locales_parent_idx" ON "industries_locales" USING btree ("_parent_id");
  CREATE INDEX "_industries_v_locales_parent_idx" ON "_industries_v_locales" USING btree ("_parent_id");
  CREATE INDEX "announcements_locales_parent_idx" ON "announcements_locales" USING btree ("_parent_id");
  CREATE INDEX "_announcements_v_locales_parent_idx" ON "_announcements_v_locales" USING btree ("_parent_id");
  CREATE INDEX "policies_locales_parent_idx" ON "policies_locales" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_locales_parent_idx" ON "_policies_v_locales" USING btree ("_parent_id");
  CREATE INDEX "opportunities_locales_parent_idx" ON "opportunities_locales" USING btree ("_parent_id");
  CREATE INDEX "_opportunities_v_locales_parent_idx" ON "_opportunities_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "search_index_locales_parent_idx" ON "search_index_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_locales_parent_idx" ON "site_settings_locales" USING btree ("_parent_id");
  CREATE INDEX "zone_profile_key_figures_locales_parent_idx" ON "zone_profile_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "zone_profile_positioning_locales_parent_idx" ON "zone_profile_positioning_locales" USING btree ("_parent_id");
  CREATE INDEX "zone_profile_locales_parent_idx" ON "zone_profile_locales" USING btree ("_parent_id");
  CREATE INDEX "_zone_profile_v_version_key_figures_locales_parent_idx" ON "_zone_profile_v_version_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_zone_profile_v_version_positioning_locales_parent_idx" ON "_zone_profile_v_version_positioning_locales" USING btree ("_parent_id");
  CREATE INDEX "_zone_profile_v_locales_parent_idx" ON "_zone_profile_v_locales" USING btree ("_parent_id");
  CREATE INDEX "navigation_items_locales_parent_idx" ON "navigation_items_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "parks_key_figures_locales_parent_idx";
  DROP INDEX "parks_locales_parent_idx";
  DROP INDEX "_parks_v_version_key_figures_locales_parent_idx";
  DROP INDEX "_parks_v_locales_parent_idx";
  DROP INDEX "industries_locales_parent_idx";
  DROP INDEX "_industries_v_locales_parent_idx";
  DROP INDEX "announcements_locales_parent_idx";
  DROP INDEX "_announcements_v_locales_parent_idx";
  DROP INDEX "policies_locales_parent_idx";
  DROP INDEX "_policies_v_locales_parent_idx";
  DROP INDEX "opportunities_locales_parent_idx";
  DROP INDEX "_opportunities_v_locales_parent_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "search_index_locales_parent_idx";
  DROP INDEX "site_settings_locales_parent_idx";
  DROP INDEX "zone_profile_key_figures_locales_parent_idx";
  DROP INDEX "zone_profile_positioning_locales_parent_idx";
  DROP INDEX "zone_profile_locales_parent_idx";
  DROP INDEX "_zone_profile_v_version_key_figures_locales_parent_idx";
  DROP INDEX "_zone_profile_v_version_positioning_locales_parent_idx";
  DROP INDEX "_zone_profile_v_locales_parent_idx";
  DROP INDEX "navigation_items_locales_parent_idx";`)
}
