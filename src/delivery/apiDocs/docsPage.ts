import path from 'node:path'
import { createRequire } from 'node:module'

import express, { type Request, type RequestHandler, type Response, Router } from 'express'

/**
 * GET /api/docs: Swagger UI over /api/openapi.json, from the installed swagger-ui-dist package. Nothing
 * is fetched from a third-party host (government networks often block CDNs), and the page's policy
 * allows scripts, styles and requests to this server only.
 */
export function apiDocsPage(apiRoute: string): Router {
  const assets = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  const base = `${apiRoute}/docs`
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Jinqiao Zone CMS · API reference</title>
<link rel="stylesheet" href="${base}/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="${base}/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-spec="${apiRoute}/openapi.json"></div>
<script src="${base}/assets/swagger-ui-bundle.js"></script>
<script src="${base}/start.js"></script>
</body>
</html>
`
  // Inline scripts are not allowed by the page's policy, so the viewer is started from a file.
  const start = `window.ui = SwaggerUIBundle({
  url: document.getElementById('swagger-ui').dataset.spec,
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: false,
  validatorUrl: 'none',
})
`
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    // Swagger UI sets element styles from its scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const send =
    (type: string, body: string): RequestHandler =>
    (_req: Request, res: Response) => {
      res.setHeader('content-security-policy', policy)
      res.setHeader('cache-control', 'public, max-age=300')
      res.type(type).send(body)
    }
  const router = Router()
  router.get('/docs', send('html', page))
  router.get('/docs/start.js', send('js', start))
  router.use(
    '/docs/assets',
    express.static(assets, {
      index: false,
      maxAge: '1d',
      setHeaders: (res) => res.setHeader('content-security-policy', policy),
    }),
  )
  return router
}
