import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPark, enterpriseWith } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The plan dashboard's live figures, read before and after a known change (other suites share the
 * database, so the assertions are on differences): three enterprises in two clusters and two tiers,
 * and an incubator with 600 m² of its 1,000 m² taken.
 */

const PLAN_DASHBOARD = `query ($includeSample: Boolean) {
  planDashboard(includeSample: $includeSample) {
    enterprises
    enterprisesByCluster { industryCode name enterprises }
    enterprisesByTier { tier enterprises }
    incubationFloorInUseSqm incubationFloorTotalSqm idleLandRecoveredMu
    enterpriseTrend { month newEnterprises newHighTech newTechSme totalEnterprises totalHighTech totalTechSme }
  } }`;

type Dashboard = {
  enterprises: number;
  enterprisesByCluster: { industryCode: string | null; name: string; enterprises: number }[];
  enterprisesByTier: { tier: string; enterprises: number }[];
  incubationFloorInUseSqm: number;
  incubationFloorTotalSqm: number;
  idleLandRecoveredMu: number | null;
  enterpriseTrend: Record<string, number | string>[];
};

let api: TestApp;
let staff: { token: string };
let before: Dashboard;
let after: Dashboard;

const read = async (locale?: string): Promise<Dashboard> => {
  const result = await api.gql(PLAN_DASHBOARD, {}, { token: staff.token, locale });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.planDashboard as Dashboard;
};
const cluster = (d: Dashboard, code: string | null) =>
  d.enterprisesByCluster.find((row) => row.industryCode === code)?.enterprises ?? NaN;
const tier = (d: Dashboard, code: string) => d.enterprisesByTier.find((row) => row.tier === code)?.enterprises ?? NaN;

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = await api.userWithRole('BUREAU_STAFF');
  before = await read();
  await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
  await enterpriseWith(api, { industry: 'BIOMEDICINE', tier: 'TECH_SME' });
  await enterpriseWith(api);
  await createPark(api, `PLAN_DASH_INC_${Date.now()}`, {
    kind: 'INCUBATOR',
    totalLandMu: 0,
    freeLandMu: 0,
    totalFloorSqm: 1000,
    freeFloorSqm: 400,
  });
  after = await read();
});

afterAll(async () => {
  await api?.close();
});

describe('planDashboard', () => {
  it('counts enterprises by cluster and tier', () => {
    expect(after.enterprises - before.enterprises).toBe(3);
    expect(cluster(after, 'NEW_MATERIALS') - cluster(before, 'NEW_MATERIALS')).toBe(1);
    expect(cluster(after, 'BIOMEDICINE') - cluster(before, 'BIOMEDICINE')).toBe(1);
    expect(cluster(after, 'NEXT_GEN_IT') - cluster(before, 'NEXT_GEN_IT')).toBe(0);
    expect(cluster(after, null) - cluster(before, null)).toBe(1);
    expect(after.enterprisesByCluster.map((row) => row.industryCode)).toEqual([
      'NEW_MATERIALS',
      'BIOMEDICINE',
      'NEXT_GEN_IT',
      'ADVANCED_EQUIPMENT',
      null,
    ]);
    expect(after.enterprisesByCluster.reduce((sum, row) => sum + row.enterprises, 0)).toBe(after.enterprises);
    expect(tier(after, 'HIGH_TECH') - tier(before, 'HIGH_TECH')).toBe(1);
    expect(tier(after, 'TECH_SME') - tier(before, 'TECH_SME')).toBe(1);
    expect(tier(after, 'LEADING') - tier(before, 'LEADING')).toBe(0);
  });

  it('adds the incubation floor space in use and leaves idle land recovered empty', () => {
    expect(after.incubationFloorInUseSqm - before.incubationFloorInUseSqm).toBe(600);
    expect(after.incubationFloorTotalSqm - before.incubationFloorTotalSqm).toBe(1000);
    expect(after.idleLandRecoveredMu).toBeNull();
  });

  it('has a 12-month trend whose running totals end at today’s figures', () => {
    const months = after.enterpriseTrend;
    expect(months).toHaveLength(12);
    const last = months[months.length - 1];
    const lastBefore = before.enterpriseTrend[before.enterpriseTrend.length - 1];
    expect(last.month).toBe(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7));
    expect(last.totalEnterprises).toBe(after.enterprises);
    expect(last.totalHighTech).toBe(tier(after, 'HIGH_TECH'));
    expect(last.totalTechSme).toBe(tier(after, 'TECH_SME'));
    expect(Number(last.newEnterprises) - Number(lastBefore.newEnterprises)).toBe(3);
    expect(Number(last.newHighTech) - Number(lastBefore.newHighTech)).toBe(1);
  });

  it('names the clusters in the caller’s language', async () => {
    const en = await read('en-US');
    expect(en.enterprisesByCluster.find((row) => row.industryCode === 'NEW_MATERIALS')?.name).toBe('New materials');
    expect(after.enterprisesByCluster.find((row) => row.industryCode === 'NEW_MATERIALS')?.name).toBe('新材料');
  });

  it('is staff only', async () => {
    const enterprise = await enterpriseWith(api);
    const refused = await api.gql(PLAN_DASHBOARD, {}, { token: enterprise.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('planMap and planGoals', () => {
  it('serve the spatial frame and sample park outlines as GeoJSON to any role', async () => {
    const enterprise = await enterpriseWith(api);
    const result = await api.gql(
      `{ planMap { tiles { url attribution } district { code geometry sample } frame { code name kind frame parkCode geometry sample }
         parkOutlines { parkCode geometry sample outsideUrumqi } }
         planGoals { code year target planRef baselineCodes } }`,
      {},
      { token: enterprise.token },
    );
    expect(result.errors).toBeUndefined();
    const { planMap, planGoals } = result.data!;
    expect(planMap.tiles).toBeNull(); // no MAP_TILE_URL here: the map draws offline
    expect(planMap.district.geometry.type).toBe('Polygon');
    const axes = planMap.frame.filter(
      (f: { frame: string; kind: string }) => f.frame === 'THREE_AXES_THREE_ZONES' && f.kind === 'AXIS',
    );
    expect(axes.map((a: { name: string }) => a.name)).toEqual(['北京北路发展轴', '长春北路发展轴', '东站路发展轴']);
    expect(axes[0].geometry.type).toBe('LineString');
    const zoneB = planMap.frame.find((f: { parkCode: string | null }) => f.parkCode === 'AIRPORT_B');
    const outlineB = planMap.parkOutlines.find((o: { parkCode: string }) => o.parkCode === 'AIRPORT_B');
    expect(zoneB.geometry).toEqual(outlineB.geometry);
    const ring = outlineB.geometry.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(planMap.parkOutlines.every((o: { sample: boolean }) => o.sample)).toBe(true);
    expect(planGoals.filter((g: { planRef: string }) => g.planRef === '第二章第三节')).toHaveLength(8);
    expect(planGoals.find((g: { code: string }) => g.code === 'INNOVATION').baselineCodes).toContain(
      'HIGH_TECH_ENTERPRISES',
    );
  });
});
