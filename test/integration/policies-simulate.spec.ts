import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EnterprisesService } from '../../apps/api/src/modules/enterprises/enterprises.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// simulatePolicy over the enterprises in the database, against the published version of the code.

const SIMULATE = `query ($input: PolicyInput!, $asOf: String) {
  simulatePolicy(input: $input, asOf: $asOf) {
    asOf total eligible ineligible needsInfo totalBenefit comparedWithVersion
    newlyEligibleCount droppedOutCount
    newlyEligible { enterpriseId name outcome previousOutcome benefit previousBenefit }
    droppedOut { enterpriseId name outcome previousOutcome benefit previousBenefit }
    byIndustry { key label total eligible ineligible needsInfo benefit }
    byTier { key label total eligible benefit }
    byPark { key label total eligible benefit }
  }
}`;

const v = (fact: string) => ({ var: fact });

function rdSubsidy(criteria: object, overrides: Record<string, unknown> = {}) {
  return {
    code: 'TEST_SIM_RD',
    title: '研发投入补助（模拟）',
    titleEn: 'R&D subsidy (simulation)',
    kind: 'SUBSIDY',
    criteria,
    benefitFormula: { '*': [v('rdExpense'), 0.1] },
    maxBenefit: 500_000,
    effectiveFrom: '2024-01-01',
    testCases: [
      {
        name: '符合',
        facts: { inZone: true, revenue: 10_000_000, rdExpense: 1_000_000 },
        expectedOutcome: 'ELIGIBLE',
        expectedBenefit: 100_000,
      },
      {
        name: '不符合',
        facts: { inZone: true, revenue: 10_000_000, rdExpense: 100_000 },
        expectedOutcome: 'INELIGIBLE',
        expectedBenefit: 0,
      },
      {
        name: '待补充',
        facts: { inZone: true, revenue: 10_000_000 },
        expectedOutcome: 'NEEDS_INFO',
        expectedBenefit: null,
      },
    ],
    ...overrides,
  };
}

const PUBLISHED_RULE = { and: [{ '==': [v('inZone'), true] }, { '>=': [v('rdRatio'), 0.03] }] };
const CANDIDATE_RULE = { and: [{ '>=': [v('rdRatio'), 0.05] }] };

/** rdRatio 6 %, 4 %, 2 %, missing, and 10 % outside the zone. */
const ENTERPRISES = [
  {
    name: '模拟甲',
    uscc: 'SIMAAAAAAAAAAAAAA1',
    inZone: true,
    revenue: 10_000_000,
    rdExpense: 600_000,
    industry: 'NEW_MATERIALS',
    tier: 'HIGH_TECH',
    parkCode: 'AIRPORT_A',
    registeredAt: '2020-05-01',
  },
  {
    name: '模拟乙',
    uscc: 'SIMBBBBBBBBBBBBBB2',
    inZone: true,
    revenue: 10_000_000,
    rdExpense: 400_000,
    industry: 'NEW_MATERIALS',
    tier: 'TECH_SME',
    parkCode: 'AIRPORT_A',
    registeredAt: '2021-05-01',
  },
  {
    name: '模拟丙',
    uscc: 'SIMCCCCCCCCCCCCCC3',
    inZone: true,
    revenue: 10_000_000,
    rdExpense: 200_000,
    industry: 'NEXT_GEN_IT',
    tier: 'TECH_SME',
    parkCode: null,
    registeredAt: null,
  },
  {
    name: '模拟丁',
    uscc: 'SIMDDDDDDDDDDDDDD4',
    inZone: true,
    revenue: 10_000_000,
    rdExpense: null,
    industry: null,
    tier: null,
    parkCode: null,
    registeredAt: null,
  },
  {
    name: '模拟戊',
    uscc: 'SIMEEEEEEEEEEEEEE5',
    inZone: false,
    revenue: 10_000_000,
    rdExpense: 1_000_000,
    industry: 'NEXT_GEN_IT',
    tier: 'LEADING',
    parkCode: 'AIRPORT_B',
    registeredAt: '2019-01-01',
  },
];

describe('policies: simulation over every enterprise', () => {
  let api: TestApp;
  let admin: string;
  let staff: string;

  /** Inserts enterprises as rows (the simulation reads the table, whoever wrote it); ids by name. */
  async function insertEnterprises(list: typeof ENTERPRISES): Promise<Record<string, string>> {
    const ids: Record<string, string> = {};
    for (const e of list) {
      const [row] = await api.dataSource.query(
        `INSERT INTO enterprises (name, uscc, "inZone", revenue, "rdExpense", industry, tier, "parkCode", "registeredAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [e.name, e.uscc, e.inZone, e.revenue, e.rdExpense, e.industry, e.tier, e.parkCode, e.registeredAt],
      );
      ids[e.name] = row.id;
    }
    return ids;
  }

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    admin = await api.adminToken();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
  });
  afterAll(async () => {
    await api?.close();
  });

  async function simulate(criteria: object) {
    const result = await api.gql(SIMULATE, { input: rdSubsidy(criteria), asOf: '2024-06-30' }, { token: staff });
    expect(result.errors).toBeUndefined();
    return result.data?.simulatePolicy;
  }
  interface Bucket {
    key: string | null;
    total: number;
    eligible: number;
    ineligible: number;
    needsInfo: number;
    benefit: number;
  }
  const bucket = (list: Bucket[], key: string | null): Bucket =>
    list.find((b) => b.key === key) ?? { key, total: 0, eligible: 0, ineligible: 0, needsInfo: 0, benefit: 0 };

  it('counts outcomes, the budget and the breakdowns, and lists who newly qualifies and who drops out', async () => {
    // Whatever other enterprises the database holds (demo data), the five below add exactly their share.
    const baseline = await simulate(CANDIDATE_RULE);
    expect(baseline).toMatchObject({
      comparedWithVersion: null,
      asOf: '2024-06-30',
      newlyEligible: [],
      droppedOut: [],
    });

    const ids = await insertEnterprises(ENTERPRISES);

    // The code has no published version yet: no comparison.
    const fresh = await simulate(CANDIDATE_RULE);
    expect(fresh.total - baseline.total).toBe(5);
    expect(fresh.eligible - baseline.eligible).toBe(2); // 甲 6 %, 戊 10 %
    expect(fresh.ineligible - baseline.ineligible).toBe(2); // 乙, 丙
    expect(fresh.needsInfo - baseline.needsInfo).toBe(1); // 丁
    expect(fresh.totalBenefit - baseline.totalBenefit).toBeCloseTo(160_000, 2); // 60 000 + 100 000
    expect(fresh.comparedWithVersion).toBeNull();
    const materials = bucket(fresh.byIndustry, 'NEW_MATERIALS');
    const materialsBefore = bucket(baseline.byIndustry, 'NEW_MATERIALS');
    expect(materials.total - materialsBefore.total).toBe(2);
    expect(materials.eligible - materialsBefore.eligible).toBe(1);
    expect(materials.benefit - materialsBefore.benefit).toBeCloseTo(60_000, 2);
    expect(fresh.byIndustry.find((b: { key: string | null }) => b.key === 'NEW_MATERIALS').label).toBe('新材料');
    expect(bucket(fresh.byIndustry, null).needsInfo - bucket(baseline.byIndustry, null).needsInfo).toBe(1);
    expect(bucket(fresh.byTier, 'LEADING').eligible - bucket(baseline.byTier, 'LEADING').eligible).toBe(1);
    expect(bucket(fresh.byPark, 'AIRPORT_A').total - bucket(baseline.byPark, 'AIRPORT_A').total).toBe(2);

    // Publish version 1 (in the zone and R&D ≥ 3 %), then simulate the candidate (R&D ≥ 5 %, anywhere).
    const created = await api.gql(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      { input: rdSubsidy(PUBLISHED_RULE) },
      { token: admin },
    );
    const published = await api.gql(
      'mutation ($id: ID!) { publishPolicy(id: $id) { version status } }',
      { id: created.data?.createPolicy.id },
      { token: admin },
    );
    expect(published.data?.publishPolicy).toEqual({ version: 1, status: 'PUBLISHED' });

    const compared = await simulate(CANDIDATE_RULE);
    expect(compared.comparedWithVersion).toBe(1);
    const mine = (list: { enterpriseId: string }[]) => list.filter((c) => Object.values(ids).includes(c.enterpriseId));
    expect(mine(compared.newlyEligible)).toEqual([
      {
        enterpriseId: ids['模拟戊'],
        name: '模拟戊',
        outcome: 'ELIGIBLE',
        previousOutcome: 'INELIGIBLE',
        benefit: 100_000,
        previousBenefit: 0,
      },
    ]);
    expect(mine(compared.droppedOut)).toEqual([
      {
        enterpriseId: ids['模拟乙'],
        name: '模拟乙',
        outcome: 'INELIGIBLE',
        previousOutcome: 'ELIGIBLE',
        benefit: 0,
        previousBenefit: 40_000,
      },
    ]);
    expect(compared.newlyEligibleCount).toBeGreaterThanOrEqual(1);
    expect(compared.droppedOutCount).toBeGreaterThanOrEqual(1);

    // The same rule as the published one changes nobody.
    const same = await simulate(PUBLISHED_RULE);
    expect(same).toMatchObject({ comparedWithVersion: 1, newlyEligibleCount: 0, droppedOutCount: 0 });
  });

  it('reads every enterprise once, in batches, with its stored facts', async () => {
    const ids = await insertEnterprises(
      ENTERPRISES.slice(0, 3).map((e, i) => ({
        ...e,
        name: `批次${e.name}`,
        uscc: `BATCH${i}AAAAAAAAAAAAA`.slice(0, 18),
      })),
    );
    const seen: string[] = [];
    const sizes: number[] = [];
    let first: Record<string, unknown> | undefined;
    await api.app.get(EnterprisesService).forEachProfile((batch) => {
      sizes.push(batch.length);
      seen.push(...batch.map((s) => s.enterpriseId));
      first ??= batch.find((s) => s.enterpriseId === ids['批次模拟甲'])?.facts;
    }, 2);
    expect(first).toMatchObject({ registeredAt: '2020-05-01', revenue: 10_000_000, inZone: true, tier: 'HIGH_TECH' });
    const all = (await api.dataSource.query('SELECT id FROM enterprises ORDER BY id')).map((r: { id: string }) => r.id);
    expect(seen).toEqual(all);
    expect(Math.max(...sizes)).toBe(2);
  });

  it('refuses a bad rule and keeps simulation to staff', async () => {
    const bad = await api.gql(SIMULATE, { input: rdSubsidy({ '>=': [v('nope'), 1] }) }, { token: staff });
    expect(bad.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(["criteria['>='][0]"]);
    const { token } = await api.userWithRole('ENTERPRISE');
    expect((await api.gql(SIMULATE, { input: rdSubsidy(CANDIDATE_RULE) }, { token })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
