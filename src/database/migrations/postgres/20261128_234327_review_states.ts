import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_parks_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__parks_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_industries_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__industries_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_announcements_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__announcements_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished');
  CREATE TABLE "parks_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "_parks_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "industries_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "_industries_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "announcements_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "_announcements_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "parks" ADD COLUMN "review_status" "enum_parks_review_status" DEFAULT 'draft';
  ALTER TABLE "parks" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "_parks_v" ADD COLUMN "version_review_status" "enum__parks_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_parks_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "industries" ADD COLUMN "review_status" "enum_industries_review_status" DEFAULT 'draft';
  ALTER TABLE "industries" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "_industries_v" ADD COLUMN "version_review_status" "enum__industries_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_industries_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "announcements" ADD COLUMN "review_status" "enum_announcements_review_status" DEFAULT 'draft';
  ALTER TABLE "announcements" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_status" "enum__announcements_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "parks_review_history" ADD CONSTRAINT "parks_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parks_review_history" ADD CONSTRAINT "parks_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_parks_v_version_review_history" ADD CONSTRAINT "_parks_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_parks_v_version_review_history" ADD CONSTRAINT "_parks_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_parks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_review_history" ADD CONSTRAINT "industries_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_review_history" ADD CONSTRAINT "industries_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_review_history" ADD CONSTRAINT "_industries_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_version_review_history" ADD CONSTRAINT "_industries_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_review_history" ADD CONSTRAINT "announcements_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_review_history" ADD CONSTRAINT "announcements_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_review_history" ADD CONSTRAINT "_announcements_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_review_history" ADD CONSTRAINT "_announcements_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parks_review_history_order_idx" ON "parks_review_history" USING btree ("_order");
  CREATE INDEX "parks_review_history_parent_id_idx" ON "parks_review_history" USING btree ("_parent_id");
  CREATE INDEX "parks_review_history_by_idx" ON "parks_review_history" USING btree ("by_id");
  CREATE INDEX "_parks_v_version_review_history_order_idx" ON "_parks_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_parks_v_version_review_history_parent_id_idx" ON "_parks_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_parks_v_version_review_history_by_idx" ON "_parks_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "industries_review_history_order_idx" ON "industries_review_history" USING btree ("_order");
  CREATE INDEX "industries_review_history_parent_id_idx" ON "industries_review_history" USING btree ("_parent_id");
  CREATE INDEX "industries_review_history_by_idx" ON "industries_review_history" USING btree ("by_id");
  CREATE INDEX "_industries_v_version_review_history_order_idx" ON "_industries_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_industries_v_version_review_history_parent_id_idx" ON "_industries_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_industries_v_version_review_history_by_idx" ON "_industries_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "announcements_review_history_order_idx" ON "announcements_review_history" USING btree ("_order");
  CREATE INDEX "announcements_review_history_parent_id_idx" ON "announcements_review_history" USING btree ("_parent_id");
  CREATE INDEX "announcements_review_history_by_idx" ON "announcements_review_history" USING btree ("by_id");
  CREATE INDEX "_announcements_v_version_review_history_order_idx" ON "_announcements_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_announcements_v_version_review_history_parent_id_idx" ON "_announcements_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_announcements_v_version_review_history_by_idx" ON "_announcements_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "parks_review_status_idx" ON "parks" USING btree ("review_status");
  CREATE INDEX "_parks_v_version_version_review_status_idx" ON "_parks_v" USING btree ("version_review_status");
  CREATE INDEX "industries_review_status_idx" ON "industries" USING btree ("review_status");
  CREATE INDEX "_industries_v_version_version_review_status_idx" ON "_industries_v" USING btree ("version_review_status");
  CREATE INDEX "announcements_review_status_idx" ON "announcements" USING btree ("review_status");
  CREATE INDEX "_announcements_v_version_version_review_status_idx" ON "_announcements_v" USING btree ("version_review_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "parks_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_parks_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "industries_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_industries_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "parks_review_history" CASCADE;
  DROP TABLE "_parks_v_version_review_history" CASCADE;
  DROP TABLE "industries_review_history" CASCADE;
  DROP TABLE "_industries_v_version_review_history" CASCADE;
  DROP TABLE "announcements_review_history" CASCADE;
  DROP TABLE "_announcements_v_version_review_history" CASCADE;
  DROP INDEX "parks_review_status_idx";
  DROP INDEX "_parks_v_version_version_review_status_idx";
  DROP INDEX "industries_review_status_idx";
  DROP INDEX "_industries_v_version_version_review_status_idx";
  DROP INDEX "announcements_review_status_idx";
  DROP INDEX "_announcements_v_version_version_review_status_idx";
  ALTER TABLE "parks" DROP COLUMN "review_status";
  ALTER TABLE "parks" DROP COLUMN "review_comment";
  ALTER TABLE "_parks_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_parks_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "industries" DROP COLUMN "review_status";
  ALTER TABLE "industries" DROP COLUMN "review_comment";
  ALTER TABLE "_industries_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_industries_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "announcements" DROP COLUMN "review_status";
  ALTER TABLE "announcements" DROP COLUMN "review_comment";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_comment";
  DROP TYPE "public"."enum_parks_review_status";
  DROP TYPE "public"."enum__parks_v_version_review_status";
  DROP TYPE "public"."enum_industries_review_status";
  DROP TYPE "public"."enum__industries_v_version_review_status";
  DROP TYPE "public"."enum_announcements_review_status";
  DROP TYPE "public"."enum__announcements_v_version_review_status";`)
}
