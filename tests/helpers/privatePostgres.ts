import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from '../../scripts/lib/freePort'

const run = promisify(execFile)

/** The newest PostgreSQL server binaries on this machine (PG_BIN overrides), or undefined. */
function postgresBinDir(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return undefined
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions.length ? path.join(root, versions[0], 'bin') : undefined
}

/** Why a private PostgreSQL cannot be started here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  if (!postgresBinDir()) return 'no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql or PG_BIN'
  if (process.getuid?.() === 0 && !fs.existsSync('/usr/sbin/runuser') && !fs.existsSync('/sbin/runuser')) {
    return 'running as root without runuser (PostgreSQL refuses to run as root)'
  }
  return undefined
}

export type PrivatePostgres = {
  port: number
  /** Connection string for a database on this instance (trust authentication, user postgres). */
  url: (database?: string) => string
  start: () => Promise<void>
  /** `fast` disconnects clients and shuts down cleanly; `immediate` is the closest thing to a crash. */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>
  restart: () => Promise<void>
  /**
   * Freezes every process of the instance (SIGSTOP): connections stay open but nothing answers, as
   * when the database host hangs or the network drops packets. thaw() resumes them (SIGCONT).
   */
  freeze: () => Promise<void>
  thaw: () => Promise<void>
  /** Stops the instance (if running) and deletes its files. */
  destroy: () => Promise<void>
}

/**
 * A PostgreSQL instance of the test's own, on a free port, in a temporary folder: stopping it
 * disturbs no other database. Created stopped; call start(). As root, the server binaries run as
 * the `postgres` user (PostgreSQL refuses root).
 */
export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const reason = privatePostgresUnavailable()
  if (reason) throw new Error(`Cannot start a private PostgreSQL: ${reason}.`)
  const bin = postgresBinDir()!
  const asRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-pg-'))
  const data = path.join(dir, 'data')
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    fs.chownSync(dir, Number(stdout.trim()), Number(gid.trim()))
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { cwd: dir })
      : run(path.join(bin, tool), args, { cwd: dir })

  const port = await freePort()
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=50',
  ].join(' ')
  let running = false
  // Should the test process end without destroy(), the instance is not left running.
  process.once('exit', () => {
    if (!running) return
    const args = [path.join(bin, 'pg_ctl'), 'stop', '-D', data, '-m', 'immediate']
    try {
      if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'ignore' })
      else execFileSync(args[0], args.slice(1), { stdio: 'ignore' })
    } catch {
      // already stopped
    }
  })
  const start = async () => {
    await pg('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', path.join(dir, 'server.log'), '-o', options])
    running = true
  }
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pg('pg_ctl', ['stop', '-w', '-t', '60', '-D', data, '-m', mode])
    running = false
  }
  /** The postmaster (first line of postmaster.pid) and its children: this instance's processes only. */
  const processes = (): number[] => {
    const postmaster = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
    const children = fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // /proc/<pid>/stat: "pid (name) state ppid …"; the name may contain spaces.
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
        } catch {
          return false
        }
      })
      .map(Number)
    return [postmaster, ...children]
  }
  const signal = (name: 'SIGSTOP' | 'SIGCONT') => {
    for (const pid of processes()) {
      try {
        process.kill(pid, name)
      } catch {
        // gone meanwhile
      }
    }
  }
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    restart: async () => {
      await stop()
      await start()
    },
    freeze: async () => signal('SIGSTOP'),
    thaw: async () => signal('SIGCONT'),
    destroy: async () => {
      if (running) {
        signal('SIGCONT')
        await stop('immediate').catch(() => undefined)
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
