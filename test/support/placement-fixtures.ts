import { nextUscc } from '../fixtures/uscc.js';
import type { TestApp } from './test-app.js';

/** Builders for placement tests: enterprises with a profile, parks with limits, applications. */

let seq = 0;

export interface TestEnterprise {
  token: string;
  userId: string;
  enterpriseId: string;
}

/** A registered enterprise whose profile holds `facts` (industry, chainSegment, tier, …). */
export async function enterpriseWith(api: TestApp, facts: Record<string, unknown> = {}): Promise<TestEnterprise> {
  seq += 1;
  const registered = await api.gql(
    'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { id enterprise { id } } } }',
    {
      input: {
        uscc: nextUscc(),
        name: `园区匹配测试企业${seq}`,
        email: `placement-${seq}-${Date.now()}@test.local`,
        password: 'a-long-enterprise-password',
      },
    },
  );
  if (!registered.data) throw new Error(JSON.stringify(registered.errors));
  const payload = registered.data.registerEnterprise;
  const enterprise = {
    token: payload.accessToken as string,
    userId: payload.user.id as string,
    enterpriseId: payload.user.enterprise.id as string,
  };
  if (Object.keys(facts).length) {
    const updated = await api.gql(
      'mutation ($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(id: $id, input: $input) { id } }',
      { id: enterprise.enterpriseId, input: facts },
      { token: enterprise.token },
    );
    if (!updated.data) throw new Error(JSON.stringify(updated.errors));
  }
  return enterprise;
}

/** Creates an active park (admin); every defaulted field given, as graphql-jit wants. */
export async function createPark(api: TestApp, code: string, fields: Record<string, unknown> = {}): Promise<string> {
  const result = await api.gql(
    'mutation ($input: CreateParkInput!) { createPark(input: $input) { id } }',
    {
      input: {
        code,
        name: `测试园区${code}`,
        nameEn: `Test park ${code}`,
        kind: 'INDUSTRIAL_PARK',
        level: 'DISTRICT',
        positioning: '',
        positioningEn: '',
        targetIndustries: [],
        forbiddenIndustries: [],
        forbidsThreeHigh: true,
        maxPollution: 'MEDIUM',
        maxEnergyTce: null,
        totalLandMu: 500,
        freeLandMu: 100,
        totalFloorSqm: 20000,
        freeFloorSqm: 5000,
        servedTiers: [],
        infrastructure: [],
        lng: 87.6,
        lat: 43.8,
        ...fields,
      },
    },
    { token: await api.adminToken() },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createPark.id as string;
}

/** A SUBMITTED land application of `landMu` mu; `extra` overrides any field. */
export async function submitLand(
  api: TestApp,
  token: string,
  landMu: number,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const result = await api.gql(
    'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id version } }',
    {
      input: {
        kind: 'LAND',
        landMu,
        summary: '新建生产线',
        plannedInvestment: 100_000_000,
        jobs: 80,
        energyTce: 500,
        pollutionCategory: 'LOW',
        ...extra,
      },
    },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  // Park matching screens it in the background (SUBMITTED → RECOMMENDED); let it settle first.
  await api.waitForJobs();
  return result.data.submitApplication;
}

/** The current optimistic-lock version of an application. */
export async function applicationVersion(api: TestApp, id: string): Promise<number> {
  const [row] = await api.dataSource.query('SELECT version FROM placement_applications WHERE id = $1', [id]);
  return row.version as number;
}
