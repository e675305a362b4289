import type { Payload } from 'payload'

import { trackCacheDependencies } from '../delivery/cache/dependencies'
import { guardImportDryRuns } from '../promotion/importDryRun'
import { guardAndAuditScheduling } from '../workflow/audit/scheduling'
import { keepSqliteBusyTimeout, surviveLostConnections, watchPoolSaturation } from './adapter'
import { runWorkAfterCommit } from './afterCommit'
import { rememberPayloadsOwnClient } from './closeDatabase'
import { publishScheduledOnce } from './interruptedJobs'

/**
 * Every change this application makes to Payload's database adapter and jobs once Payload has
 * connected, in one place and in this order (called from the config's onInit, before any request or
 * job runs):
 *
 * 1. Connections: every SQLite connection waits for a busy database (not only the first one).
 *    The connection pool (PostgreSQL): note the client Payload keeps for itself, before anything else
 *    checks one out (closeDatabase tells it from clients in use); keep the process alive when the pool
 *    loses its connections; warn when requests queue for one.
 * 2. Jobs: a schedulePublish job run again after an interruption does not publish twice.
 * 3. Reads and writes, innermost first — each wrapper below calls the one before it:
 *    - the response cache's dependencies: what each answer reads, what each write invalidates
 *      (src/delivery/cache/dependencies.ts), innermost, so that it sees only writes that were made;
 *    - the scheduling guard and audit (create and deleteOne of jobs);
 *    - the import dry-run guard, outermost, so that a dry run's writes stop before any other wrapper
 *      acts on them;
 *    - transactions run the work registered with onCommit after they commit, and drop it on rollback.
 */
export function wrapAdapter(payload: Payload): void {
  keepSqliteBusyTimeout(payload)
  rememberPayloadsOwnClient(payload)
  surviveLostConnections(payload)
  watchPoolSaturation(payload)
  publishScheduledOnce(payload)
  trackCacheDependencies(payload)
  guardAndAuditScheduling(payload)
  guardImportDryRuns(payload)
  runWorkAfterCommit(payload)
}
