import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_announcements_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_announcements_expiresat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__announcements_v_version_publishedat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__announcements_v_version_expiresat_tz" AS ENUM('Asia/Shanghai');
  ALTER TABLE "announcements" ADD COLUMN "publishedat_tz" "enum_announcements_publishedat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "announcements" ADD COLUMN "expiresat_tz" "enum_announcements_expiresat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_publishedat_tz" "enum__announcements_v_version_publishedat_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_expiresat_tz" "enum__announcements_v_version_expiresat_tz" DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "announcements" DROP COLUMN "publishedat_tz";
  ALTER TABLE "announcements" DROP COLUMN "expiresat_tz";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_publishedat_tz";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_expiresat_tz";
  DROP TYPE "public"."enum_announcements_publishedat_tz";
  DROP TYPE "public"."enum_announcements_expiresat_tz";
  DROP TYPE "public"."enum__announcements_v_version_publishedat_tz";
  DROP TYPE "public"."enum__announcements_v_version_expiresat_tz";`)
}
