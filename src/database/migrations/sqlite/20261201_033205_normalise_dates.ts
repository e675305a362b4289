import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { normaliseStoredDates, type SqliteRunner } from '../normaliseStoredDates'

/**
 * Data only (the schema is unchanged: its snapshot is the previous one's). SQLite stored date fields as
 * the text the client sent and compared them as text, so a date written with an offset
 * (2026-12-01T09:00:00+08:00) or without a zone made embargo and expiry wrong by hours. Every stored date
 * not already in toISOString() form is rewritten to it, in every table with date columns; see
 * ../normaliseStoredDates.ts (which the server also runs at start-up, for databases whose schema is pushed).
 */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await normaliseStoredDates(payload, db as unknown as SqliteRunner)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The clients' original spellings are not kept: the same instants in UTC stay as they are.
}
