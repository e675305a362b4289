import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { unrecorded } from './dependencies'
import { apiCache, type ResponseCache } from './responseCache'
import { cacheNames, redisStore } from './sharedStore'

/**
 * The next moment at which anonymous visibility changes by itself — an embargo ends
 * (announcements.publishedAt) or an item expires (announcements.expiresAt) — so that no cached
 * response outlives it.
 */
export async function refreshVisibilityBoundary(payload: Payload, cache: ResponseCache = apiCache()): Promise<void> {
  const generation = cache.generation
  const now = new Date().toISOString()
  const next = async (field: 'expiresAt' | 'publishedAt') => {
    const { docs } = await payload.find({
      collection: 'announcements',
      where: { [field]: { greater_than: now } },
      sort: field,
      limit: 1,
      depth: 0,
      pagination: false,
      select: { [field]: true },
    })
    const value: unknown = docs[0] ? Reflect.get(docs[0], field) : undefined
    return typeof value === 'string' && value ? Date.parse(value) : Number.POSITIVE_INFINITY
  }
  // Not a part of the answer being made: its reads are not the answer's dependencies.
  const [published, expires] = await unrecorded(() => Promise.all([next('publishedAt'), next('expiresAt')]))
  cache.setBoundary(Math.min(published, expires), generation)
}

type PubSubClient = {
  publish: (channel: string, message: string) => Promise<unknown>
  subscribe: (channel: string, listener: (message: string) => void) => Promise<unknown>
}
type RedisCommands = PubSubClient & {
  get: (key: string) => Promise<string | null>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
  hIncrBy: (key: string, field: string, increment: number) => Promise<number>
  hGetAll: (key: string) => Promise<Record<string, string>>
}

/**
 * With Redis, an invalidation in one instance drops the same answers (by tag) in every instance; and,
 * given a client for commands, answers are shared too: one instance's answer serves the others until
 * something it shows changes. Each invalidation increments its tags' versions in Redis (a hash) and
 * announces `<sender> <tag>=<version> …`; a shared entry carries the versions it was made under and is
 * read only while they are current. While an instance's own new versions are being agreed, it does not
 * use the shared level.
 */
export async function shareInvalidations(
  publisher: PubSubClient | RedisCommands,
  subscriber: PubSubClient,
  cache: ResponseCache = apiCache(),
  names = cacheNames(),
) {
  const self = crypto.randomUUID()
  const { channel, versions: VERSIONS_KEY } = names
  const commands = 'hIncrBy' in publisher ? publisher : undefined
  let pending = 0
  const learn = (tag: string, version: number) => {
    if (version > (cache.versions.get(tag) ?? 0)) cache.versions.set(tag, version)
  }
  if (commands) {
    cache.shared = redisStore(commands, names)
    for (const [tag, version] of Object.entries(await commands.hGetAll(VERSIONS_KEY))) learn(tag, Number(version))
  }
  await subscriber.subscribe(channel, (message) => {
    const [from, ...parts] = message.split(' ')
    if (from === self) return
    const tags: string[] = []
    for (const part of parts) {
      const at = part.lastIndexOf('=')
      const tag = at > 0 ? part.slice(0, at) : part
      if (at > 0) learn(tag, Number(part.slice(at + 1)))
      tags.push(tag)
    }
    // A message without tags (an older instance's) means everything.
    cache.invalidate(tags.length ? tags : undefined, { fromPeer: true })
  })
  return cache.onInvalidate((tags) => {
    if (!commands) {
      void publisher.publish(channel, [self, ...tags].join(' ')).catch(() => undefined)
      return
    }
    // Not until every new version asked for is known: a late answer must not bring back an old one.
    cache.sharedPaused = true
    pending += 1
    void Promise.all(tags.map(async (tag) => [tag, await commands.hIncrBy(VERSIONS_KEY, tag, 1)] as const))
      .then((bumped) => {
        for (const [tag, version] of bumped) learn(tag, version)
        return publisher.publish(channel, [self, ...bumped.map(([tag, version]) => `${tag}=${version}`)].join(' '))
      })
      .catch(() => undefined)
      .finally(() => {
        pending -= 1
        if (pending === 0) cache.sharedPaused = false
      })
  })
}
