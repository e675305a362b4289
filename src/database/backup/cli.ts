/**
 * `npm run backup [-- --out <folder>]`: the database named by DATABASE_URL (embedded SQLite or
 * PostgreSQL) and the media folder (MEDIA_DIR) into backups/jinqiao-<UTC time>.tar.gz.
 * `npm run restore -- <archive> [--force]`: puts them back (see ./index.ts for what is checked first).
 */
import 'dotenv/config'

import fs from 'node:fs'
import path from 'node:path'

import { ConfigError, currentDatabase, mediaDir, projectRoot } from '../../env'
import { s3Settings } from '../storage'
import {
  BackupError,
  type CollectionTable,
  collectionTables,
  createBackup,
  installedPayloadVersion,
  MONGODB_BACKUP_HELP,
  restoreBackup,
} from './index'

/** The collections and their tables, from the config (which needs a secret to load, not the real one). */
async function readCollections(): Promise<CollectionTable[]> {
  process.env.PAYLOAD_SECRET ||= 'backup-reads-the-config-only'
  return collectionTables(await (await import('../../payload.config')).default)
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function backup(args: string[]) {
  const database = currentDatabase()
  if (database.kind === 'mongodb') throw new BackupError(MONGODB_BACKUP_HELP)
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : process.env.BACKUP_DIR
  const mediaOnS3 = Boolean(s3Settings())
  const { archive, manifest } = await createBackup({
    database,
    mediaDir: mediaDir(),
    outDir: path.resolve(projectRoot(), out || 'backups'),
    collections: await readCollections(),
    payloadVersion: installedPayloadVersion(),
    mediaOnS3,
  })
  const documents = Object.entries(manifest.collections)
    .filter(([, count]) => count !== null)
    .map(([slug, count]) => `${slug} ${count}`)
    .join(', ')
  const shown = archive.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), archive) : archive
  console.log(`✔ Backup written: ${shown} (${megabytes(fs.statSync(archive).size)})`)
  console.log(`  ${database.kind} database — ${documents}`)
  console.log(
    mediaOnS3
      ? `  media: on S3 (bucket ${process.env.S3_BUCKET}), not in the archive — back the bucket up with its versioning or replication`
      : `  media: ${manifest.media.files} file(s), ${megabytes(manifest.media.bytes)} from ${mediaDir()}`,
  )
}

async function restore(args: string[]) {
  const archive = args.find((arg) => !arg.startsWith('--'))
  if (!archive) throw new BackupError('Name the archive: npm run restore -- backups/jinqiao-<time>.tar.gz [--force]')
  const database = currentDatabase()
  const manifest = await restoreBackup({ archive, database, mediaDir: mediaDir(), force: args.includes('--force') })
  console.log(
    `✔ Restored the backup of ${manifest.createdAt} (Payload ${manifest.payloadVersion}) into the ${database.kind} database`,
  )
  console.log(
    manifest.media.storage === 'disk'
      ? `  and ${manifest.media.files} media file(s) into ${mediaDir()}.`
      : '  (its media are on S3: the media folder was left as it is).',
  )
  console.log('  Start the server: in production it applies any migration newer than the backup.')
}

const [command, ...args] = process.argv.slice(2)
try {
  if (command === 'backup') await backup(args)
  else if (command === 'restore') await restore(args)
  else throw new BackupError('Usage: npm run backup | npm run restore -- <archive> [--force]')
  process.exit(0)
} catch (error) {
  const known = error instanceof BackupError || error instanceof ConfigError
  console.error(`✖ ${known ? (error as Error).message : (error as Error).stack}`)
  process.exit(1)
}
