/**
 * How an endpoint of ours describes itself in the OpenAPI document: a Payload endpoint carries its
 * operation in `custom.openapi`; a route Express serves (feeds, the inquiry challenge) exports a path
 * item that `EXPRESS_PATHS` in openapi.ts lists. The document is assembled from these declarations and
 * from the collection configs, never written beside them.
 */
export type JsonSchema = Record<string, unknown>

export type Parameter = {
  name: string
  in: 'query' | 'path' | 'header'
  required?: boolean
  description?: string
  style?: 'deepObject' | 'form'
  explode?: boolean
  schema: JsonSchema
}

export type Operation = {
  operationId: string
  summary: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<
    string,
    { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: JsonSchema }> }
  >
  security?: Record<string, string[]>[]
}

export type PathItem = Partial<Record<'get' | 'post' | 'delete' | 'patch', Operation>>

/** `custom` for a Payload endpoint: its operation in the public document. */
export const openapi = (operation: Operation): { openapi: Operation } => ({ openapi: operation })

/** A reference to a shared schema or answer of the document (see openapi.ts). */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })
export const answer = (name: string): { $ref: string } => ({ $ref: `#/components/responses/${name}` })

export const json = (schema: JsonSchema) => ({ 'application/json': { schema } })

/** The answers every public path can give besides its own. */
export const COMMON_ERRORS = {
  '400': answer('BadRequest'),
  '429': answer('TooManyRequests'),
  '503': answer('Unavailable'),
} as unknown as Operation['responses']

export const localeParameter = (): Parameter => ({
  name: 'locale',
  in: 'query',
  description: 'Language of the answer. Text missing in it falls back to the other language.',
  schema: { type: 'string', enum: ['zh', 'en'], default: 'zh' },
})
