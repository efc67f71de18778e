import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFuzzFixtures, type FuzzFixtures } from '../support/fuzz-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** What the mutation fuzzer (fuzz.spec.ts) found answering INTERNAL, each pinned by the input that did it. */
describe('fuzz findings', () => {
  let api: TestApp;
  let staff: { id: string; token: string };
  let fixtures: FuzzFixtures;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    staff = await api.userWithRole('BUREAU_STAFF');
    fixtures = await createFuzzFixtures(api, 'findings', staff, { industries: [], segments: [], files: [] });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('takes an explicit null for a message’s `internal` as not internal', async () => {
    const result = await api.gql(
      'mutation ($id: ID!, $body: String!, $internal: Boolean) { addRequestMessage(id: $id, body: $body, internal: $internal) { internal } }',
      { id: fixtures.hints.ids.request[0], body: '请问进展如何？', internal: null },
      { token: staff.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.addRequestMessage).toEqual({ internal: false });
  });

  it('names `ownerId` when a request is assigned to text that is no user id', async () => {
    const result = await api.gql(
      'mutation ($id: ID!, $ownerId: String!) { assignRequest(id: $id, ownerId: $ownerId, version: 1) { id } }',
      { id: fixtures.hints.ids.request[0], ownerId: '请协助办理施工许可证' },
      { token: staff.token, locale: 'en-US' },
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ownerId', message: 'must be a staff member' }],
    });
  });
});
