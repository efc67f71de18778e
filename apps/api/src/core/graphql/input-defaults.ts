import {
  Kind,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Fills the default values of input-object fields that a variable leaves out. graphql-jit (0.8)
 * refuses such a variable once a query is compiled, although the GraphQL spec applies the default;
 * graphql-js does it right. Only absent fields are added; nothing present is changed.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!variables) return variables;
  const result = { ...variables };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type as never) as GraphQLInputType | undefined;
      const name = variable.variable.name.value;
      if (type && name in result) result[name] = fill(type, result[name]);
    }
  }
  return result;
}

function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return fill(type.ofType, value);
  if (isListType(type))
    return Array.isArray(value) ? value.map((item) => fill(type.ofType, item)) : fill(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (!(field.name in filled) && field.defaultValue !== undefined) filled[field.name] = field.defaultValue;
    else if (field.name in filled) filled[field.name] = fill(field.type, filled[field.name]);
  }
  return filled;
}
