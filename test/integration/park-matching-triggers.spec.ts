import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applicationVersion,
  createPark,
  enterpriseWith,
  submitLand,
  type TestEnterprise,
} from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MATCHES = `query ($id: ID!) { parkMatches(applicationId: $id) {
  park { id } suitable score constraints { code } components { code value } } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $parkId: ID) {
  decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId) { id version } }`;
const UPDATE_PARK = `mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) {
  updatePark(id: $id, version: $version, input: $input) { id } }`;

interface Match {
  park: { id: string };
  suitable: boolean;
  score: number;
  constraints: { code: string }[];
  components: { code: string; value: number }[];
}

describe('re-matching open applications when a park changes', () => {
  let api: TestApp;
  let staff: string;
  let admin: string;
  let applicant: TestEnterprise;

  const matches = async (id: string): Promise<Match[]> => {
    const result = await api.gql(MATCHES, { id }, { token: staff });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.parkMatches as Match[];
  };
  const of = async (appId: string, parkId: string) => (await matches(appId)).find((m) => m.park.id === parkId)!;
  const stamp = async (appId: string, parkId: string) =>
    (
      await api.dataSource.query(
        'SELECT "updatedAt", "factsHash" FROM park_matches WHERE "applicationId" = $1 AND "parkId" = $2',
        [appId, parkId],
      )
    )[0];
  const approve = async (appId: string, parkId: string) => {
    const result = await api.gql(
      DECIDE,
      { id: appId, version: await applicationVersion(api, appId), parkId },
      { token: staff },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    await api.waitForJobs();
    return result.data.decideApplication as { id: string; version: number };
  };
  const editPark = async (parkId: string, input: Record<string, unknown>) => {
    const [{ version }] = await api.dataSource.query('SELECT version FROM parks WHERE id = $1', [parkId]);
    const result = await api.gql(UPDATE_PARK, { id: parkId, version, input }, { token: admin });
    expect(result.errors).toBeUndefined();
    await api.waitForJobs();
  };

  beforeAll(async () => {
    api = await startTestApp();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    admin = await api.adminToken();
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('re-ranks an open application when a park’s free land changes, and leaves decided ones alone', async () => {
    const parkId = await createPark(api, 'TRIG_CAP', { targetIndustries: ['NEW_MATERIALS'], freeLandMu: 100 });
    await api.waitForJobs();
    const open = await submitLand(api, applicant.token, 20);
    const decided = await submitLand(api, applicant.token, 10);
    await approve(decided.id, parkId);
    const rank = (list: Match[]) => list.findIndex((m) => m.park.id === parkId);
    const before = await matches(open.id);
    expect(before[rank(before)].suitable).toBe(true);
    const decidedBefore = await stamp(decided.id, parkId);

    await editPark(parkId, { freeLandMu: 15, freeSpaceReason: '地块已出让' });
    const after = await matches(open.id);
    // It drops below every suitable park.
    expect(rank(after)).toBeGreaterThan(rank(before));
    expect(after.slice(rank(after)).every((m) => !m.suitable)).toBe(true);
    const inPark = after[rank(after)];
    expect(inPark).toMatchObject({ suitable: false, score: 0, constraints: [{ code: 'LAND_SPACE' }] });
    expect(await stamp(decided.id, parkId)).toEqual(decidedBefore);
  });

  it('follows the space approvals take and cancellations give back', async () => {
    const parkId = await createPark(api, 'TRIG_SPACE', { targetIndustries: ['NEW_MATERIALS'], freeLandMu: 100 });
    await api.waitForJobs();
    const waiting = await submitLand(api, applicant.token, 30);
    expect((await of(waiting.id, parkId)).suitable).toBe(true);
    const big = await approve((await submitLand(api, applicant.token, 80)).id, parkId);
    expect((await of(waiting.id, parkId)).constraints).toEqual([{ code: 'LAND_SPACE' }]);

    const cancelled = await api.gql(
      'mutation ($id: ID!, $version: Int!) { cancelApproval(id: $id, version: $version, reason: "资金未到位") { status } }',
      { id: big.id, version: big.version },
      { token: staff },
    );
    expect(cancelled.errors).toBeUndefined();
    await api.waitForJobs();
    expect((await of(waiting.id, parkId)).suitable).toBe(true);
  });

  it('re-matches only the applications a change can affect: floor space leaves land applications untouched', async () => {
    const parkId = await createPark(api, 'TRIG_FLOOR', { freeFloorSqm: 5000 });
    await api.waitForJobs();
    const land = await submitLand(api, applicant.token, 5);
    const office = await submitLand(api, applicant.token, 0, { kind: 'OFFICE', landMu: null, floorSqm: 800 });
    const landBefore = await stamp(land.id, parkId);
    const officeBefore = await stamp(office.id, parkId);

    await editPark(parkId, { freeFloorSqm: 600, freeSpaceReason: '楼层已租出' });
    expect(await stamp(land.id, parkId)).toEqual(landBefore);
    expect((await stamp(office.id, parkId)).factsHash).not.toBe(officeBefore.factsHash);
    expect((await of(office.id, parkId)).constraints).toEqual([{ code: 'FLOOR_SPACE' }]);
  });

  it('counts a tenant that moves in for the chain synergy of open applications of its industry', async () => {
    const parkId = await createPark(api, 'TRIG_TENANT', { freeLandMu: 100 });
    const bio = await enterpriseWith(api, { industry: 'BIOMEDICINE', tier: 'HIGH_TECH' });
    const waiting = await submitLand(api, bio.token, 5);
    const synergy = async () =>
      (await of(waiting.id, parkId)).components.find((c) => c.code === 'CHAIN_SYNERGY')!.value;
    expect(await synergy()).toBe(0.2);

    const tenant = await enterpriseWith(api, { industry: 'BIOMEDICINE', tier: 'HIGH_TECH' });
    const approved = await approve((await submitLand(api, tenant.token, 5)).id, parkId);
    const moved = await api.gql(
      'mutation ($id: ID!, $version: Int!) { markMovedIn(id: $id, version: $version) { status } }',
      { id: approved.id, version: approved.version },
      { token: staff },
    );
    expect(moved.errors).toBeUndefined();
    await api.waitForJobs();
    expect(await synergy()).toBe(0.6);
  });
});

describe('ranking a draft’s needs (the wizard’s 园区推荐)', () => {
  let api: TestApp;
  let applicant: TestEnterprise;
  let cleanroom: string;
  const PREVIEW = `query ($input: ParkMatchPreviewInput!) { parkMatchPreview(input: $input) {
    park { id } suitable score reasons components { code value } } }`;
  const needs = { kind: 'FACTORY', floorSqm: 1200, pollutionCategory: 'LOW', infrastructureNeeds: ['CLEANROOM'] };

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    applicant = await enterpriseWith(api, { industry: 'BIOMEDICINE', tier: 'HIGH_TECH' });
    cleanroom = await createPark(api, 'PREVIEW_GMP', { infrastructure: ['CLEANROOM'], freeFloorSqm: 5000 });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('ranks every park for the enterprise’s own needs, infrastructure included, and stores them on submission', async () => {
    const result = await api.gql(PREVIEW, { input: needs }, { token: applicant.token });
    expect(result.errors).toBeUndefined();
    const list = result.data?.parkMatchPreview as Match[];
    const infra = (m: Match) => m.components.find((c) => c.code === 'INFRASTRUCTURE')!.value;
    expect(infra(list.find((m) => m.park.id === cleanroom)!)).toBe(1);
    expect(list.some((m) => m.park.id !== cleanroom && infra(m) === 0)).toBe(true);

    const submitted = await submitLand(api, applicant.token, 0, { ...needs, landMu: null });
    const stored = await api.gql(
      'query ($id: ID!) { application(id: $id) { infrastructureNeeds } }',
      { id: submitted.id },
      { token: applicant.token },
    );
    expect(stored.data?.application.infrastructureNeeds).toEqual(['CLEANROOM']);
    const [row] = await api.dataSource.query(
      'SELECT components FROM park_matches WHERE "applicationId" = $1 AND "parkId" = $2',
      [submitted.id, cleanroom],
    );
    expect(row.components.find((c: { code: string }) => c.code === 'INFRASTRUCTURE').value).toBe(1);
  });

  it('uses only the enterprise’s own facts, and refuses an unknown infrastructure code', async () => {
    const other = await enterpriseWith(api);
    const refused = await api.gql(
      PREVIEW,
      { input: { ...needs, enterpriseId: other.enterpriseId } },
      { token: applicant.token },
    );
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const staff = (await api.userWithRole('BUREAU_STAFF')).token;
    const forOther = await api.gql(
      PREVIEW,
      { input: { ...needs, enterpriseId: other.enterpriseId } },
      { token: staff },
    );
    expect(forOther.errors).toBeUndefined();
    const bad = await api.gql(PREVIEW, { input: { ...needs, infrastructureNeeds: ['TELEPORT'] } }, { token: staff });
    expect(bad.errors?.[0].extensions.fields?.[0].field).toContain('infrastructureNeeds');
  });
});
