import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SeedService } from '../../apps/api/src/modules/reference-data/seed.service.js';
import { SEED_CORRECTIONS } from '../../apps/api/src/modules/policies/policy-seed-corrections.js';
import { enterpriseWith } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A database seeded before HUMAN_RESOURCES_SERVICES existed holds the HR-service award's version 1
// targeting all of COMMERCE_TRADE; the seed publishes the corrected rule as version 2 (once), re-matched,
// and leaves a policy an admin has edited alone.

const CODE = 'HR_SERVICE_BACKBONE_AWARD';
const HR = SEED_CORRECTIONS.find((c) => c.code === CODE)!;
const UPDATE_POLICY = `mutation ($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { id version status } }`;
const POLICY_INPUT = `query ($id: ID!) { policy(id: $id) {
  code title titleEn kind criteria benefitFormula maxBenefit targetIndustries targetTiers
  testCases { name facts expectedOutcome expectedBenefit asOf }
} }`;

interface Version {
  id: string;
  version: number;
  status: string;
  publishedById: string | null;
  targetIndustries: string[];
}

describe('seed corrections: the HR-service award', () => {
  let api: TestApp;
  let admin: string;
  let hrFirm: string;
  let commerceFirm: string;

  const versions = (): Promise<Version[]> =>
    api.dataSource.query(
      `SELECT id, version, status, "publishedById", "targetIndustries" FROM policies WHERE code = $1 ORDER BY version`,
      [CODE],
    );
  const seed = () => api.app.get(SeedService).run();
  /** Puts version 1 back to the old seed's targeting, as a database seeded before the change holds it. */
  const oldVersionOne = async () => {
    const old = JSON.parse(
      JSON.stringify({ criteria: HR.seed.criteria, targetIndustries: HR.seed.targetIndustries }).replaceAll(
        'HUMAN_RESOURCES_SERVICES',
        'COMMERCE_TRADE',
      ),
    ) as { criteria: unknown; targetIndustries: string[] };
    await api.dataSource.query(
      `UPDATE policies SET criteria = $1, "targetIndustries" = $2 WHERE code = $3 AND version = 1`,
      [JSON.stringify(old.criteria), old.targetIndustries, CODE],
    );
  };
  const enterprise = async (industry: string): Promise<string> =>
    (await enterpriseWith(api, { inZone: true, revenue: 60_000_000, seriousDishonesty: false, industry })).enterpriseId;
  const outcome = async (enterpriseId: string, policyId: string): Promise<string | undefined> =>
    (
      await api.dataSource.query('SELECT outcome FROM policy_matches WHERE "enterpriseId" = $1 AND "policyId" = $2', [
        enterpriseId,
        policyId,
      ])
    )[0]?.outcome;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    hrFirm = await enterprise('HUMAN_RESOURCES_SERVICES');
    commerceFirm = await enterprise('COMMERCE_TRADE');
    await api.waitForJobs();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('leaves a fresh database (v1 already the corrected rule) alone', async () => {
    await seed();
    expect(await versions()).toEqual([
      expect.objectContaining({ version: 1, status: 'PUBLISHED', targetIndustries: ['HUMAN_RESOURCES_SERVICES'] }),
    ]);
  });

  it('leaves the old v1 alone while an admin has a later version of it', async () => {
    await oldVersionOne();
    const [v1] = await versions();
    const read = await api.gql(POLICY_INPUT, { id: v1.id }, { token: admin });
    expect(read.errors).toBeUndefined();
    const input = { ...read.data?.policy, title: `${read.data?.policy.title}（管理员修订）` };
    const draft = await api.gql(UPDATE_POLICY, { id: v1.id, input }, { token: admin });
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.updatePolicy).toMatchObject({ version: 2, status: 'DRAFT' });

    await seed();
    expect((await versions()).map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'DRAFT'],
    ]);
    // The admin's draft goes: the database holds the untouched old seed again.
    await api.dataSource.query(`DELETE FROM policies WHERE code = $1 AND status = 'DRAFT'`, [CODE]);
  });

  it('publishes the corrected rule as v2 over the untouched old v1, once, and re-matches', async () => {
    const [v1] = await versions();
    expect(v1).toMatchObject({ version: 1, status: 'PUBLISHED', targetIndustries: ['COMMERCE_TRADE'] });
    await seed();
    await seed(); // every boot seeds: the second run finds v2 and does nothing

    const chain = await versions();
    expect(chain).toEqual([
      expect.objectContaining({ version: 1, status: 'RETIRED' }),
      expect.objectContaining({
        version: 2,
        status: 'PUBLISHED',
        publishedById: null,
        targetIndustries: ['HUMAN_RESOURCES_SERVICES'],
      }),
    ]);
    const v2 = chain[1];
    const runs = await api.dataSource.query(`SELECT trigger FROM match_runs WHERE "policyId" = $1`, [v2.id]);
    expect(runs).toEqual([{ trigger: 'POLICY_PUBLISHED' }]);
    const audits = await api.dataSource.query(
      `SELECT action, "entityId", "actorId" FROM audit_log WHERE "entityId" = ANY($1) AND action IN ('policy.retire', 'policy.publish') ORDER BY action`,
      [[v1.id, v2.id]],
    );
    expect(audits).toEqual([
      { action: 'policy.publish', entityId: v2.id, actorId: null },
      { action: 'policy.retire', entityId: v1.id, actorId: null },
    ]);

    await api.waitForJobs();
    expect(await outcome(hrFirm, v2.id)).toBe('ELIGIBLE');
    expect(await outcome(commerceFirm, v2.id)).toBe('INELIGIBLE');
  });
});
