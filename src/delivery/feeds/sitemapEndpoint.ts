import type { Endpoint } from 'payload'

import { PAGE_COLLECTIONS } from '../../workflow/access/trust'
import { COMMON_ERRORS, json, openapi } from '../apiDocs/declare'

/**
 * GET /api/sitemap: every published slug with its updatedAt, per collection, and the locales it is
 * served in — what the website needs to build sitemap.xml. Read as an anonymous visitor (access
 * control on), so drafts, embargoed and expired items are left out.
 */
export const sitemapEndpoint: Endpoint = {
  path: '/sitemap',
  method: 'get',
  custom: openapi({
    operationId: 'sitemap',
    summary: 'Every published slug, per collection, for the website’s sitemap.xml',
    tags: ['Search'],
    responses: {
      '200': {
        description: 'Slugs with their last change.',
        content: json({
          type: 'object',
          additionalProperties: false,
          required: ['locales', 'collections'],
          properties: {
            locales: { type: 'array', items: { type: 'string' } },
            collections: {
              type: 'object',
              propertyNames: { enum: [...PAGE_COLLECTIONS] },
              additionalProperties: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['slug', 'updatedAt'],
                  properties: { slug: { type: 'string' }, updatedAt: { type: 'string', format: 'date-time' } },
                },
              },
            },
          },
        }),
      },
      ...COMMON_ERRORS,
    },
  }),
  handler: async (req) => {
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
    const collections: Record<string, { slug: string; updatedAt: string }[]> = {}
    for (const collection of PAGE_COLLECTIONS) {
      const { docs } = await req.payload.find({
        collection,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: null,
        sort: 'slug',
        select: { slug: true, updatedAt: true },
      })
      collections[collection] = docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
    }
    return Response.json({ locales, collections })
  },
}
