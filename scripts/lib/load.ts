/**
 * What the benchmarks share: servers in processes of their own (killed when the bench stops, however it
 * stops), their resident memory, and the load generator — wrk when installed, autocannon otherwise.
 */
import fs from 'node:fs'
import { execFile, spawn, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import autocannon from 'autocannon'

import { freePort } from './freePort'

const execFileAsync = promisify(execFile)

export type Started = { base: string; stop: () => Promise<void>; rssMiB: () => number | undefined }
export type Row = { name: string; rps: number; p50: number; p99: number; errors: number; bytes: number }
export type RequestOptions = {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** wrk only: Lua added to its script (for example a `request` function that walks a list of paths). */
  lua?: string
  /** How long to run, when not the generator's `seconds`. */
  seconds?: number
}

/** A process's resident memory in MiB (Linux: /proc), undefined elsewhere. */
export const rssOf = (pid: number | undefined): number | undefined => {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kib ? Math.round(Number(kib) / 1024) : undefined
  } catch {
    return undefined
  }
}

/** Every server started, so that none outlives the bench when it stops on an error. */
const children = new Set<ReturnType<typeof spawn>>()
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

/** Spawns a server process on a free port and waits until `probePath` answers 200. */
export async function startProcess(
  name: string,
  args: (port: number) => string[],
  env: Record<string, string>,
  probePath: string,
): Promise<Started> {
  const port = await freePort()
  const child = spawn(process.execPath, args(port), {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  children.add(child)
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const base = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${stderr}`)
    const ok = await fetch(`${base}${probePath}`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return { base, stop, rssMiB: () => rssOf(child.pid) }
    await sleep(500)
  }
  await stop()
  throw new Error(`${name} did not answer within 2 minutes:\n${stderr}`)
}

/**
 * Our API alone (`npm run start:api`: Express, no Next, no jobs runner), with the response cache on or off,
 * and the read model on (the default) or off (every read through Payload's query).
 */
export const startApi = (cache: 'on' | 'off', readModel: 'on' | 'off' = 'on', env: Record<string, string> = {}) =>
  startProcess(
    `the API (cache ${cache}, read model ${readModel})`,
    () => ['--no-deprecation', '--conditions=production', '--import', 'tsx', 'src/server.ts'],
    {
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      SERVE_ADMIN: 'false',
      JOBS_RUNNER: 'off',
      SEED_ON_START: 'false',
      API_CACHE: cache,
      READ_MODEL: readModel,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      ...env,
    },
    '/readyz',
  )

/** Signs a staff account in on a started server; its JWT, or an error saying who could not sign in. */
export async function signIn(server: Started, account: { email: string; password: string }): Promise<string> {
  const login = await fetch(`${server.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`${account.email} could not sign in (${login.status})`)
  return token
}

/** wrk's "Latency Distribution" figure, in ms. */
const ms = (value: string): number => {
  const [, n, unit] = /^([\d.]+)(us|ms|s)$/.exec(value) ?? []
  const exact = unit === 'us' ? Number(n) / 1000 : unit === 's' ? Number(n) * 1000 : Number(n)
  return Math.round(exact * 100) / 100
}

/**
 * The load generator at 50 connections for `seconds` per target. wrk (C, Debian's wrk package) when
 * installed: one thread drives node:http at 40–50k req/s on this machine, where autocannon inside the
 * bench's own Node process tops out near 13–21k and would make every fast target look alike. autocannon
 * otherwise, said so in `generator`.
 */
export function loadGenerator({ seconds, dir }: { seconds: number; dir: string }) {
  // `wrk -v` prints its version and exits 1; when wrk is not installed, spawning it fails (ENOENT).
  const wrkVersion = spawnSync('wrk', ['-v'], { encoding: 'utf8' })
  const wrkInstalled = !wrkVersion.error
  const generator = wrkInstalled
    ? `wrk (one thread, ${wrkVersion.stdout.split('\n')[0]?.trim() || 'wrk'})`
    : 'autocannon in the bench process (install wrk for an honest ceiling: apt-get install wrk)'

  const runWrk = async (url: string, opts: RequestOptions): Promise<Omit<Row, 'name'>> => {
    // --timeout 10s: autocannon's default, so that an error counts the same with either generator.
    const args = ['-t1', '-c50', `-d${opts.seconds ?? seconds}s`, '--timeout', '10s', '--latency']
    const lua = [
      opts.lua ?? '',
      opts.method === 'POST' ? 'wrk.method = "POST"' : '',
      opts.body ? `wrk.body = ${JSON.stringify(opts.body)}` : '',
      ...Object.entries(opts.headers ?? {}).map(
        ([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`,
      ),
    ].filter(Boolean)
    if (lua.length) {
      const script = path.join(dir, 'request.lua')
      fs.writeFileSync(script, `${lua.join('\n')}\n`)
      args.push('-s', script)
    }
    // Not blocking: the bench may act meanwhile (publish, for the mixed load).
    const { stdout: out } = await execFileAsync('wrk', [...args, url], { encoding: 'utf8' })
    const pick = (re: RegExp) => re.exec(out)?.[1]
    const requests = Number(pick(/(\d+) requests in/) ?? 0)
    const bytesRead = pick(/requests in [\d.]+\w+, ([\d.]+\w+) read/) ?? '0B'
    const [, n, unit] = /^([\d.]+)(B|KB|MB|GB)$/.exec(bytesRead) ?? ['', '0', 'B']
    const bytes = Number(n) * { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[unit as 'B']
    const socketErrors = [...(pick(/Socket errors: (.*)/) ?? '').matchAll(/\d+/g)].reduce((a, m) => a + Number(m[0]), 0)
    return {
      rps: Math.round(Number(pick(/Requests\/sec:\s+([\d.]+)/) ?? 0)),
      p50: ms(pick(/50%\s+(\S+)/) ?? '0ms'),
      p99: ms(pick(/99%\s+(\S+)/) ?? '0ms'),
      errors: Number(pick(/Non-2xx or 3xx responses: (\d+)/) ?? 0) + socketErrors,
      bytes: requests ? Math.round(bytes / requests) : 0,
    }
  }

  /** Measures one target and prints its line. */
  const run = async (name: string, url: string, opts: RequestOptions = {}): Promise<Row> => {
    let measured: Omit<Row, 'name'>
    if (wrkInstalled) {
      measured = await runWrk(url, opts)
    } else {
      const { lua: _lua, seconds: duration = seconds, ...request } = opts
      const result = await autocannon({ url, connections: 50, duration, ...request })
      measured = {
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
      }
    }
    const row = { name, ...measured }
    console.log(
      `${name.padEnd(52)} ${String(row.rps).padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms   errors ${row.errors}`,
    )
    return row
  }
  return { run, generator, wrkInstalled }
}
