import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = '{ notifications { edges { node { id kind readAt } } } unreadNotificationCount }';

describe('notifications', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("are each user's own: marking one or all read touches nobody else's", async () => {
    const alice = await api.userWithRole('BUREAU_STAFF');
    const bob = await api.userWithRole('ENTERPRISE');
    await api.waitForJobs();
    const aliceList = await api.gql(LIST, {}, { token: alice.token });
    expect(aliceList.data?.unreadNotificationCount).toBe(1);
    const aliceId = aliceList.data?.notifications.edges[0].node.id;

    const foreign = await api.gql(
      `mutation { markNotificationRead(id: "${aliceId}") { id } }`,
      {},
      { token: bob.token },
    );
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const all = await api.gql('mutation { markAllNotificationsRead }', {}, { token: bob.token });
    expect(all.data?.markAllNotificationsRead).toBe(1);
    expect((await api.gql(LIST, {}, { token: bob.token })).data?.unreadNotificationCount).toBe(0);
    expect((await api.gql(LIST, {}, { token: alice.token })).data?.unreadNotificationCount).toBe(1);

    const one = await api.gql(
      `mutation { markNotificationRead(id: "${aliceId}") { readAt } }`,
      {},
      { token: alice.token },
    );
    expect(one.data?.markNotificationRead.readAt).toEqual(expect.any(String));
    expect((await api.gql(LIST, {}, { token: alice.token })).data?.unreadNotificationCount).toBe(0);
  });
});
