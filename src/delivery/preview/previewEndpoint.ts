import type { CollectionSlug, Endpoint } from 'payload'

import type { User } from '../../payload-types'
import { hasRole } from '../../workflow/access/roles'
import { PAGE_COLLECTIONS } from '../../workflow/access/trust'
import { COMMON_ERRORS, json, localeParameter, openapi, ref } from '../apiDocs/declare'
import { verifyPreviewToken } from './token'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'private, no-store' } })

const WHY = {
  malformed: 'This is not a preview token: open the item in the admin and press Preview.',
  forged: 'This preview token was not issued by this CMS.',
  expired: 'This preview link has expired: press Preview in the admin again for a new one.',
}

/**
 * GET /api/preview?token=…[&locale=en][&depth=1]: the website exchanges a preview token (token.ts)
 * for the newest draft of the one document it names, read with the rights of the staff member it was
 * issued to — who must still be an active staff account. Never cached (see publicAnswer).
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  custom: openapi({
    operationId: 'previewDraft',
    summary: 'Exchange a preview token for the newest draft of its document',
    description:
      'The admin’s Preview button and live preview open `PUBLIC_SITE_URL/preview?token=…&locale=…`; the ' +
      'website’s server calls this with the token and renders the draft, marked as a preview and never cached.',
    tags: ['Preview'],
    parameters: [
      { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
      localeParameter(),
      { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 3, default: 1 } },
    ],
    responses: {
      '200': {
        description: 'The draft, and until when the token works.',
        content: json({
          type: 'object',
          required: ['collection', 'expiresAt', 'doc'],
          properties: {
            collection: { type: 'string', enum: [...PAGE_COLLECTIONS] },
            expiresAt: { type: 'string' },
            doc: { oneOf: PAGE_COLLECTIONS.map((slug) => ref(slug)) },
          },
        }),
      },
      '401': { description: 'No valid token: malformed, forged or expired.', content: json(ref('Error')) },
      '404': { description: 'The document is gone, or its reader may no longer read it.', content: json(ref('Error')) },
      ...COMMON_ERRORS,
    },
  }),
  handler: async (req) => {
    const verified = verifyPreviewToken(req.payload.secret, req.query?.token)
    if ('problem' in verified) return refuse(401, WHY[verified.problem])
    const { claims } = verified
    if (!PAGE_COLLECTIONS.includes(claims.collection as never)) return refuse(401, WHY.forged)
    const depth = req.query?.depth === undefined ? 1 : Number(req.query.depth)
    if (!Number.isInteger(depth) || depth < 0 || depth > 3) {
      return refuse(400, '"depth" must be a whole number from 0 to 3.')
    }
    // The staff member the token was issued to, as stored now: disabled or demoted, the link stops working.
    const staff = (await req.payload
      .findByID({ collection: 'users', id: claims.user, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as User | null
    if (!staff || !hasRole({ ...staff, collection: 'users' }, 'admin', 'publisher', 'editor')) {
      return refuse(401, 'The account this preview link was issued to can no longer preview.')
    }
    const doc = await req.payload
      .findByID({
        collection: claims.collection as CollectionSlug,
        id: claims.id,
        draft: true,
        depth,
        locale: req.locale,
        overrideAccess: false,
        user: { ...staff, collection: 'users' },
        disableErrors: true,
      })
      .catch(() => null)
    if (!doc) return refuse(404, 'The previewed item no longer exists.')
    return Response.json(
      { collection: claims.collection, expiresAt: new Date(claims.exp * 1000).toISOString(), doc },
      { headers: { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' } },
    )
  },
}
