import type { CollectionBeforeChangeHook } from 'payload'

import type { Inquiry } from '../../payload-types'

/** New internal notes get their author and time from the server; earlier notes keep theirs. */
export const stampNotes: CollectionBeforeChangeHook<Inquiry> = ({ data, originalDoc, req }) => {
  const notes = data.internalNotes
  if (!Array.isArray(notes)) return data
  const earlier = new Map((originalDoc?.internalNotes ?? []).filter((n) => n.id).map((n) => [n.id, n]))
  data.internalNotes = notes.map((note) => {
    const before = note.id ? earlier.get(note.id) : undefined
    if (before) return { ...note, author: before.author, at: before.at }
    return { ...note, author: req.user?.collection === 'users' ? req.user.id : undefined, at: new Date().toISOString() }
  })
  return data
}
