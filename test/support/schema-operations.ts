import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every root operation of the API's schema, with documents and minimal variables generated from the
 * schema's types, so a suite can call each one without knowing it in advance.
 */

export interface SchemaOperation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Picks the ID for an argument or input field by its name (`id` by the operation's return type). */
export type IdFor = (name: string, operation: SchemaOperation) => string;

/** The schema the running API serves (graphql-http.spec.ts checks the committed file is it). */
export function loadApiSchema(path = 'apps/api/schema.gql'): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

export function rootOperations(schema: GraphQLSchema): SchemaOperation[] {
  const of = (kind: SchemaOperation['kind'], fields: Record<string, GraphQLField<unknown, unknown>> = {}) =>
    Object.values(fields).map((field) => ({ kind, name: field.name, field }));
  return [...of('query', schema.getQueryType()?.getFields()), ...of('mutation', schema.getMutationType()?.getFields())];
}

/** The name of the type an operation answers with (`PlacementApplication` for `[PlacementApplication!]!`). */
export function returnTypeName(operation: SchemaOperation): string {
  return getNamedType(operation.field.type).name;
}

function isRequired(arg: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

/** The least a value of `type` must hold to pass GraphQL's own validation: required fields only. */
function minimalValue(type: GraphQLInputType, name: string, operation: SchemaOperation, idFor: IdFor): unknown {
  if (isNonNullType(type)) return minimalValue(type.ofType, name, operation, idFor);
  if (isListType(type)) return [minimalValue(type.ofType, name, operation, idFor)];
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(isRequired);
    return Object.fromEntries(fields.map((f) => [f.name, minimalValue(f.type, f.name, operation, idFor)]));
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      return idFor(name, operation);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

/** Variables for the operation's required arguments, then `overrides` (which may add optional ones). */
export function minimalVariables(
  operation: SchemaOperation,
  idFor: IdFor,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const required = operation.field.args.filter(isRequired);
  return {
    ...Object.fromEntries(required.map((arg) => [arg.name, minimalValue(arg.type, arg.name, operation, idFor)])),
    ...overrides,
  };
}

// Under the server's limits (100 fields a selection set, 500 a document, depth 10).
const MAX_FIELDS = 450;
const MAX_PER_SET = 90;
const MAX_NESTING = 3;

/**
 * Selects every field without required arguments, leaves first, objects to MAX_NESTING levels: the
 * more of an answer is asked for, the more a leak scan of it can find.
 */
function selectionOf(type: GraphQLNamedType, nesting: number, budget: { left: number }): string {
  if (!isObjectType(type)) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter((field) => !field.args.some(isRequired));
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
  const objects = nesting > 0 ? fields.filter((field) => !isLeafType(getNamedType(field.type))) : [];
  const parts: string[] = [];
  for (const field of leaves) {
    if (budget.left <= 0 || parts.length >= MAX_PER_SET) break;
    parts.push(field.name);
    budget.left -= 1;
  }
  for (const field of objects) {
    if (budget.left <= 0 || parts.length >= MAX_PER_SET) break;
    budget.left -= 1;
    parts.push(`${field.name} ${selectionOf(getNamedType(field.type), nesting - 1, budget)}`);
  }
  return `{ __typename ${parts.join(' ')} }`;
}

/** A document calling the operation with the given variables (typed as its arguments) and a wide selection. */
export function operationDocument(operation: SchemaOperation, variableNames: string[]): string {
  const args = operation.field.args.filter((arg) => variableNames.includes(arg.name));
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(operation.field.type);
  const selection = isLeafType(named) ? '' : selectionOf(named, MAX_NESTING, { left: MAX_FIELDS });
  return `${operation.kind} Probe${definitions ? `(${definitions})` : ''} { ${operation.name}${call ? `(${call})` : ''} ${selection} }`;
}
