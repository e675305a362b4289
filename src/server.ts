/**
 * The HTTP server: Express in front of Payload's REST and GraphQL handlers and of Next.js, which
 * serves the admin panel. Read createApp top to bottom: it is the list of steps a request goes
 * through, in order — first those answered before Express, then Express's middleware.
 */
import 'dotenv/config'

import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'

import compression from 'compression'
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import helmet from 'helmet'
import type { Payload } from 'payload'

import { apiCache } from './delivery/cache/responseCache'
import { apiDocsPage } from './delivery/apiDocs/docsPage'
import { ConfigError, currentDatabase, projectRoot } from './env'
import { accountRateLimits, graphQLAccountLimits } from './workflow/accounts/accountLimits'
import { apiCacheMiddleware, graphQLCacheHits, graphQLCacheMiddleware } from './delivery/cache/apiCache'
import { authenticateRequest } from './http/authenticate'
import { databaseOutage } from './database/databaseOutage'
import { errorHandler, notFound } from './http/errors'
import { feeds } from './delivery/feeds/routes'
import { healthz, readyz } from './http/health'
import { createMetrics } from './http/metrics'
import { graphQLSchemaFile, payloadGraphQL, payloadRest, prepareGraphQL } from './http/payloadApi'
import { createRateLimits, type RateLimits } from './http/rateLimits'
import { connectSharedState } from './database/redis'
import { apiCors } from './http/cors'
import { sessionLimits } from './workflow/accounts/sessions'
import { createInquiryChallenge, type InquiryChallenge } from './promotion/Inquiries/challenge'
import { readModelEnabled, readModelServer } from './delivery/readModel/fastPath'
import { readRequestBody } from './http/requestBody'
import { requestLog } from './http/requestLog'
import { requestTimeout } from './http/requestTimeout'
import { handleShutdown } from './database/shutdown'
import { startPayload } from './database/startPayload'
import { trustProxySetting } from './http/trustProxy'
import { uploadedFiles } from './http/uploadedFiles'
import { validateApiRequest } from './http/validateApiRequest'

export type AppOptions = {
  payload: Payload
  /** Next.js's request handler for the admin panel; without it only the API is served. */
  admin?: RequestHandler
  /** Rate limiters; in-memory ones when not given (main() passes Redis-backed ones with REDIS_URL). */
  rateLimits?: RateLimits
  /** Answer anonymous list reads from the read model (src/delivery/readModel); READ_MODEL=off says no. */
  readModel?: boolean
  /** The inquiry form's challenge; its used solutions in memory when not given (main() shares them in Redis). */
  inquiryChallenge?: InquiryChallenge
}

/** The application: Express, and the request handler that tries the answers given before it first. */
export type App = { express: Express; handle: (req: IncomingMessage, res: ServerResponse) => void }

export function createApp({
  payload,
  admin,
  rateLimits = createRateLimits(),
  readModel = readModelEnabled(),
  inquiryChallenge = createInquiryChallenge({ secret: payload.secret }),
}: AppOptions): App {
  const app = express()
  const apiRoute = payload.config.routes.api
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY))
  app.set('etag', false)

  // GraphQL cache hits are answered first, as REST hits are before Express (see apiCache.ts).
  app.post(`${apiRoute}/graphql`, graphQLCacheHits(rateLimits.graphql))
  app.use(requestLog())
  app.use(
    helmet({
      // The admin panel (Next.js) needs inline scripts and styles, so scripts are not restricted here;
      // the policy still forbids plugins, foreign <base> and form targets, and framing by other sites.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use(compression())

  // Staff sessions past their absolute limit end here, for the API and the panel alike (sessions.ts).
  app.use(sessionLimits(payload, { apiRoute }))
  app.get('/healthz', healthz)
  app.get('/readyz', readyz(payload))
  // Prometheus, for operators: behind METRICS_TOKEN (see http/metrics.ts).
  const metrics = createMetrics(payload)
  app.get('/metrics', metrics.handler)

  const outage = databaseOutage(payload)
  const timeout = requestTimeout()
  app.use(apiRoute, apiContentSecurityPolicy)
  app.use(apiRoute, apiCors(payload))
  // The API reference page, from installed assets (src/delivery/apiDocs).
  app.use(apiRoute, apiDocsPage(apiRoute))
  app.use(apiRoute, timeout)
  app.use(apiRoute, authenticateRequest(payload))
  // API keys and staff have budgets of their own; anonymous readers are limited per address where it matters.
  app.use(apiRoute, rateLimits.principals)
  // The inquiry form's anti-robot challenge: a new one each time, never cached.
  app.get(`${apiRoute}/inquiries/challenge`, inquiryChallenge.issue)
  app.use(apiRoute, validateApiRequest(payload.config, payload.db.defaultIDType))
  app.use(apiRoute, readRequestBody())
  app.use(apiRoute, uploadedFiles(payload.config))
  app.use(apiRoute, outage.guard)
  app.use(apiRoute, apiCacheMiddleware(payload))
  const readModelAnswers = readModel ? readModelServer(payload, outage) : undefined
  if (readModelAnswers) app.get(`${apiRoute}/:collection`, readModelAnswers.reads)
  app.use(apiRoute, accountRateLimits(payload, rateLimits))
  app.post(`${apiRoute}/inquiries`, inquiryChallenge.gate, rateLimits.inquiries)
  app.get(`${apiRoute}/graphql/schema.graphql`, graphQLSchemaFile(payload.config))
  app.post(
    `${apiRoute}/graphql`,
    rateLimits.graphql,
    graphQLCacheMiddleware(payload),
    graphQLAccountLimits(rateLimits),
    payloadGraphQL(payload.config, outage),
  )
  app.all(`${apiRoute}/{*path}`, payloadRest(payload.config, outage))
  app.all(apiRoute, payloadRest(payload.config, outage))

  app.get('/feeds/{*path}', timeout, outage.guard, feeds(payload))

  if (admin) app.all('/{*path}', admin)
  else app.use(notFound)

  app.use(outage.errors)
  app.use(errorHandler)

  // Before Express, in this order (every request timed first, for /metrics): the response cache's hits (src/delivery/cache/responseCache.ts),
  // then the read model's answers it has learned to give (src/delivery/readModel/fastPath.ts), which
  // hand anything else over to Express. Neither is in the request log, nor compressed.
  const cache = apiCache()
  const toExpress = (req: IncomingMessage, res: ServerResponse) => app(req, res)
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    metrics.observe(req, res)
    if (cache.tryServe(req, res)) return
    if (readModelAnswers?.fastPath(req, res, () => toExpress(req, res))) return
    toExpress(req, res)
  }
  return { express: app, handle }
}

/**
 * API answers are data, never a page: nothing in them may run, load or be framed. (The API reference
 * page, /api/docs, sets a policy of its own: it loads its viewer from this server.)
 */
function apiContentSecurityPolicy(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
  next()
}

/** Starts Next.js (the admin panel) inside this process. */
async function startAdmin(dev: boolean): Promise<RequestHandler> {
  const { default: next } = await import('next')
  const nextApp = next({ dev, dir: projectRoot(), quiet: !dev })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  return (req, res) => void handle(req, res)
}

export function listen(app: App, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app.handle)
    // Idle keep-alive connections outlive a load balancer's (60 s is common) and clients' (undici: 4 s):
    // the client closes first, so a request is never sent on a socket the server is closing (ECONNRESET
    // for the client, a 502 from the balancer). Node's default, 5 s, lost that race under load.
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 66_000
    server.listen(port, host ?? '0.0.0.0')
    server.once('listening', () => resolve(server))
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            `Port ${port} is already in use. Stop the other program, or start this one with another port: PORT=${port + 1} npm run dev`,
          ),
        )
      } else if (error.code === 'EACCES') {
        reject(
          new ConfigError(`Port ${port} needs privileges this user does not have. Use a port above 1024 (PORT=3000).`),
        )
      } else reject(error)
    })
  })
}

async function main(): Promise<void> {
  if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('--conditions=production')) {
    // Without it, Node 20 can deadlock while loading Lexical's ESM entry points (see README).
    console.warn(
      '⚠ Start the server with `npm run dev` or `npm start` (they set NODE_OPTIONS=--conditions=production).',
    )
  }
  const dev = process.env.NODE_ENV !== 'production'
  const serveAdmin = process.env.SERVE_ADMIN !== 'false'
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number between 0 and 65535, not "${process.env.PORT}".`)
  }
  const log = (message: string) => console.log(message)
  const { default: config } = await import('./payload.config')
  const database = currentDatabase()
  const payload = await startPayload({
    config,
    runJobs: process.env.JOBS_RUNNER !== 'off',
    seedWhenEmpty:
      process.env.SEED_ON_START === 'true' || (process.env.SEED_ON_START !== 'false' && database.kind === 'sqlite'),
    log,
  })
  const shared = await connectSharedState()
  const rateLimits = createRateLimits({ redis: shared.redis })
  const inquiryChallenge = createInquiryChallenge({ secret: payload.secret, redis: shared.redis })
  const admin = serveAdmin ? await startAdmin(dev) : undefined
  prepareGraphQL(payload.config)
  const server = await listen(createApp({ payload, admin, rateLimits, inquiryChallenge }), port, process.env.HOST)
  handleShutdown({
    what: 'the server',
    server,
    payload: () => payload,
    closeOthers: shared.close,
  })
  log(
    `Jinqiao CMS ready on http://localhost:${port} (${dev ? 'development' : 'production'}, ${database.kind} database${admin ? ', admin at /admin' : ', API only'}, jobs runner ${process.env.JOBS_RUNNER === 'off' ? 'off' : 'on'}).`,
  )
}

/** Startup failures end in one line that says what is wrong and how to fix it. */
export function reportStartupFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`✖ ${error.message}`)
  } else {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`✖ The server could not start: ${message.split('\n')[0]}`)
    if (process.env.DEBUG_STARTUP === 'true') console.error(error)
    else console.error('  (set DEBUG_STARTUP=true for the full error)')
  }
  process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch(reportStartupFailure)
}
