import { describe, expect, it, jest } from '@jest/globals';
import { parse } from 'graphql';

const runQuery = jest.fn<(document: unknown, variables: Record<string, unknown>) => Promise<unknown>>();
jest.unstable_mockModule('./graphql-client', () => ({ runQuery, runMutation: jest.fn() }));
const { dataProvider } = await import('./data-provider');

const LIST = parse('query Things($filter: ThingFilter) { things(filter: $filter) { id } }');
const CONNECTION = parse(
  'query Leads($first: Int!, $after: String) { leads(first: $first, after: $after) { totalCount } }',
);

const page = (ids: string[], endCursor: string, hasNextPage: boolean) => ({
  leads: { edges: ids.map((id) => ({ node: { id } })), pageInfo: { endCursor, hasNextPage }, totalCount: 5 },
});

describe('dataProvider.getList', () => {
  it('passes filters as the filter input and takes a plain array as the whole list', async () => {
    runQuery.mockResolvedValueOnce({ things: [{ id: '1' }, { id: '2' }] });
    const result = await dataProvider.getList({
      resource: 'things',
      filters: [{ field: 'kind', operator: 'eq', value: 'ZONE' }],
      meta: { gqlQuery: LIST },
    });
    expect(runQuery).toHaveBeenLastCalledWith(LIST, { filter: { kind: 'ZONE' } });
    expect(result).toEqual({ data: [{ id: '1' }, { id: '2' }], total: 2 });
  });

  it('pages a connection by cursor, walking forward to a page it has not seen', async () => {
    runQuery.mockReset();
    runQuery.mockResolvedValueOnce(page(['a', 'b'], 'c1', true)).mockResolvedValueOnce(page(['c', 'd'], 'c2', true));
    const meta = { gqlQuery: CONNECTION, connection: true };
    const second = await dataProvider.getList({ resource: 'leads', pagination: { currentPage: 2, pageSize: 2 }, meta });
    expect(second).toEqual({ data: [{ id: 'c' }, { id: 'd' }], total: 5 });
    expect(runQuery.mock.calls.map(([, variables]) => variables)).toEqual([
      { first: 2, after: null },
      { first: 2, after: 'c1' },
    ]);
    runQuery.mockResolvedValueOnce(page(['e'], 'c3', false));
    await dataProvider.getList({ resource: 'leads', pagination: { currentPage: 3, pageSize: 2 }, meta });
    expect(runQuery).toHaveBeenLastCalledWith(CONNECTION, { first: 2, after: 'c2' });
  });
});
