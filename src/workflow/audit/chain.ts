import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionAfterChangeHook, Payload, PayloadRequest, TaskConfig } from 'payload'

import { ConfigError, privateFilesDir } from '../../env'
import type { AuditLog } from '../../payload-types'
import { recordAudit } from './record'

/**
 * The audit log as a hash chain, so that an entry changed or removed in the database by hand is found.
 *
 * Entries are written in the transaction of the change they describe (record.ts), by many requests at
 * once; a chain needs one order. So each entry is sealed just after it is written, by one sealer at a
 * time: it gets the next `sequence`, the `previousHash` of the entry before it and its own `hash`, a
 * SHA-256 of both and of everything the entry says. The unique sequence makes a fork impossible; a
 * sealer that loses a race leaves the entries to the next run. A job seals whatever is left every
 * minute (several instances, or a transaction that committed late).
 *
 * `npm run audit:verify` (verifyAuditChain) recomputes every link. Entries older than the retention
 * period (AUDIT_RETENTION_DAYS, at least 180) are moved to an archive file with its SHA-256 (never
 * silently deleted); the chain then starts at the first entry kept, and the archive proves the link.
 */

type Entry = Pick<
  AuditLog,
  | 'id'
  | 'sequence'
  | 'previousHash'
  | 'hash'
  | 'createdAt'
  | 'action'
  | 'summary'
  | 'collectionSlug'
  | 'documentId'
  | 'documentTitle'
  | 'user'
  | 'userEmail'
  | 'ip'
  | 'changedFields'
  | 'comment'
>

export const GENESIS = '0'.repeat(64)
export const MIN_RETENTION_DAYS = 180

/** JSON with sorted keys and no undefined: the same entry always gives the same bytes. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

const idOf = (user: Entry['user']) => (user && typeof user === 'object' ? user.id : (user ?? null))

/** The hash of an entry: everything it says, its place in the chain, and the hash before it. */
export function entryHash(entry: Entry, sequence: number, previousHash: string): string {
  const content = {
    sequence,
    previousHash,
    createdAt: new Date(entry.createdAt).toISOString(),
    action: entry.action,
    summary: entry.summary ?? null,
    collectionSlug: entry.collectionSlug ?? null,
    documentId: entry.documentId ?? null,
    documentTitle: entry.documentTitle ?? null,
    user: idOf(entry.user) === null ? null : String(idOf(entry.user)),
    userEmail: entry.userEmail ?? null,
    ip: entry.ip ?? null,
    changedFields: entry.changedFields ?? null,
    comment: entry.comment ?? null,
  }
  return createHash('sha256').update(canonical(content)).digest('hex')
}

export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.AUDIT_RETENTION_DAYS
  if (!raw) return MIN_RETENTION_DAYS
  const days = Number(raw)
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS) {
    throw new ConfigError(
      `AUDIT_RETENTION_DAYS must be a whole number of days, at least ${MIN_RETENTION_DAYS} (network logs are kept six months or more), not "${raw}".`,
    )
  }
  return days
}

export const archiveDir = (): string => privateFilesDir('audit-archive')

let sealing: Promise<number> | undefined
let again = false

/**
 * Seals the entries not sealed yet, oldest first. One run at a time in this process; concurrent
 * sealers elsewhere are kept apart by the unique sequence. Returns how many it sealed.
 */
export function sealAuditLog(payload: Payload): Promise<number> {
  if (sealing) {
    again = true
    return sealing
  }
  sealing = (async () => {
    let total = 0
    do {
      again = false
      total += await sealPending(payload).catch((error: unknown) => {
        payload.logger.warn({ msg: 'Sealing the audit log failed; the next run seals those entries', err: error })
        return 0
      })
    } while (again)
    return total
  })().finally(() => {
    sealing = undefined
  })
  return sealing
}

/** The last entry of the chain. */
async function newestSealed(payload: Payload): Promise<Entry | undefined> {
  const { docs } = await payload.db.find<Entry>({
    collection: 'audit-log',
    where: { sequence: { exists: true } },
    sort: '-sequence',
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

async function sealPending(payload: Payload): Promise<number> {
  const last = await newestSealed(payload)
  let sequence = last?.sequence ?? 0
  let previousHash = last?.hash ?? GENESIS
  let sealed = 0
  for (;;) {
    const { docs } = await payload.db.find<Entry>({
      collection: 'audit-log',
      where: { sequence: { exists: false } },
      sort: 'id',
      limit: 200,
      pagination: false,
    })
    if (!docs.length) return sealed
    for (const entry of docs) {
      sequence += 1
      const hash = entryHash(entry, sequence, previousHash)
      await payload.db.updateOne({
        collection: 'audit-log',
        id: entry.id,
        data: { sequence, previousHash, hash },
        returning: false,
      } as Parameters<Payload['db']['updateOne']>[0])
      previousHash = hash
      sealed += 1
    }
  }
}

/**
 * After an entry is written: seal it once its transaction has had a moment to commit (an entry not
 * visible yet is sealed by the next run, or by the job).
 */
export const sealSoon: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create') setTimeout(() => void sealAuditLog(req.payload), 250).unref()
  return doc
}

/** Where the chain is broken, in words an auditor can act on. */
export type ChainReport = {
  ok: boolean
  /** Entries checked in the database. */
  checked: number
  /** First and last sequence checked. */
  range?: [number, number]
  /** Entries not sealed yet (written in the last moments, or the sealer has not run). */
  unsealed: number
  /** Archive files checked, with the link from the newest one to the first entry kept. */
  archives: number
  problem?: { sequence?: number; id?: number | string; message: string }
  notes: string[]
}

/** Recomputes every link of the chain, and of the archive files found beside it. */
export async function verifyAuditChain(payload: Payload, { dir = archiveDir() } = {}): Promise<ChainReport> {
  const report: ChainReport = { ok: true, checked: 0, unsealed: 0, archives: 0, notes: [] }
  const fail = (problem: ChainReport['problem']): ChainReport => ({ ...report, ok: false, problem })

  const archived = readArchives(dir)
  report.archives = archived.files
  if (archived.problem) return fail({ message: archived.problem })

  let expectedSequence: number | undefined
  let previousHash: string | undefined
  let page = 1
  for (;;) {
    const { docs, hasNextPage } = await payload.db.find<Entry>({
      collection: 'audit-log',
      where: { sequence: { exists: true } },
      sort: 'sequence',
      limit: 1000,
      page,
    })
    for (const entry of docs) {
      const sequence = entry.sequence!
      if (expectedSequence === undefined) {
        // The first entry kept: the chain's start, or the entry after the newest archive.
        if (sequence === 1) {
          if (entry.previousHash !== GENESIS)
            return fail({ sequence, id: entry.id, message: 'The first entry does not start the chain.' })
        } else if (archived.last && archived.last.sequence === sequence - 1) {
          if (entry.previousHash !== archived.last.hash) {
            return fail({
              sequence,
              id: entry.id,
              message: `Entry #${sequence} does not follow the newest archive file.`,
            })
          }
        } else {
          report.notes.push(
            `Entries before #${sequence} are not in the database${archived.files ? ' nor in the archive files found' : ''}: they were archived elsewhere, or removed.`,
          )
        }
      } else if (sequence !== expectedSequence) {
        return fail({
          sequence: expectedSequence,
          message: `Entry #${expectedSequence}${sequence > expectedSequence + 1 ? `–#${sequence - 1}` : ''} is missing: the chain jumps to #${sequence}.`,
        })
      } else if (entry.previousHash !== previousHash) {
        return fail({ sequence, id: entry.id, message: `Entry #${sequence} does not point at entry #${sequence - 1}.` })
      }
      if (entryHash(entry, sequence, entry.previousHash ?? '') !== entry.hash) {
        return fail({
          sequence,
          id: entry.id,
          message: `Entry #${sequence} (id ${entry.id}) was changed after it was written: its content no longer matches its hash.`,
        })
      }
      report.range = [report.range?.[0] ?? sequence, sequence]
      report.checked += 1
      expectedSequence = sequence + 1
      previousHash = entry.hash ?? undefined
    }
    if (!hasNextPage) break
    page += 1
  }
  report.unsealed = (
    await payload.db.count({ collection: 'audit-log', where: { sequence: { exists: false } } })
  ).totalDocs
  return report
}

type ArchiveLine = { sequence: number; hash: string; previousHash: string } & Entry

/** Checks each archive file against its .sha256 and its own chain; the newest file's last entry. */
function readArchives(dir: string): { files: number; last?: ArchiveLine; problem?: string } {
  if (!fs.existsSync(dir)) return { files: 0 }
  const files = fs
    .readdirSync(dir)
    .filter((name) => /^audit-\d+-\d+\.jsonl$/.test(name))
    .sort((a, b) => Number(/^audit-(\d+)/.exec(a)![1]) - Number(/^audit-(\d+)/.exec(b)![1]))
  let last: ArchiveLine | undefined
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(dir, name))
    const expected = fs.existsSync(path.join(dir, `${name}.sha256`))
      ? fs.readFileSync(path.join(dir, `${name}.sha256`), 'utf8').split(/\s/)[0]
      : undefined
    if (expected !== createHash('sha256').update(bytes).digest('hex')) {
      return { files: files.length, problem: `The archive file ${name} does not match its checksum (${name}.sha256).` }
    }
    for (const line of bytes.toString('utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as ArchiveLine
      if (last && (entry.sequence !== last.sequence + 1 || entry.previousHash !== last.hash)) {
        return {
          files: files.length,
          problem: `The archive file ${name} breaks the chain at entry #${entry.sequence}.`,
        }
      }
      if (entryHash(entry, entry.sequence, entry.previousHash) !== entry.hash) {
        return { files: files.length, problem: `Entry #${entry.sequence} in ${name} does not match its hash.` }
      }
      last = entry
    }
  }
  return { files: files.length, last }
}

/**
 * Moves the sealed entries older than the retention period to an archive file (JSON lines, one entry
 * each, with a .sha256 beside it), then removes them from the database, in that order: nothing is
 * removed that is not in a file first. Records the archiving in the log itself.
 */
export async function archiveAuditLog(
  payload: Payload,
  { req, now = new Date() }: { req?: PayloadRequest; now?: Date } = {},
) {
  await sealAuditLog(payload)
  const before = new Date(now.getTime() - retentionDays() * 86_400_000).toISOString()
  const { docs } = await payload.db.find<Entry>({
    collection: 'audit-log',
    where: { and: [{ createdAt: { less_than: before } }, { sequence: { exists: true } }] },
    sort: 'sequence',
    limit: 0,
    pagination: false,
  })
  // The newest sealed entry always stays: the next entry is chained to it.
  const newest = await newestSealed(payload)
  // Only a run of consecutive entries from the start of what is kept, so the chain stays whole.
  const run: Entry[] = []
  for (const entry of docs) {
    if (entry.sequence === newest?.sequence) break
    if (run.length && entry.sequence !== run[run.length - 1]!.sequence! + 1) break
    run.push(entry)
  }
  if (!run.length) return { archived: 0 }
  const first = run[0]!.sequence!
  const last = run[run.length - 1]!.sequence!
  const dir = archiveDir()
  fs.mkdirSync(dir, { recursive: true })
  const name = `audit-${String(first).padStart(9, '0')}-${String(last).padStart(9, '0')}.jsonl`
  const body = run.map((entry) => JSON.stringify({ ...entry, user: idOf(entry.user) })).join('\n') + '\n'
  const checksum = createHash('sha256').update(body).digest('hex')
  fs.writeFileSync(path.join(dir, `${name}.tmp`), body)
  fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name))
  fs.writeFileSync(path.join(dir, `${name}.sha256`), `${checksum}  ${name}\n`)
  await payload.db.deleteMany({
    collection: 'audit-log',
    where: { and: [{ sequence: { greater_than_equal: first } }, { sequence: { less_than_equal: last } }] },
  })
  await recordAudit(
    payload,
    {
      action: 'archive',
      collectionSlug: 'audit-log',
      documentTitle: `Entries #${first}–#${last} (older than ${retentionDays()} days) moved to ${name}, SHA-256 ${checksum}`,
    },
    { req },
  )
  return { archived: run.length, file: path.join(dir, name), checksum }
}

/** Every minute: seals what the sealer after each entry could not (another instance, a late commit). */
export const sealAuditLogTask: TaskConfig<{ input: object; output: { sealed: number } }> = {
  slug: 'sealAuditLog',
  label: 'Seal new audit entries into the hash chain',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { sealed: await sealAuditLog(req.payload) } }),
}

/** Daily: entries past the retention period go to an archive file with its checksum. */
export const archiveAuditLogTask: TaskConfig<{ input: object; output: { archived: number } }> = {
  slug: 'archiveAuditLog',
  label: 'Archive audit entries past the retention period',
  schedule: [{ cron: '0 15 4 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { archived: (await archiveAuditLog(req.payload, { req })).archived } }),
}
