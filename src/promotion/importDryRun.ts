import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Payload } from 'payload'

import { privateFilesDir } from '../env'

/**
 * Dry runs for Payload's import-export plugin. The plugin imports row by row through the Local API
 * (with the importing user's access) and reports each failing row. With "Dry run" ticked, every row
 * goes through the same validation, hooks and access checks, and is then stopped at the database
 * write: nothing is written, and the report lists the rows that would fail.
 */
const DRY_RUN = 'importDryRun'
const DRY_RUN_MESSAGE = 'Dry run: this row is valid and would be imported.'

class DryRunStop extends Error {
  constructor() {
    super(DRY_RUN_MESSAGE)
    this.name = 'DryRunStop'
  }
}

type WriteArgs = { collection?: string; collectionSlug?: string; req?: { context?: Record<string, unknown> } }
/**
 * Only writes to the collection being imported are stopped: the import's own record, the audit log,
 * the jobs queue and everything else a hook writes along the way go through as usual.
 */
const isDryRunRow = (args: WriteArgs | undefined) => {
  const target = args?.collection ?? args?.collectionSlug
  return Boolean(target) && args?.req?.context?.[DRY_RUN] === target
}

/** Stops every database write made for a dry-run request, after validation has passed. */
export function guardImportDryRuns(payload: Payload): void {
  // Cast: the adapter's write methods, wrapped by name; their signatures differ, and only args is read.
  const db = payload.db as unknown as Record<string, (args: WriteArgs) => Promise<unknown>>
  for (const method of [
    'create',
    'updateOne',
    'updateMany',
    'upsert',
    'deleteOne',
    'deleteMany',
    'createVersion',
    'updateVersion',
  ]) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = function (this: unknown, args) {
      if (isDryRunRow(args)) return Promise.reject(new DryRunStop())
      return original.call(this, args)
    }
  }
}

type IssueDetail = { row?: number; error?: string; data?: unknown }
type Summary = {
  imported?: number
  updated?: number
  total?: number
  issues?: number
  issueDetails?: IssueDetail[] | null
}

/** Turns the plugin's report of a dry run (every row "failed" at the write) into what would happen. */
export function dryRunReport(summary: Summary | undefined): { status: string; validRows: number; summary: Summary } {
  const details = summary?.issueDetails ?? []
  const problems = details.filter((d) => d.error !== DRY_RUN_MESSAGE)
  const valid = details.length - problems.length
  return {
    status: problems.length ? 'failed' : 'completed',
    validRows: valid,
    summary: {
      total: summary?.total ?? details.length,
      imported: 0,
      updated: 0,
      issues: problems.length,
      issueDetails: problems.length ? problems : null,
    },
  }
}

const startDryRun: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create' && data.dryRun !== false) {
    data.dryRun = true
    req.context[DRY_RUN] = data.collectionSlug
  }
  // The plugin writes its report onto the import document: rewrite it for dry runs.
  if (operation === 'update' && originalDoc?.dryRun && data.summary) {
    Object.assign(data, dryRunReport(data.summary as Summary))
  }
  return data
}

const endDryRun: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.dryRun) return doc
  delete req.context[DRY_RUN]
  return { ...doc, ...dryRunReport(doc.summary as Summary) }
}

/** The plugin's `imports` collection, with the dry-run switch (on by default) and staff-only access. */
export const importDryRunOverride = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  // Import files are not public: kept next to the media folder, never inside it.
  upload: { ...(collection.upload as object), staticDir: privateFilesDir('imports') },
  fields: [
    ...collection.fields,
    {
      name: 'dryRun',
      type: 'checkbox',
      label: { en: 'Dry run (check every row, write nothing)', zh: '试运行（逐行检查，不写入）' },
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Leave ticked to see which rows would fail. Untick to import for real: rows that fail are skipped and listed.',
          zh: '勾选时只检查哪些行会失败。取消勾选则正式导入：失败的行会被跳过并列出。',
        },
      },
    },
    {
      name: 'validRows',
      type: 'number',
      label: { en: 'Valid rows (dry run)', zh: '有效行数（试运行）' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.dryRun) },
    },
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), startDryRun],
    afterChange: [...(collection.hooks?.afterChange ?? []), endDryRun],
  },
})
