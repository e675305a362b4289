import type { CollectionConfig } from 'payload'

import { publishedAndCurrentOrStaff, publishedOrStaff } from '../access/publishedOrStaff'
import { staffOnly } from '../access/roles'
import { canDeleteContent, canWriteContent } from '../access/workflow'
import { enforceUnpublishRights } from '../hooks/enforceUnpublishRights'
import { ignoreDraftsForPublic } from '../hooks/ignoreDraftsForPublic'
import { rememberDraftFlag } from '../hooks/rememberDraftFlag'
import { trackReviewState } from '../review/trackReviewState'

/**
 * What every public content collection with drafts shares: the public reads only what is published
 * (and, with `current`, what is due and not expired); staff write drafts; only publishers publish,
 * unpublish and delete published content; every change of review state is recorded.
 */
export const workflowAccess = ({ current = false } = {}): CollectionConfig['access'] => ({
  read: current ? publishedAndCurrentOrStaff : publishedOrStaff,
  readVersions: staffOnly,
  create: canWriteContent,
  update: canWriteContent,
  delete: canDeleteContent,
})

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The workflow's hooks, followed by a collection's own. */
export const workflowHooks = ({
  beforeOperation = [],
  beforeChange = [],
}: Pick<Hooks, 'beforeOperation' | 'beforeChange'> = {}): Hooks => ({
  // rememberDraftFlag first: enforceUnpublishRights reads what it found.
  beforeOperation: [rememberDraftFlag, ignoreDraftsForPublic, enforceUnpublishRights, ...beforeOperation],
  beforeChange: [trackReviewState, ...beforeChange],
})
