import { stringify } from 'csv-stringify/sync'

/**
 * Spreadsheets run cells that start with = + - @ (or a tab/CR) as formulas; text from the public or
 * from staff could, so such cells are prefixed with an apostrophe (OWASP "CSV injection").
 */
export const neutralizeFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/**
 * A CSV download: a header row and rows, UTF-8 with a BOM so that Excel shows Chinese correctly,
 * never cached.
 */
export function csvAttachment(header: readonly string[], rows: string[][], filename: string): Response {
  return new Response('\uFEFF' + stringify([header, ...rows]), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
