import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { type DatabaseKind, resolveDatabase } from '../../src/env'

export type TestPayload = {
  payload: Payload
  kind: DatabaseKind
  /** This file's database (DATABASE_URL for a server process spawned on the same data). */
  url: string
  /** Folder for this test file's uploads (and SQLite database). */
  dir: string
  close: () => Promise<void>
}

/** The database a test file runs on: DATABASE_URL if set (PostgreSQL or MongoDB), else embedded SQLite. */
export const testDatabaseKind = (): DatabaseKind => resolveDatabase(process.env.DATABASE_URL).kind

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/**
 * Boots Payload for one test file on a database of its own: a fresh SQLite file, or a freshly
 * created PostgreSQL / MongoDB database derived from DATABASE_URL and dropped afterwards, so that
 * runs and files never see each other's data.
 */
let started = false

export async function startTestPayload({
  baseUrl = process.env.DATABASE_URL,
  cron = false,
}: { baseUrl?: string; cron?: boolean } = {}): Promise<TestPayload> {
  // The config module (and so the database it names) is evaluated once per test file.
  if (started)
    throw new Error('startTestPayload() can be called once per test file; put the test in a file of its own.')
  started = true
  const target = resolveDatabase(baseUrl)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-test-'))
  const dbName = `jq_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  let url: string
  let dropDatabase = async () => {}

  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: target.url })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${dbName}"`)
    await admin.end()
    url = withDatabaseName(target.url, dbName)
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: target.url })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
      await client.end()
    }
  } else if (target.kind === 'mongodb') {
    url = withDatabaseName(target.url, dbName)
    dropDatabase = async () => {
      const { default: mongoose } = await import('mongoose')
      const connection = await mongoose.createConnection(url).asPromise()
      await connection.dropDatabase()
      await connection.close()
    }
  } else {
    url = `file:${path.join(dir, 'test.db')}`
  }

  process.env.DATABASE_URL = url
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const [{ default: config }, { getPayload }, { closeDatabase }] = await Promise.all([
    import('../../src/payload.config'),
    import('payload'),
    import('../../src/database/closeDatabase'),
  ])
  const payload = await getPayload({ config, cron })
  if (baseUrl !== undefined) process.env.DATABASE_URL = baseUrl
  else delete process.env.DATABASE_URL

  return {
    payload,
    kind: target.kind,
    url,
    dir,
    close: async () => {
      await closeDatabase(payload)
      await dropDatabase()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Creates a staff account with the given role and returns it with `collection` set, as req.user.
 * The first account of a database always becomes an admin (see makeFirstUserAdmin).
 */
export async function createStaff(
  payload: Payload,
  role: 'admin' | 'editor' | 'publisher',
  email = `${role}-${crypto.randomBytes(3).toString('hex')}@test.local`,
) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery', role, name: role },
  })
  return { ...user, collection: 'users' as const }
}
