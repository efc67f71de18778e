import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applicationVersion,
  createPark,
  enterpriseWith,
  submitLand,
  type TestEnterprise,
} from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 11, "Pages that connect": a park's tenants and the history of its free space. */

const DECIDE = `mutation ($id: ID!, $version: Int!, $parkId: ID, $reason: String) {
  decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId, reason: $reason) { id version } }`;
const MOVED_IN = `mutation ($id: ID!, $version: Int!) { markMovedIn(id: $id, version: $version) { status } }`;
const CANCEL = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  cancelApproval(id: $id, version: $version, reason: $reason) { status } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) {
  updatePark(id: $id, version: $version, input: $input) { id version freeLandMu freeFloorSqm } }`;
const HISTORY = `query ($parkId: ID!, $first: Int, $after: String) {
  parkSpaceHistory(parkId: $parkId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind landMuDelta floorSqmDelta freeLandMuAfter freeFloorSqmAfter actorName actorRole
      applicationId reason enterprise { id name } } } } }`;
const TENANTS = `query ($parkId: ID!, $first: Int, $after: String) {
  parkTenants(parkId: $parkId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id landMu floorSqm since enterprise { id name industry tier } } } } }`;

interface Entry {
  kind: string;
  landMuDelta: number;
  floorSqmDelta: number;
  freeLandMuAfter: number;
  freeFloorSqmAfter: number;
  actorName: string | null;
  actorRole: string;
  applicationId: string | null;
  reason: string | null;
  enterprise: { id: string; name: string } | null;
}

describe('park space history and tenants', () => {
  let api: TestApp;
  let admin: string;
  let staff: { token: string; id: string };
  let applicant: TestEnterprise;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = await api.userWithRole('BUREAU_STAFF');
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
  });
  afterAll(async () => {
    await api?.close();
  });

  const history = async (parkId: string, token = staff.token, first = 20): Promise<Entry[]> => {
    const result = await api.gql(HISTORY, { parkId, first }, { token });
    expect(result.errors).toBeUndefined();
    return result.data?.parkSpaceHistory.edges.map((edge: { node: Entry }) => edge.node);
  };
  const parkRow = async (parkId: string) =>
    (
      await api.dataSource.query('SELECT version, "freeLandMu"::float AS land FROM parks WHERE id = $1', [parkId])
    )[0] as {
      version: number;
      land: number;
    };
  const approve = async (appId: string, parkId: string, reason?: string) => {
    const result = await api.gql(
      DECIDE,
      { id: appId, version: await applicationVersion(api, appId), parkId, reason },
      { token: staff.token },
    );
    expect(result.errors).toBeUndefined();
  };

  it('records the space an approval takes, linked to the application and its enterprise', async () => {
    const parkId = await createPark(api, 'HIST_APPROVE', { freeLandMu: 100 });
    const app = await submitLand(api, applicant.token, 12);
    await approve(app.id, parkId, '符合园区定位');
    const [taken, created] = await history(parkId);
    expect(taken).toMatchObject({
      kind: 'APPROVAL',
      landMuDelta: -12,
      floorSqmDelta: 0,
      freeLandMuAfter: 88,
      freeFloorSqmAfter: 5000,
      actorRole: 'BUREAU_STAFF',
      applicationId: app.id,
      reason: '符合园区定位',
      enterprise: { id: applicant.enterpriseId },
    });
    expect(taken.actorName).toBeTruthy();
    expect(created).toMatchObject({ kind: 'CREATED', landMuDelta: 100, freeLandMuAfter: 100, applicationId: null });

    // Cancelling the approval gives the space back: a RELEASE row on the same application.
    const cancelled = await api.gql(
      CANCEL,
      { id: app.id, version: await applicationVersion(api, app.id), reason: '资金未到位' },
      { token: staff.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const [released] = await history(parkId);
    expect(released).toMatchObject({
      kind: 'RELEASE',
      landMuDelta: 12,
      freeLandMuAfter: 100,
      applicationId: app.id,
      reason: '资金未到位',
      enterprise: { id: applicant.enterpriseId },
    });
  });

  it('records each approval of an applied allocation as ALLOCATION, linked to its application', async () => {
    const parkId = await createPark(api, 'HIST_ALLOC', { freeLandMu: 100 });
    const apps = [await submitLand(api, applicant.token, 5), await submitLand(api, applicant.token, 7)];
    const assignments = [];
    for (const app of apps)
      assignments.push({ applicationId: app.id, parkId, version: await applicationVersion(api, app.id) });
    const applied = await api.gql(
      'mutation ($input: ApplyAllocationInput!) { applyAllocation(input: $input) { id } }',
      { input: { assignments } },
      { token: staff.token },
    );
    expect(applied.errors).toBeUndefined();
    const rows = await history(parkId);
    expect(rows.map((r) => r.kind)).toEqual(['ALLOCATION', 'ALLOCATION', 'CREATED']);
    expect(new Set(rows.slice(0, 2).map((r) => r.applicationId))).toEqual(new Set(apps.map((a) => a.id)));
    expect(rows[0].freeLandMuAfter).toBe(88);
    expect(
      rows
        .slice(0, 2)
        .map((r) => r.landMuDelta)
        .sort((a, b) => b - a),
    ).toEqual([-5, -7]);
  });

  it('refuses a hand edit of free space without a reason, naming the field, and writes nothing', async () => {
    const parkId = await createPark(api, 'HIST_NO_REASON', { freeLandMu: 100, freeFloorSqm: 5000 });
    const before = await parkRow(parkId);
    const audits = async () =>
      Number((await api.dataSource.query('SELECT count(*) FROM audit_log WHERE "entityId" = $1', [parkId]))[0].count);
    const auditsBefore = await audits();
    for (const input of [{ freeLandMu: 60 }, { freeFloorSqm: 10 }, { freeLandMu: 60, freeSpaceReason: '  ' }]) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const refused = await api.gql(UPDATE, { id: parkId, version: before.version, input }, { token: admin, locale });
        expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        const fields = refused.errors?.[0].extensions.fields as { field: string; message: string }[];
        expect(fields.map((f) => f.field)).toEqual(['freeSpaceReason']);
        expect(refused.errors?.[0].message).toContain(
          locale === 'zh-CN' ? '调整原因' : 'free land or free floor space',
        );
      }
    }
    expect(await parkRow(parkId)).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
    expect((await history(parkId)).map((e) => e.kind)).toEqual(['CREATED']);

    // Other fields need no reason.
    const renamed = await api.gql(
      UPDATE,
      { id: parkId, version: before.version, input: { name: '改名的测试园区', freeLandMu: 100 } },
      { token: admin },
    );
    expect(renamed.errors).toBeUndefined();
    expect((await history(parkId)).map((e) => e.kind)).toEqual(['CREATED']);
  });

  it('records a hand edit with its reason in the history and the audit log (before and after)', async () => {
    const parkId = await createPark(api, 'HIST_HAND', { freeLandMu: 100, freeFloorSqm: 5000 });
    const { version } = await parkRow(parkId);
    const reason = '东侧地块划为市政道路用地';
    const edited = await api.gql(
      UPDATE,
      { id: parkId, version, input: { freeLandMu: 70.5, freeFloorSqm: 5200, freeSpaceReason: reason } },
      { token: admin },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updatePark).toMatchObject({ freeLandMu: 70.5, freeFloorSqm: 5200 });
    const [hand] = await history(parkId);
    expect(hand).toMatchObject({
      kind: 'HAND_EDIT',
      landMuDelta: -29.5,
      floorSqmDelta: 200,
      freeLandMuAfter: 70.5,
      freeFloorSqmAfter: 5200,
      actorRole: 'ADMIN',
      applicationId: null,
      enterprise: null,
      reason,
    });
    const [audit] = await api.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'park.update' AND "entityId" = $1`,
      [parkId],
    );
    expect(audit.before).toMatchObject({ freeLandMu: 100, freeFloorSqm: 5000 });
    expect(audit.after).toMatchObject({ freeLandMu: 70.5, freeFloorSqm: 5200, freeSpaceReason: reason });
  });

  it('pages the history newest first by cursor', async () => {
    const parkId = await createPark(api, 'HIST_PAGES', { freeLandMu: 100 });
    for (const land of [90, 80, 70]) {
      const { version } = await parkRow(parkId);
      const result = await api.gql(
        UPDATE,
        { id: parkId, version, input: { freeLandMu: land, freeSpaceReason: `调整到 ${land} 亩` } },
        { token: admin },
      );
      expect(result.errors).toBeUndefined();
    }
    const first = await api.gql(HISTORY, { parkId, first: 2 }, { token: staff.token });
    const page1 = first.data?.parkSpaceHistory;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(
      HISTORY,
      { parkId, first: 2, after: page1.pageInfo.endCursor },
      { token: staff.token },
    );
    const page2 = second.data?.parkSpaceHistory;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const left = [...page1.edges, ...page2.edges].map((edge: { node: Entry }) => edge.node.freeLandMuAfter);
    expect(left).toEqual([70, 80, 90, 100]);
  });

  it('lists the tenants with the space they hold and since when, by name, paged', async () => {
    const parkId = await createPark(api, 'HIST_TENANTS', { freeLandMu: 200 });
    const tenant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'LITTLE_GIANT' });
    const app = await submitLand(api, tenant.token, 20);
    await approve(app.id, parkId);
    // Approved, not moved in: it holds space but is no tenant yet.
    expect((await api.gql(TENANTS, { parkId }, { token: staff.token })).data?.parkTenants.totalCount).toBe(0);
    const moved = await api.gql(
      MOVED_IN,
      { id: app.id, version: await applicationVersion(api, app.id) },
      { token: staff.token },
    );
    expect(moved.errors).toBeUndefined();
    // A second tenant placed by its profile alone (no decision recorded): no space, no date.
    const [{ code }] = await api.dataSource.query('SELECT code FROM parks WHERE id = $1', [parkId]);
    const other = await enterpriseWith(api, { industry: 'BIOMEDICINE', parkCode: code });

    const result = await api.gql(TENANTS, { parkId, first: 1 }, { token: admin });
    expect(result.errors).toBeUndefined();
    const page1 = result.data?.parkTenants;
    expect(page1.totalCount).toBe(2);
    const page2 = (
      await api.gql(TENANTS, { parkId, first: 1, after: page1.pageInfo.endCursor }, { token: staff.token })
    ).data?.parkTenants;
    interface Tenant {
      id: string;
      since: string | null;
      enterprise: { name: string };
    }
    const rows: Tenant[] = [...page1.edges, ...page2.edges].map((edge: { node: Tenant }) => edge.node);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(tenant.enterpriseId)).toMatchObject({
      landMu: 20,
      floorSqm: 0,
      enterprise: { id: tenant.enterpriseId, industry: 'NEW_MATERIALS', tier: 'LITTLE_GIANT' },
    });
    expect(Number.isNaN(Date.parse(byId.get(tenant.enterpriseId)!.since!))).toBe(false);
    expect(byId.get(other.enterpriseId)).toMatchObject({ landMu: 0, floorSqm: 0, since: null });
    const names = rows.map((row) => row.enterprise.name);
    expect(names).toEqual([...names].sort());
  });

  it('shows tenants and space history to staff only: an enterprise (even a tenant) is refused', async () => {
    const parkId = await createPark(api, 'HIST_PRIVATE', { freeLandMu: 100 });
    for (const query of [TENANTS, HISTORY]) {
      const refused = await api.gql(query, { parkId }, { token: applicant.token });
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    const unknown = await api.gql(TENANTS, { parkId: '00000000-0000-4000-8000-000000000000' }, { token: staff.token });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
