import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { EntityMetadata } from 'typeorm';

/** The field names a selection set asks for, through fragments and inline fragments. */
function fieldsOf(
  selection: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: Map<string, SelectionSetNode[]>,
) {
  for (const node of selection?.selections ?? []) {
    if (node.kind === 'Field') {
      const sets = into.get(node.name.value) ?? [];
      if (node.selectionSet) sets.push(node.selectionSet);
      into.set(node.name.value, sets);
    } else if (node.kind === 'InlineFragment') {
      fieldsOf(node.selectionSet, info, into);
    } else {
      fieldsOf(info.fragments[node.name.value]?.selectionSet, info, into);
    }
  }
  return into;
}

/**
 * The fields a connection query selects on its nodes (`edges { node { … } }`), fragments followed.
 * Empty when the query asks no node (only `totalCount`, say).
 */
export function nodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set(nodeSelections(info).keys());
}

/** Whether a connection query selects its `totalCount` (fragments followed). */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  const top = new Map<string, SelectionSetNode[]>();
  for (const field of info.fieldNodes) fieldsOf(field.selectionSet, info, top);
  return top.has('totalCount');
}

/** Each node field a connection query selects, with its selection sets. */
function nodeSelections(info: GraphQLResolveInfo): Map<string, SelectionSetNode[]> {
  const top = new Map<string, SelectionSetNode[]>();
  for (const field of info.fieldNodes) fieldsOf(field.selectionSet, info, top);
  const edges = new Map<string, SelectionSetNode[]>();
  for (const set of top.get('edges') ?? []) fieldsOf(set, info, edges);
  const node = new Map<string, SelectionSetNode[]>();
  for (const set of edges.get('node') ?? []) fieldsOf(set, info, node);
  return node;
}

/**
 * As `objectColumns`, for an object field of a connection's nodes (`edges { node { <field> { … } } }`)
 * seen from the connection's own resolver: the columns its selection needs (the id always), or null
 * when the query does not select the field. For a list that reads the related row in its page's statement.
 */
export function nodeObjectColumns(
  info: GraphQLResolveInfo,
  field: string,
  metadata: EntityMetadata,
  needs: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined | null {
  const sets = nodeSelections(info).get(field);
  if (!sets) return null;
  const fields = new Map<string, SelectionSetNode[]>();
  for (const set of sets) fieldsOf(set, info, fields);
  return columnsFor(['id', ...fields.keys()], metadata, needs);
}

/**
 * The entity's columns (property names) a list needs for the node fields the query selects: the
 * fields that are columns, and for computed fields the columns `needs` names (a field resolver
 * that reads `parkCode`, say; `ALL_COLUMNS` for one that reads the whole entity). Give the result to
 * `paginate({ columns })`: undefined means every column.
 */
export function selectedColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  needs: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined {
  return columnsFor(nodeFields(info), metadata, needs);
}

function columnsFor(
  fields: Iterable<string>,
  metadata: EntityMetadata,
  needs: Readonly<Record<string, readonly string[]>>,
): string[] | undefined {
  const columns = new Set(metadata.columns.map((column) => column.propertyName));
  const selected = new Set<string>();
  for (const field of fields) {
    if (columns.has(field)) selected.add(field);
    for (const needed of needs[field] ?? []) {
      if (needed === ALL_COLUMNS[0]) return undefined;
      selected.add(needed);
    }
  }
  return [...selected];
}

/** Per field node list (graphql-jit passes the same one for every row of a compiled query). */
const objectColumnsMemo = new WeakMap<readonly unknown[], string[] | undefined>();

/**
 * As `selectedColumns`, for a field whose value is one entity (a list row's `enterprise`, say):
 * the columns its selection needs, worked out once per query document, not per row. The id is
 * always included (loaders key on it).
 */
export function objectColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  needs: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined {
  if (objectColumnsMemo.has(info.fieldNodes)) return objectColumnsMemo.get(info.fieldNodes);
  const fields = new Map<string, SelectionSetNode[]>();
  for (const field of info.fieldNodes) fieldsOf(field.selectionSet, info, fields);
  const columns = columnsFor(['id', ...fields.keys()], metadata, needs);
  objectColumnsMemo.set(info.fieldNodes, columns);
  return columns;
}

/** A computed field that reads the whole entity (given to another service as is). */
export const ALL_COLUMNS: readonly string[] = ['*'];

/** Per field node list, as objectColumnsMemo. */
const selectsOnlyMemo = new WeakMap<readonly unknown[], Map<ReadonlySet<string>, boolean>>();

/**
 * Whether the field being resolved asks only for `allowed` fields of its object (fragments
 * followed): a resolver can then answer from a cache that holds just those (parks' names, say).
 * Worked out once per query document, not per row.
 */
export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  let byAllowed = selectsOnlyMemo.get(info.fieldNodes);
  if (!byAllowed) selectsOnlyMemo.set(info.fieldNodes, (byAllowed = new Map()));
  let answer = byAllowed.get(allowed);
  if (answer === undefined) {
    const fields = new Map<string, SelectionSetNode[]>();
    for (const field of info.fieldNodes) fieldsOf(field.selectionSet, info, fields);
    answer = [...fields.keys()].every((field) => allowed.has(field));
    byAllowed.set(allowed, answer);
  }
  return answer;
}
