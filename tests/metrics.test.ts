import { routeClass } from '../src/http/metrics'
import { startHttp } from './helpers/httpServer'
import { useTestApp } from './helpers/testApp'

const TOKEN = 'metrics-test-token-0123456789'
process.env.METRICS_TOKEN = TOKEN
const app = useTestApp({ http: true })

const scrape = async (authorization?: string, base = app.http.url) => {
  const response = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} })
  return { status: response.status, headers: response.headers, text: await response.text() }
}
/** The value of one sample line of the scrape, 0 when absent. */
const sample = (text: string, pattern: RegExp): number =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('#') && pattern.test(line))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0)

describe('/metrics for operators (Prometheus)', () => {
  it('answers a scraper with the token, and refuses everyone else', async () => {
    expect((await scrape()).status).toBe(401)
    expect((await scrape('Bearer wrong-token')).status).toBe(401)
    expect((await scrape(TOKEN)).status).toBe(401)
    const ok = await scrape(`Bearer ${TOKEN}`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(ok.headers.get('cache-control')).toBe('no-store')
    expect(ok.text).toMatch(/^process_resident_memory_bytes \d+/m)
  })

  it('counts requests by route class and status, and what answered them: cache, read model or app', async () => {
    const before = (await scrape(`Bearer ${TOKEN}`)).text
    const count = (text: string, labels: string) =>
      sample(text, new RegExp(`^jinqiao_http_request_duration_seconds_count\\{[^}]*${labels}[^}]*\\}`))
    for (let i = 0; i < 3; i++) await fetch(`${app.http.url}/api/parks?limit=2`)
    await fetch(`${app.http.url}/api/parks/999999`)
    const after = (await scrape(`Bearer ${TOKEN}`)).text
    const added = (labels: string) => count(after, labels) - count(before, labels)
    // The first read is computed, the next two come from the response cache.
    expect(added('route="rest".*status="200".*answered_by="cache"')).toBe(2)
    expect(added('route="rest".*status="200".*answered_by="app"')).toBe(1)
    expect(added('route="rest".*status="404"')).toBe(1)
    // The scrape itself is a request like any other.
    expect(added('route="metrics"')).toBe(1)
  })

  it('shows the jobs queue: depth, the lag of the oldest due job, and webhooks that failed for good', async () => {
    const { payload } = app
    // A queue no runner of this process takes: the every-second runner would otherwise try the job,
    // fail, and push it back by its retry delay, so that it is no longer due (as seen in CI).
    await payload.jobs.queue({
      task: 'deliverWebhook',
      queue: 'not-run-by-this-test',
      input: { url: 'http://127.0.0.1:9/hook', body: '{}' },
      waitUntil: new Date(Date.now() - 90_000),
    })
    const failed = await payload.jobs.queue({
      task: 'deliverWebhook',
      queue: 'not-run-by-this-test',
      input: { url: 'http://127.0.0.1:9/x', body: '{}' },
    })
    await payload.update({ collection: 'payload-jobs', id: failed.id, data: { hasError: true }, overrideAccess: true })
    const text = (await scrape(`Bearer ${TOKEN}`)).text
    expect(sample(text, /^jinqiao_jobs_queue_depth /)).toBeGreaterThanOrEqual(1)
    expect(sample(text, /^jinqiao_jobs_queue_lag_seconds /)).toBeGreaterThanOrEqual(90)
    expect(sample(text, /^jinqiao_webhook_deliveries_failed /)).toBe(1)
  })

  it('is off, saying how to turn it on, while METRICS_TOKEN is unset', async () => {
    delete process.env.METRICS_TOKEN
    const other = await startHttp(app.payload)
    try {
      const answer = await scrape(`Bearer ${TOKEN}`, other.url)
      expect(answer.status).toBe(404)
      expect(answer.text).toContain('Set METRICS_TOKEN')
    } finally {
      process.env.METRICS_TOKEN = TOKEN
      await other.close()
    }
  })
})

describe('route classes (a label with few values: no ids, slugs or queries)', () => {
  it.each([
    ['/api/announcements?where[slug][equals]=x', 'rest'],
    ['/api/announcements/12', 'rest'],
    ['/api/graphql', 'graphql'],
    ['/api/media/file/photo-400x300.webp', 'files'],
    ['/api/users/login', 'auth'],
    ['/api/search?q=芯片', 'search'],
    ['/feeds/announcements.zh.xml', 'feeds'],
    ['/admin/collections/parks', 'admin'],
    ['/healthz', 'health'],
    ['/metrics', 'metrics'],
    ['/favicon.ico', 'other'],
  ])('%s → %s', (url, expected) => {
    expect(routeClass(url)).toBe(expected)
  })
})
