import type { RelationshipFieldSingleValidation } from 'payload'

const idOf = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

/** An industry cannot be its own parent, directly or through its ancestors. */
export const preventParentCycle: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  let current = idOf(value)
  if (current === undefined || id === undefined) return true
  const seen = new Set<string>()
  while (current !== undefined) {
    if (String(current) === String(id)) {
      return 'An industry cannot be placed under itself or under one of its own sub-industries.'
    }
    if (seen.has(String(current))) break
    seen.add(String(current))
    const parent = await req.payload
      .findByID({ collection: 'industries', id: current, depth: 0, draft: true, req, select: { parent: true } })
      .catch(() => null)
    current = idOf(parent?.parent)
  }
  return true
}
