type LexicalNode = { text?: unknown; type?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

/** The plain text of a Lexical rich-text value (paragraphs separated by newlines). */
export function plainText(value: unknown, max = 10_000): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return typeof value === 'string' ? value.slice(0, max) : ''
  const parts: string[] = []
  let length = 0
  const walk = (node: LexicalNode) => {
    if (length >= max) return
    if (typeof node.text === 'string') {
      parts.push(node.text)
      length += node.text.length
    }
    node.children?.forEach(walk)
    if (node.type && BLOCKS.has(node.type)) parts.push('\n')
  }
  walk(root)
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
    .slice(0, max)
}
