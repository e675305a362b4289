/**
 * The search index's terms: how a text becomes the tokens a database's own text index (SQLite FTS5,
 * PostgreSQL tsvector, MongoDB text) can look up, and how a query becomes a lookup of them.
 *
 * Chinese (and Japanese, Korean) has no spaces between words, and no database tokenizer available on
 * every adapter splits it into words. Each run of such characters becomes its overlapping pairs
 * ("集成电路" → 集成 成电 电路) and its last character alone (路): a query of two or more characters is then
 * the phrase of its own pairs — an exact substring match, served by the index — and a query of one
 * character is a prefix of a term. Words in other scripts become their lowercase forms; a query word
 * matches as a prefix ("subsid" finds "subsidies"), as a search box is typed.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
/** A run of CJK characters, or a word of letters and digits in any other script. */
const RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu

/** Letters and digits of one kind, lowercase and in one normal form (full-width Ｃ is C). */
function runsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? []
}

/** The terms of a run of CJK characters: its pairs, then its last character. */
function cjkTerms(run: string): string[] {
  const chars = [...run]
  const terms: string[] = []
  for (let i = 0; i + 1 < chars.length; i += 1) terms.push(chars[i]! + chars[i + 1]!)
  terms.push(chars[chars.length - 1]!)
  return terms
}

/** The most terms kept of one text: beyond it, a very long body adds little to what a search finds. */
const MAX_TERMS = 40_000

/** A text as the index stores it: its terms, in order, separated by spaces. */
export function indexTerms(text: string | null | undefined): string {
  if (!text) return ''
  const terms: string[] = []
  for (const run of runsOf(text)) {
    if (CJK.test(run)) terms.push(...cjkTerms(run))
    else terms.push(run)
    if (terms.length >= MAX_TERMS) break
  }
  return terms.slice(0, MAX_TERMS).join(' ')
}

/**
 * One part of a query that a matching text must contain: consecutive terms (a phrase) or a prefix of
 * one term. Every part of a query must match.
 */
export type QueryPart = { kind: 'phrase'; terms: string[] } | { kind: 'prefix'; term: string }

/** The parts of a query, at most 16 (a longer query narrows nothing more and costs more). */
export function queryParts(query: string): QueryPart[] {
  const parts: QueryPart[] = []
  for (const run of runsOf(query)) {
    if (!CJK.test(run)) parts.push({ kind: 'prefix', term: run })
    else if ([...run].length === 1) parts.push({ kind: 'prefix', term: run })
    // The pairs only (not the lone last character, which is not indexed after a pair it ends).
    else parts.push({ kind: 'phrase', terms: cjkTerms(run).slice(0, -1) })
  }
  return parts.slice(0, 16)
}

/** An FTS5 MATCH expression: phrases quoted, prefixes starred, all required (terms hold no quote). */
export const fts5Query = (parts: QueryPart[]): string =>
  parts.map((part) => (part.kind === 'phrase' ? `"${part.terms.join(' ')}"` : `"${part.term}"*`)).join(' AND ')

/** A PostgreSQL tsquery (for to_tsquery('simple', …)): phrases with <->, prefixes with :*, all required. */
export const tsQuery = (parts: QueryPart[]): string =>
  parts.map((part) => (part.kind === 'phrase' ? `(${part.terms.join(' <-> ')})` : `${part.term}:*`)).join(' & ')

/** Whether stored terms contain every part of a query (for a check outside the database). */
export function termsMatch(terms: string | null | undefined, parts: QueryPart[]): boolean {
  if (!terms) return false
  const padded = ` ${terms} `
  return parts.every((part) =>
    part.kind === 'phrase' ? padded.includes(` ${part.terms.join(' ')} `) : padded.includes(` ${part.term}`),
  )
}
