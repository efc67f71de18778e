import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPark, enterpriseWith, submitLand, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROPOSE = `mutation ($ids: [ID!]!) { proposeAllocation(applicationIds: $ids) {
  assignments { application { id version landMu } park { id freeLandMu } score } } }`;
const APPLY = `mutation ($input: ApplyAllocationInput!) { applyAllocation(input: $input) {
  id status parkId reservedLandMu version } }`;

interface Assignment {
  application: { id: string; version: number; landMu: number };
  park: { id: string; freeLandMu: number };
}

describe('applying an allocation proposal', () => {
  let api: TestApp;
  let staff: string;
  let admin: string;
  let applicant: TestEnterprise;

  const propose = async (ids: string[]): Promise<Assignment[]> => {
    const result = await api.gql(PROPOSE, { ids }, { token: staff });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.proposeAllocation.assignments as Assignment[];
  };
  const toInput = (assignments: Assignment[]) => ({
    assignments: assignments.map((a) => ({
      applicationId: a.application.id,
      parkId: a.park.id,
      version: a.application.version,
    })),
  });
  const freeLand = async (parkId: string) =>
    Number((await api.dataSource.query('SELECT "freeLandMu" FROM parks WHERE id = $1', [parkId]))[0].freeLandMu);
  const rows = (ids: string[]) =>
    api.dataSource.query(
      'SELECT id, status, version, "parkId", "reservedLandMu"::float AS reserved FROM placement_applications WHERE id = ANY($1) ORDER BY id',
      [ids],
    );
  /** Open land applications that only a park admitting high pollution takes (every plan park forbids 三高). */
  const heavy = async (...sizes: number[]) => {
    const apps = [];
    for (const landMu of sizes)
      apps.push(await submitLand(api, applicant.token, landMu, { pollutionCategory: 'HIGH' }));
    return apps.map((a) => a.id);
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

  it('approves every assignment at once, taking each park’s land and never more than it has', async () => {
    const parkId = await createPark(api, 'APPLY_ALL', {
      forbidsThreeHigh: false,
      maxPollution: 'HIGH',
      freeLandMu: 30,
    });
    const ids = await heavy(20, 15, 12);
    const assignments = await propose(ids);
    expect(assignments.map((a) => a.application.landMu).sort()).toEqual([12, 15]);

    const result = await api.gql(APPLY, { input: toInput(assignments) }, { token: staff });
    expect(result.errors).toBeUndefined();
    const approved = result.data?.applyAllocation as { id: string; status: string; parkId: string }[];
    expect(approved.map((a) => a.status)).toEqual(['APPROVED', 'APPROVED']);
    expect(approved.every((a) => a.parkId === parkId)).toBe(true);
    expect(await freeLand(parkId)).toBe(3);
    const left = (await rows(ids)).filter((r: { status: string }) => r.status !== 'APPROVED');
    expect(left).toHaveLength(1);
    expect(left[0].reserved).toBe(0);

    const [audit] = await api.dataSource.query(`SELECT after FROM audit_log WHERE action = 'allocation.apply'`);
    expect(audit.after.assignments).toHaveLength(2);
    // A second apply of the same proposal finds the versions moved on, and changes nothing.
    const again = await api.gql(APPLY, { input: toInput(assignments) }, { token: staff });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await freeLand(parkId)).toBe(3);
  });

  it('refuses the whole batch when one application changed since the proposal, naming it', async () => {
    const parkId = await createPark(api, 'APPLY_STALE', {
      forbidsThreeHigh: false,
      maxPollution: 'HIGH',
      freeLandMu: 40,
    });
    const ids = await heavy(5, 6);
    const assignments = await propose(ids);
    expect(assignments).toHaveLength(2);
    const stale = assignments[1].application;
    const moved = await api.gql(
      'mutation ($id: ID!, $version: Int!) { reviewApplication(id: $id, version: $version) { version } }',
      { id: stale.id, version: stale.version },
      { token: staff },
    );
    expect(moved.errors).toBeUndefined();
    const before = await rows(ids);
    const frees = await Promise.all(assignments.map((a) => freeLand(a.park.id)));

    const refused = await api.gql(APPLY, { input: toInput(assignments) }, { token: staff });
    const error = refused.errors?.[0];
    expect(error?.extensions.code).toBe('CONFLICT');
    expect(error?.extensions.applicationId).toBe(stale.id);
    expect(error?.message).toContain('分配方案未执行，未做任何变更。第 2 项');
    expect(error?.message).toContain('园区匹配测试企业');
    expect(await rows(ids)).toEqual(before);
    expect(await Promise.all(assignments.map((a) => freeLand(a.park.id)))).toEqual(frees);
    expect(await freeLand(parkId)).toBe(40);
  });

  it('refuses the whole batch when a park was filled meanwhile, naming the application and the shortfall', async () => {
    const parkId = await createPark(api, 'APPLY_FULL', {
      forbidsThreeHigh: false,
      maxPollution: 'HIGH',
      freeLandMu: 50,
      targetIndustries: ['BIOMEDICINE'],
    });
    const bio = await enterpriseWith(api, { industry: 'BIOMEDICINE', tier: 'HIGH_TECH' });
    const first = await submitLand(api, bio.token, 8, { pollutionCategory: 'HIGH' });
    const second = await submitLand(api, bio.token, 9, { pollutionCategory: 'HIGH' });
    const assignments = (await propose([first.id, second.id])).map((a) => ({ ...a, park: { ...a.park, id: parkId } }));
    const [{ version }] = await api.dataSource.query('SELECT version FROM parks WHERE id = $1', [parkId]);
    const filled = await api.gql(
      'mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) { updatePark(id: $id, version: $version, input: $input) { id } }',
      { id: parkId, version, input: { freeLandMu: 10, freeSpaceReason: '另一企业已签约占用' } },
      { token: admin },
    );
    expect(filled.errors).toBeUndefined();
    const before = await rows([first.id, second.id]);

    const refused = await api.gql(APPLY, { input: toInput(assignments) }, { token: staff, locale: 'en-US' });
    const error = refused.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(
      /The proposal was not applied and nothing changed\. Assignment \d \(the application of /,
    );
    expect(error?.message).toContain('not enough free land');
    expect(await rows([first.id, second.id])).toEqual(before);
    expect(await freeLand(parkId)).toBe(10);
  });

  it('re-checks hard constraints and is for staff only', async () => {
    const parkId = await createPark(api, 'APPLY_CLEAN', { forbidsThreeHigh: true, freeLandMu: 50 });
    const [id] = await heavy(4);
    const [{ version }] = await rows([id]);
    const input = { assignments: [{ applicationId: id, parkId, version }] };
    const refused = await api.gql(APPLY, { input }, { token: staff });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0].extensions.constraints as { code: string }[]).map((c) => c.code)).toContain(
      'THREE_HIGH',
    );
    expect(refused.errors?.[0].extensions.fields?.[0].field).toBe('assignments.0.parkId');
    const byEnterprise = await api.gql(APPLY, { input }, { token: applicant.token });
    expect(byEnterprise.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const twice = await api.gql(
      APPLY,
      { input: { assignments: [input.assignments[0], input.assignments[0]] } },
      { token: staff },
    );
    expect(twice.errors?.[0].extensions.fields?.[0].field).toBe('assignments.1.applicationId');
    expect(await freeLand(parkId)).toBe(50);
  });
});
