import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Indexes Payload's relational schema lacks, added to every `*_locales` table (localized fields, one row
 * per document and locale).
 *
 * Payload indexes those tables on (_locale, _parent_id) only, but reads every document with all its
 * locales: `where _parent_id = ?`, which that index (locale first) cannot serve. Each document of a list
 * then scanned the whole locales table — a list cost grew with the square of the collection's size, and
 * a 10-minute soak that published two announcements a second ground to 10-second reads (PostgreSQL
 * EXPLAIN: a sequential scan of announcements_locales per row). An index on _parent_id alone makes it a
 * lookup. The migrations create it (see src/database/migrations).
 */
const PARENT_COLUMN = '_parent_id'

type Columns = Record<string, { name?: string } | undefined>

const parentColumnKey = (columns: Columns): string | undefined =>
  Object.keys(columns).find((key) => columns[key]?.name === PARENT_COLUMN)

const localesTables = <T>(tables: Record<string, T>) =>
  Object.entries(tables).filter(([name]) => name.endsWith('_locales'))

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type IndexBuilder = (name: string) => { on: (column: never) => unknown }
type SchemaHookArgs<S> = {
  extendTable: (args: { table: never; extraConfig: (columns: Columns) => object }) => void
  schema: S
}

const indexLocalesParents =
  (index: IndexBuilder) =>
  <S extends { tables: Record<string, unknown> }>({ extendTable, schema }: SchemaHookArgs<S>): S => {
    for (const [name, table] of localesTables(schema.tables)) {
      extendTable({
        table: table as never,
        extraConfig: (columns) => {
          const key = parentColumnKey(columns)
          return key ? { [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns[key] as never) } : {}
        },
      })
    }
    return schema
  }

// Cast: one function serves both adapters, whose schema-hook types name their own (incompatible) table builders.
export const indexLocalesParentsPostgres = indexLocalesParents(pgIndex) as unknown as PostgresSchemaHook
export const indexLocalesParentsSqlite = indexLocalesParents(sqliteIndex) as unknown as SQLiteSchemaHook

/**
 * The search index's text index on PostgreSQL (see src/delivery/search/textIndex.ts): a GIN index on
 * the tsvector of each terms column, by the expression the search queries use. In the schema, so that
 * the migrations create it and a schema push keeps it.
 */
export const searchTermsIndexesPostgres: PostgresSchemaHook = ({ extendTable, schema }) => {
  const table = schema.tables.search_index_locales
  if (!table) return schema
  extendTable({
    table,
    extraConfig: (columns) => {
      const indexes: Record<string, unknown> = {}
      for (const [key, name] of [
        ['titleTerms', 'search_index_locales_title_terms_fts'],
        ['textTerms', 'search_index_locales_text_terms_fts'],
      ] as const) {
        const column = columns[key]
        if (column) indexes[name] = pgIndex(name).using('gin', pgSql`to_tsvector('simple', coalesce(${column}, ''))`)
      }
      return indexes
    },
  })
  return schema
}
