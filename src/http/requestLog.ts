import { pinoHttp } from 'pino-http'

import { requestId } from './requestId'

/** Query values that are credentials (a preview link's token): kept out of the log. */
export const redactUrl = (url: string | undefined): string | undefined =>
  url?.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]')

/**
 * One log line per request with a request id (taken from X-Request-Id when a proxy sets one, and
 * echoed back). Bodies, cookies, authorization headers and tokens in addresses are never logged.
 */
export const requestLog = () =>
  pinoHttp({
    genReqId: (req, res) => {
      const id = requestId(req)
      res.setHeader('X-Request-Id', id)
      return id
    },
    autoLogging: {
      ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url?.startsWith('/_next/') === true,
    },
    level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  })
