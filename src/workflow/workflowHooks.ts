import type { CollectionConfig } from 'payload'

import { ignoreDraftsForPublic } from './ignoreDraftsForPublic'
import { rememberDraftFlag } from './rememberDraftFlag'
import { trackReviewState } from './review/trackReviewState'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The workflow's hooks, followed by a collection's own. */
export const workflowHooks = ({
  beforeOperation = [],
  beforeChange = [],
}: Pick<Hooks, 'beforeOperation' | 'beforeChange'> = {}): Hooks => ({
  // Access, and the rule that editors' writes are drafts, come from src/workflow/access/trust.ts (enforceTrust).
  beforeOperation: [rememberDraftFlag, ignoreDraftsForPublic, ...beforeOperation],
  beforeChange: [trackReviewState, ...beforeChange],
})
