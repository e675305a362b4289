import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

/**
 * The root fields an operation runs, by response key (the alias, or the field's name), reached through
 * fragment spreads and inline fragments too. GraphQL merges fields of one response key into one
 * execution (and its validation requires them to be the same field with the same arguments), so each
 * key is one field run — `a: loginUser(…) b: loginUser(…)` is two. Fields under @skip/@include are
 * counted as if they ran. Each fragment is expanded once, which also stops a cycle (refused later by
 * GraphQL's own validation).
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): Map<string, FieldNode> {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const fields = new Map<string, FieldNode>()
  const expanded = new Set<string>()
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value
        if (!fields.has(key)) fields.set(key, selection)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || expanded.has(name)) continue
        expanded.add(name)
        collect(fragment.selectionSet)
      }
    }
  }
  collect(operation.selectionSet)
  return fields
}

/**
 * The string a field's argument will have when it runs: a literal, or the request's variable (or the
 * variable's default when the request gives none). Undefined for anything else.
 */
export function stringArgument(
  field: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: unknown,
): string | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === name)?.value
  if (!value) return undefined
  if (value.kind === Kind.STRING) return value.value
  if (value.kind !== Kind.VARIABLE) return undefined
  const variable = value.name.value
  const given =
    variables && typeof variables === 'object' && !Array.isArray(variables)
      ? (variables as Record<string, unknown>)[variable]
      : undefined
  if (given !== undefined) return typeof given === 'string' ? given : undefined
  const fallback: ValueNode | undefined = operation.variableDefinitions?.find(
    (definition) => definition.variable.name.value === variable,
  )?.defaultValue
  return fallback?.kind === Kind.STRING ? fallback.value : undefined
}
