import { describe, expect, it } from '@jest/globals';
import { parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import type { EntityMetadata } from 'typeorm';
import { nodeFields, nodeObjectColumns, selectedColumns } from './selected-columns.js';

/** The info a resolver of the document's first root field gets (only what nodeFields reads). */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0];
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const metadata = {
  columns: ['id', 'name', 'parkCode', 'createdAt', 'revenue'].map((propertyName) => ({ propertyName })),
} as unknown as EntityMetadata;

describe('selectedColumns', () => {
  it('reads the node fields through fragments and inline fragments', () => {
    const info = infoOf(`
      query { list(first: 5) { totalCount edges { cursor node { id ...Row ... on Thing { revenue } } } } }
      fragment Row on Thing { name park { id } }`);
    expect([...nodeFields(info)].sort()).toEqual(['id', 'name', 'park', 'revenue']);
  });

  it('maps fields to columns, adds what computed fields read, and gives up for a field that reads all', () => {
    const info = infoOf('{ list { edges { node { name park { id } missing } } } }');
    expect(selectedColumns(info, metadata, { park: ['parkCode'] })?.sort()).toEqual(['name', 'parkCode']);
    expect(selectedColumns(info, metadata, { missing: ['*'] })).toBeUndefined();
  });

  it('selects nothing when the query asks no node (only the count)', () => {
    expect(selectedColumns(infoOf('{ list { totalCount } }'), metadata)).toEqual([]);
  });
});

describe('nodeObjectColumns', () => {
  it("gives the columns a node's object field selects (the id always), through fragments, or null when not asked", () => {
    const info = infoOf(`
      query { list { edges { node { id owner { ...Owner park { id } } } } } }
      fragment Owner on Thing { name }`);
    expect(nodeObjectColumns(info, 'owner', metadata, { park: ['parkCode'] })?.sort()).toEqual([
      'id',
      'name',
      'parkCode',
    ]);
    expect(nodeObjectColumns(info, 'other', metadata)).toBeNull();
    expect(nodeObjectColumns(info, 'owner', metadata, { park: ['*'] })).toBeUndefined();
  });
});
