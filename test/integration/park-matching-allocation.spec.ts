import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPark, enterpriseWith, submitLand, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROPOSE = `mutation ($ids: [ID!]!) { proposeAllocation(applicationIds: $ids) {
  assignments { application { id landMu } park { id code freeLandMu } score }
  unassigned { application { id } reasons }
  objective gap } }`;

interface Proposal {
  assignments: {
    application: { id: string; landMu: number };
    park: { id: string; code: string; freeLandMu: number };
    score: number;
  }[];
  unassigned: { application: { id: string }; reasons: string[] }[];
  objective: number;
  gap: number;
}

describe('allocation proposals', () => {
  let api: TestApp;
  let staff: string;
  let applicant: TestEnterprise;
  let parkId: string;

  beforeAll(async () => {
    api = await startTestApp();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
    // The only park taking high-pollution projects (every plan park forbids 三高): they compete for it.
    parkId = await createPark(api, 'ALLOC_PARK', { forbidsThreeHigh: false, maxPollution: 'HIGH', freeLandMu: 30 });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('never exceeds a park’s free land, and says why each application is left out', async () => {
    const heavy = [];
    for (const landMu of [20, 15, 12])
      heavy.push(await submitLand(api, applicant.token, landMu, { pollutionCategory: 'HIGH' }));
    const tooBig = await submitLand(api, applicant.token, 100_000);
    const ids = [...heavy.map((a) => a.id), tooBig.id];

    const result = await api.gql(PROPOSE, { ids }, { token: staff });
    expect(result.errors).toBeUndefined();
    const proposal = result.data?.proposeAllocation as Proposal;
    const inPark = proposal.assignments.filter((a) => a.park.id === parkId);
    expect(inPark.reduce((sum, a) => sum + a.application.landMu, 0)).toBeLessThanOrEqual(30);
    for (const a of proposal.assignments) expect(a.application.landMu).toBeLessThanOrEqual(a.park.freeLandMu);
    // 15 + 12 fit together; 20 fits only alone: the optimum places two.
    expect(inPark.map((a) => a.application.landMu).sort()).toEqual([12, 15]);
    expect(proposal.gap).toBe(0);
    expect(proposal.objective).toBeCloseTo(
      proposal.assignments.reduce((sum, a) => sum + a.score, 0),
      1,
    );

    const reasons = new Map(proposal.unassigned.map((u) => [u.application.id, u.reasons]));
    expect([...reasons.keys()].sort()).toEqual([heavy[0].id, tooBig.id].sort());
    expect(reasons.get(heavy[0].id)).toEqual(['合适园区的剩余空间已分配给得分更高的申请']);
    expect(reasons.get(tooBig.id)?.[0]).toBe('没有满足全部硬性条件的园区');

    // A proposal changes nothing.
    const [{ free }] = await api.dataSource.query('SELECT "freeLandMu"::float AS free FROM parks WHERE id = $1', [
      parkId,
    ]);
    expect(free).toBe(30);
  });

  it('is for staff only, and refuses applications that are not open', async () => {
    const app = await submitLand(api, applicant.token, 2);
    const byEnterprise = await api.gql(PROPOSE, { ids: [app.id] }, { token: applicant.token });
    expect(byEnterprise.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const unknown = await api.gql(
      PROPOSE,
      { ids: ['00000000-0000-4000-8000-000000000000'] },
      { token: staff, locale: 'en-US' },
    );
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('do not exist or are decided');
  });
});
