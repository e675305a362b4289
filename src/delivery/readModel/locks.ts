/**
 * PostgreSQL locks on one document's snapshots, so that two transactions rewriting them (a park edit and
 * an unpublish) do it one after the other, the second reading what the first committed. SQLite has one
 * writer at a time; MongoDB without a replica set has no transactions: nothing to lock there.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Req } from './writeQueue'

/** Holds a transaction-scoped advisory lock on the snapshots of `key` ("source id") until `req`'s transaction ends. */
export async function lockSnapshots(payload: Payload, key: string, req: Req): Promise<void> {
  if (payload.db.name !== 'postgres' || !req?.transactionID) return
  // Forced cast: Payload's DatabaseAdapter type merges the declarations of every installed adapter
  // (`sessions` is MongoDB's), so it matches none of them; by its name, this one is PostgreSQL's.
  const session = (payload.db as unknown as PostgresAdapter).sessions[String(await req.transactionID)]
  if (!session?.db) return
  const { sql } = await import('@payloadcms/db-postgres')
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`read-model ${key}`}))`)
}
