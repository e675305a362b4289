import type { CollectionBeforeChangeHook } from 'payload'

import type { Announcement } from '../../../payload-types'

/** The first publication stamps publishedAt, unless the publisher chose a date. */
export const populatePublishedAt: CollectionBeforeChangeHook<Announcement> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
