#!/usr/bin/env node
/**
 * `npm run migrate:create -- <name>`: writes a migration for each relational adapter (SQLite and
 * PostgreSQL) from the difference between the config and the last committed migration.
 * PostgreSQL needs a server to connect to: MIGRATE_POSTGRES_URL (default: the local test server).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2] || 'schema'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-migrate-'))
const targets = [
  ['sqlite', `file:${path.join(scratch, 'migrate.db')}`],
  ['postgres', process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'],
]
let failed = false
for (const [kind, url] of targets) {
  console.log(`\n── ${kind} ──`)
  const result = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_OPTIONS: '--no-deprecation --conditions=production',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migrate',
    },
  })
  if (result.status !== 0) failed = true
}
fs.rmSync(scratch, { recursive: true, force: true })
process.exit(failed ? 1 : 0)
