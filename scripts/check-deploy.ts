/**
 * `npm run check:deploy`: what can be checked of the Docker deployment without a Docker engine.
 *  1. docker-compose.yml is valid YAML and valid against the Compose Specification's JSON schema (the
 *     copy that the dclint package ships), then passes dclint's rules (ordering rules aside);
 *  2. the Dockerfile passes dockerfile-utils' linter (the one behind VS Code's Docker support);
 *  3. the project's own promises hold: MongoDB runs as a replica set that initiates itself, the app
 *     runs as a non-root user with a health check on /readyz, data and media live in named volumes,
 *     and the production profile runs the jobs worker as a service of its own while the app runs none.
 * Exits 1 with one line per problem. Arguments, both optional: another compose file and Dockerfile.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { Ajv } from 'ajv'
import { DCLinter } from 'dclint'
import { DockerfileParser, type Instruction } from 'dockerfile-ast'
import { validate as lintDockerfile } from 'dockerfile-utils'
import { parseDocument } from 'yaml'

type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  profiles?: string[]
  environment?: Record<string, string | number | boolean | null> | string[]
  volumes?: (string | { type?: string; source?: string; target?: string })[]
  healthcheck?: { test?: string | string[]; disable?: boolean }
  depends_on?: string[] | Record<string, { condition?: string; required?: boolean }>
  user?: string
}
type Compose = { services?: Record<string, Service>; volumes?: Record<string, unknown> }

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
// Other files can be named (`check-deploy.ts <compose file> <Dockerfile>`), e.g. to try a change.
const composeFile = path.resolve(process.argv[2] ?? path.join(root, 'docker-compose.yml'))
const dockerFile = path.resolve(process.argv[3] ?? path.join(root, 'Dockerfile'))
const problems: string[] = []
const problem = (where: string, message: string) => problems.push(`${where}: ${message}`)
const passed: string[] = []

// ── 1. docker-compose.yml: YAML, the Compose Specification schema, dclint ─────────────────────────
const document = parseDocument(fs.readFileSync(composeFile, 'utf8'), { merge: true, prettyErrors: true })
if (document.errors.length) {
  for (const error of document.errors) console.error(`✖ docker-compose.yml: YAML: ${error.message}`)
  process.exit(1)
}
const compose = document.toJS({ maxAliasCount: 100 }) as Compose

// dclint's package exports do not list its schema file: find it beside the package's entry point.
let dclintDir = path.dirname(createRequire(import.meta.url).resolve('dclint'))
while (!fs.existsSync(path.join(dclintDir, 'package.json'))) dclintDir = path.dirname(dclintDir)
const { $schema: _draft, ...composeSchema } = JSON.parse(
  fs.readFileSync(path.join(dclintDir, 'schemas', 'compose.schema.json'), 'utf8'),
) as Record<string, unknown>
const ajv = new Ajv({ allErrors: true, strict: false })
const validateCompose = ajv.compile(composeSchema)
if (validateCompose(compose)) passed.push('docker-compose.yml matches the Compose Specification schema')
for (const error of validateCompose.errors ?? []) {
  problem('docker-compose.yml', `schema: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)
}

const dclint = new DCLinter({
  // Key and service order is a matter of taste; the anchors (x-cms) come first on purpose.
  rules: {
    'service-keys-order': 0,
    'services-alphabetical-order': 0,
    'service-dependencies-alphabetical-order': 0,
    'top-level-properties-order': 0,
  },
  quiet: true,
  debug: false,
  exclude: [],
})
const lintMessages = dclint.lintFiles([composeFile], false).flatMap((result) => result.messages)
for (const message of lintMessages) {
  problem(`docker-compose.yml:${message.line}`, `${message.message} (dclint ${message.rule})`)
}
if (!lintMessages.length) passed.push('docker-compose.yml passes dclint')

// ── 2. Dockerfile: dockerfile-utils' linter ─────────────────────────────────────────────────────────
const dockerfileText = fs.readFileSync(dockerFile, 'utf8')
const diagnostics = lintDockerfile(dockerfileText)
for (const diagnostic of diagnostics) {
  problem(`Dockerfile:${diagnostic.range.start.line + 1}`, `${diagnostic.message} (dockerfile-utils)`)
}
if (!diagnostics.length) passed.push('Dockerfile passes dockerfile-utils')

// ── 3. The project's promises ─────────────────────────────────────────────────────────────────────
/** Compose's variable interpolation (${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}), enough for these checks. */
function interpolate(value: unknown, env: Record<string, string>): string {
  return String(value ?? '').replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([^}]*))?\}/g,
    (_match, name: string, colon: string, operator: string, word: string) => {
      const set = name in env && (colon ? env[name] !== '' : true)
      if (operator === '-') return set ? env[name] : word
      if (operator === '+') return set ? word : ''
      if (operator === '?') return set ? env[name] : `<error: ${word}>`
      return env[name] ?? ''
    },
  )
}
const environmentOf = (service: Service | undefined, env: Record<string, string>): Record<string, string> => {
  const raw = service?.environment ?? {}
  const entries = Array.isArray(raw)
    ? raw.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)] as const)
    : Object.entries(raw)
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value, env)]))
}
const words = (command: Service['command']): string[] =>
  Array.isArray(command) ? command.map(String) : (command ?? '').split(/\s+/).filter(Boolean)
const activeServices = (profiles: string[]) =>
  Object.entries(compose.services ?? {}).filter(
    ([, service]) => !service.profiles?.length || service.profiles.some((p) => profiles.includes(p)),
  )
const namedVolumeAt = (service: Service | undefined, target: string): string | undefined => {
  for (const volume of service?.volumes ?? []) {
    const [source, mountedAt] =
      typeof volume === 'string'
        ? volume.split(':')
        : [volume.type === 'bind' ? undefined : volume.source, volume.target]
    if (mountedAt === target && source && !source.startsWith('.') && !source.startsWith('/')) return source
  }
  return undefined
}
function check(what: string, ok: boolean, failure: string) {
  if (ok) passed.push(what)
  else problem('docker-compose.yml / Dockerfile', `${what}: ${failure}`)
}

const services = compose.services ?? {}
const [appName, app] = Object.entries(services).find(([, service]) => service.build) ?? []
check('the app is built from the Dockerfile', Boolean(app), 'no service has `build: .`')

// MongoDB: a replica set that initiates itself, and the app connects to it as one.
const [mongoName, mongo] =
  Object.entries(services).find(([, service]) => /^mongo(:|$)/.test(String(service.image))) ?? []
const mongoCommand = words(mongo?.command)
const replicaSet = mongoCommand[mongoCommand.indexOf('--replSet') + 1]
check(
  'MongoDB runs as a replica set',
  Boolean(mongo && mongoCommand.includes('--replSet') && replicaSet),
  `the ${mongoName ?? 'mongo'} service needs \`command: [mongod, --replSet, <name>, --bind_ip_all]\``,
)
const initiates = Object.values(services).some((service) =>
  [...words(service.command), ...words(service.healthcheck?.test)].some(
    (word) => word.includes('rs.initiate') && word.includes(`'${replicaSet}'`),
  ),
)
check(
  'the replica set is initiated automatically',
  initiates,
  `no healthcheck or init service runs rs.initiate for '${replicaSet}'`,
)
const appEnv = environmentOf(app, { PAYLOAD_SECRET: 'x' })
check(
  'the app connects to the replica set',
  new RegExp(`^mongodb://${mongoName}(:\\d+)?/[^?]+\\?(.*&)?replicaSet=${replicaSet}(&|$)`).test(
    appEnv.DATABASE_URL ?? '',
  ),
  `DATABASE_URL is "${appEnv.DATABASE_URL}", expected mongodb://${mongoName}:27017/<db>?replicaSet=${replicaSet}`,
)
check(
  'the app waits for a healthy MongoDB',
  !Array.isArray(app?.depends_on) && app?.depends_on?.[mongoName ?? '']?.condition === 'service_healthy',
  `depends_on.${mongoName}.condition must be service_healthy`,
)

// Named volumes for the database and the media.
const volumes = Object.keys(compose.volumes ?? {})
const dataVolume = namedVolumeAt(mongo, '/data/db')
check(
  'database data in a named volume',
  Boolean(dataVolume && volumes.includes(dataVolume)),
  'mount a named volume (declared under top-level `volumes:`) at /data/db',
)
const mediaVolume = appEnv.MEDIA_DIR ? namedVolumeAt(app, appEnv.MEDIA_DIR) : undefined
check(
  'media in a named volume',
  Boolean(mediaVolume && volumes.includes(mediaVolume)),
  `mount a named volume at the app's MEDIA_DIR (${appEnv.MEDIA_DIR || 'unset'})`,
)

// The production profile: one worker service running src/worker.ts, and the app without a jobs runner.
const workers = (profiles: string[]) =>
  activeServices(profiles).filter(([, service]) =>
    words(service.command).some((word) => word.endsWith('src/worker.ts')),
  )
const production = { COMPOSE_PROFILES: 'production', JOBS_RUNNER: 'off', PAYLOAD_SECRET: 'x' }
const [workerName, worker] = workers(['production'])[0] ?? []
check(
  'the production profile runs the jobs worker as its own service',
  workers(['production']).length === 1 && workers([]).length === 0 && Boolean(worker?.profiles?.includes('production')),
  'exactly one service, in profile "production" only, must run src/worker.ts',
)
check(
  'the worker shares the app image, database and media',
  Boolean(worker && app) &&
    worker!.image === app!.image &&
    environmentOf(worker, production).DATABASE_URL === appEnv.DATABASE_URL &&
    namedVolumeAt(worker, appEnv.MEDIA_DIR ?? '') === mediaVolume,
  `${workerName ?? 'the worker'} needs the image, DATABASE_URL and media volume of ${appName}`,
)
check(
  'the worker does not inherit the HTTP health check',
  worker?.healthcheck?.disable === true || Boolean(worker?.healthcheck?.test),
  'the image health check asks /readyz, which the worker does not serve: disable or replace it',
)
check(
  'the app runs the jobs queue by default and not with the production settings',
  appEnv.JOBS_RUNNER !== 'off' && environmentOf(app, production).JOBS_RUNNER === 'off',
  'the app needs `JOBS_RUNNER: ${JOBS_RUNNER:-on}` (set JOBS_RUNNER=off with the production profile)',
)

// The image: multi-stage, non-root, health check on /readyz, node as PID 1.
const dockerfile = DockerfileParser.parse(dockerfileText)
const froms = dockerfile.getFROMs()
const lastFrom = froms[froms.length - 1]
const finalStage = dockerfile
  .getInstructions()
  .filter((instruction: Instruction) => instruction.getRange().start.line >= lastFrom.getRange().start.line)
const argumentsOf = (keyword: string) =>
  finalStage.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '')
check('the Dockerfile is multi-stage', froms.length >= 2, `${froms.length} FROM instruction(s)`)
check(
  'base images are pinned to a version tag',
  froms.every((from) => {
    const image = from.getImageName() ?? ''
    const tag = from.getImageTag()
    return (
      froms.some((stage) => stage.getBuildStage() === image) ||
      (tag !== null && tag !== 'latest') ||
      Boolean(from.getImageDigest())
    )
  }),
  'every FROM of a registry image needs a tag other than latest',
)
const user = argumentsOf('USER').pop()
check(
  'the app runs as a non-root user',
  Boolean(user) && !/^(root|0)(:|$)/.test(user!.trim()) && !app?.user,
  `the final stage's USER is ${user ?? 'unset'}${app?.user ? `, compose overrides it with ${app.user}` : ''}`,
)
// A named volume takes the owner of the folder it is mounted on: missing from the image, it is root's.
const chowned = argumentsOf('RUN').filter((run) => run.includes('chown'))
const mountTargets = (app?.volumes ?? []).map((volume) =>
  typeof volume === 'string' ? volume.split(':')[1] : (volume.target ?? ''),
)
const notOwned = mountTargets.filter((target) => !chowned.some((run) => run.includes(target)))
check(
  "the app's volume mount points belong to its user",
  notOwned.length === 0,
  `create and chown ${notOwned.join(', ')} in the final stage`,
)
const healthcheck = argumentsOf('HEALTHCHECK').pop() ?? ''
check(
  'the image has a health check on /readyz',
  /\bCMD\b/.test(healthcheck) && healthcheck.includes('/readyz') && !app?.healthcheck?.disable,
  `HEALTHCHECK is "${healthcheck || 'missing'}"`,
)
const cmd = argumentsOf('CMD').pop() ?? ''
check(
  'the server is PID 1 (exec-form CMD, no npm in between)',
  cmd.trim().startsWith('[') && cmd.includes('src/server.ts') && !cmd.includes('npm'),
  `CMD is ${cmd || 'missing'}`,
)

// ── Report ────────────────────────────────────────────────────────────────────────────────────────
for (const line of passed) console.log(`✔ ${line}`)
if (problems.length) {
  for (const line of problems) console.error(`✖ ${line}`)
  console.error(`\n${problems.length} problem(s) in the deployment files.`)
  process.exit(1)
}
console.log(`\nDeployment files OK (${passed.length} checks).`)
