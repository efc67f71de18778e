import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Every ID argument is checked once, before the service runs: a malformed id names no record, so it
// answers NOT_FOUND, exactly like a well-formed id that names nothing.

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const OPERATIONS: [string, string][] = [
  ['park', 'query ($id: ID!) { park(id: $id) { id } }'],
  ['policy', 'query ($id: ID!) { policy(id: $id) { id } }'],
  ['enterprise', 'query ($id: ID!) { enterprise(id: $id) { id } }'],
  ['application', 'query ($id: ID!) { application(id: $id) { id } }'],
  ['updatePark', 'mutation ($id: ID!) { updatePark(id: $id, version: 1, input: {}) { id } }'],
  ['publishPolicy', 'mutation ($id: ID!) { publishPolicy(id: $id) { id } }'],
  ['retirePolicy', 'mutation ($id: ID!) { retirePolicy(id: $id) { id } }'],
  ['markNotificationRead', 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }'],
];

describe('ID arguments', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each(OPERATIONS)('%s answers NOT_FOUND for a malformed id, as for an unknown one', async (_name, query) => {
    for (const id of ['x', 'not-a-uuid', UNKNOWN]) {
      const result = await api.gql(query, { id }, { token: admin, locale: 'en-US' });
      expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(result.errors?.[0].message).toMatch(/not found/);
      expect(result.data).toBeNull();
    }
  });

  it('names the record in the caller language, the same for a malformed and an unknown id', async () => {
    const malformed = await api.gql(OPERATIONS[0][1], { id: 'x' }, { token: admin });
    const unknown = await api.gql(OPERATIONS[0][1], { id: UNKNOWN }, { token: admin });
    expect(malformed.errors?.[0].message).toBe('园区不存在或无权查看');
    expect(unknown.errors?.[0].message).toBe(malformed.errors?.[0].message);
  });
});
