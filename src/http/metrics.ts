import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import client from 'prom-client'

import { postgresPool } from '../database/pool'
import { apiCache } from '../delivery/cache/responseCache'

/** The kind of request, few enough values to be a label: no ids, slugs or query strings. */
export function routeClass(url: string, apiRoute = '/api'): string {
  const path = url.split('?')[0]!
  if (path === '/healthz' || path === '/readyz') return 'health'
  if (path === '/metrics') return 'metrics'
  if (path.startsWith('/feeds/')) return 'feeds'
  if (path.startsWith('/admin') || path.startsWith('/_next/')) return 'admin'
  if (!path.startsWith(`${apiRoute}/`) && path !== apiRoute) return 'other'
  const [first, second] = path.slice(apiRoute.length + 1).split('/')
  if (first === 'graphql') return 'graphql'
  if (second === 'file') return 'files'
  if (first === 'search' || first === 'sitemap') return first
  if (
    first === 'users' &&
    ['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password'].includes(second ?? '')
  )
    return 'auth'
  return 'rest'
}

/** Who answered: the response cache, the read model (both before Express), or the application. */
const answeredBy = (res: ServerResponse): string =>
  res.getHeader('x-cache') === 'HIT' ? 'cache' : res.getHeader('x-read-model') === 'hit' ? 'read-model' : 'app'

/** How long the oldest job that is due has waited, and how many wait (not done, not failed for good). */
async function jobsBacklog(payload: Payload): Promise<{ depth: number; lagSeconds: number }> {
  const now = new Date()
  const pending = { completedAt: { exists: false }, hasError: { not_equals: true } }
  // The server's own accounting (behind METRICS_TOKEN), not a read made for a user.
  const [{ totalDocs: depth }, oldest] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: pending, overrideAccess: true }),
    payload.find({
      collection: 'payload-jobs',
      where: {
        ...pending,
        or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }],
      },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const job = oldest.docs[0]
  const dueSince = job ? new Date(job.waitUntil ?? job.createdAt).getTime() : now.getTime()
  return { depth, lagSeconds: Math.max(0, (now.getTime() - dueSince) / 1000) }
}

/**
 * Prometheus metrics (prom-client): requests by route class, status and who answered (so the cache's
 * and the read model's hit ratios), the jobs queue's depth and lag, webhook deliveries that failed for
 * good, the PostgreSQL pool, and the process (memory, CPU, event loop). GET /metrics answers only with
 * `Authorization: Bearer <METRICS_TOKEN>`, and not at all while METRICS_TOKEN is unset.
 */
export function createMetrics(payload: Payload, token = process.env.METRICS_TOKEN?.trim() ?? '') {
  const register = new client.Registry()
  client.collectDefaultMetrics({ register })
  const apiRoute = payload.config.routes.api

  const requests = new client.Histogram({
    name: 'jinqiao_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route class, method, status and what answered it (cache, read-model, app).',
    labelNames: ['route', 'method', 'status', 'answered_by'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  })

  new client.Gauge({
    name: 'jinqiao_response_cache_entries',
    help: 'Answers held in this instance’s response cache.',
    registers: [register],
    collect() {
      this.set(apiCache().size)
    },
  })

  // Read once per scrape (in the handler), for the two gauges it feeds.
  let backlog = { depth: 0, lagSeconds: 0 }
  new client.Gauge({
    name: 'jinqiao_jobs_queue_depth',
    help: 'Jobs waiting or running (scheduled publications, webhook deliveries, notifications), failed ones aside.',
    registers: [register],
    collect() {
      this.set(backlog.depth)
    },
  })
  new client.Gauge({
    name: 'jinqiao_jobs_queue_lag_seconds',
    help: 'How long the oldest due job has waited: 0 when the runner keeps up; it grows while no runner runs.',
    registers: [register],
    collect() {
      this.set(backlog.lagSeconds)
    },
  })
  new client.Gauge({
    name: 'jinqiao_webhook_deliveries_failed',
    help: 'Webhook deliveries that failed after their last attempt (kept in the jobs list for admins).',
    registers: [register],
    async collect() {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'deliverWebhook' }, hasError: { equals: true } },
        overrideAccess: true,
      })
      this.set(totalDocs)
    },
  })

  const pool = postgresPool(payload)
  if (pool) {
    const gauge = new client.Gauge({
      name: 'jinqiao_db_pool_connections',
      help: 'PostgreSQL connections of this instance: max, open, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [register],
      collect() {
        gauge.set({ state: 'max' }, pool.options.max)
        gauge.set({ state: 'open' }, pool.totalCount)
        gauge.set({ state: 'idle' }, pool.idleCount)
        gauge.set({ state: 'waiting' }, pool.waitingCount)
      },
    })
  }

  const expected = crypto.createHash('sha256').update(`Bearer ${token}`).digest()
  const authorised = (header: string | undefined) =>
    Boolean(token) &&
    crypto.timingSafeEqual(
      crypto
        .createHash('sha256')
        .update(header ?? '')
        .digest(),
      expected,
    )

  return {
    /** Times every request, those answered before Express included; called first for each. */
    observe(req: IncomingMessage, res: ServerResponse): void {
      const end = requests.startTimer()
      res.once('finish', () =>
        end({
          route: routeClass(req.url ?? '', apiRoute),
          method: req.method ?? 'GET',
          status: String(res.statusCode),
          answered_by: answeredBy(res),
        }),
      )
    },
    /** GET /metrics. */
    async handler(req: Request, res: Response): Promise<void> {
      res.setHeader('cache-control', 'no-store')
      if (!token) {
        res.status(404).json({ errors: [{ message: 'Metrics are off. Set METRICS_TOKEN to serve them at /metrics.' }] })
        return
      }
      if (!authorised(req.headers.authorization)) {
        res
          .status(401)
          .setHeader('www-authenticate', 'Bearer realm="metrics"')
          .json({ errors: [{ message: 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.' }] })
        return
      }
      backlog = await jobsBacklog(payload)
      res.type(register.contentType).send(await register.metrics())
    },
  }
}
