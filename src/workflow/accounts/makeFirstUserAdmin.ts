import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../payload-types'

/** The very first account (created through Payload's create-first-user screen) is an administrator. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
