import type { Access, CollectionSlug, Where } from 'payload'

import { canReadDrafts } from './roles'

type Redirect = { id: number | string; to?: { type?: string; reference?: { relationTo?: string; value?: unknown } } }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string)

/**
 * Read access to redirects: staff and preview keys read all of them; anyone else only those whose
 * target they may read at this moment (a redirect to an embargoed or unpublished document would
 * reveal its path and id), and custom redirects (set by publishers: see the trust declaration).
 * Redirects are few; their targets are checked with the reader's own access, per request.
 */
export const redirectsToPublicTargets: Access = async ({ req }) => {
  if (canReadDrafts(req.user)) return true
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { 'to.type': { equals: 'reference' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { to: true } as never,
  })
  const byCollection = new Map<string, Map<string, (number | string)[]>>()
  // Cast: with `select`, Payload's types still promise whole documents; only `to` is there.
  for (const redirect of docs as unknown as Redirect[]) {
    const reference = redirect.to?.reference
    if (!reference?.relationTo || reference.value == null) continue
    const targets = byCollection.get(reference.relationTo) ?? new Map<string, (number | string)[]>()
    const target = String(idOf(reference.value))
    targets.set(target, [...(targets.get(target) ?? []), redirect.id])
    byCollection.set(reference.relationTo, targets)
  }
  const allowed: (number | string)[] = []
  for (const [slug, targets] of byCollection) {
    const ids = [...targets.keys()].map((id) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id))
    // The reader's own access: what an anonymous visitor may read of that collection now.
    const { docs: visible } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
      select: { updatedAt: true } as never,
    })
    for (const doc of visible as { id: number | string }[]) allowed.push(...(targets.get(String(doc.id)) ?? []))
  }
  const custom: Where = { 'to.type': { equals: 'custom' } }
  return allowed.length ? { or: [custom, { id: { in: allowed } }] } : custom
}
