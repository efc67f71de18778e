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
    incubationFloorInUseSqm incubationFloorTotalSqm idleLandRecoveredMu idleLandRecoveredByYear { year areaMu }
    enterpriseTrend { month newEnterprises newHighTech newTechSme totalEnterprises totalHighTech totalTechSme }
  } }`;

type Dashboard = {
  enterprises: number;
  enterprisesByCluster: { industryCode: string | null; name: string; enterprises: number }[];
  enterprisesByTier: { tier: string; enterprises: number }[];
  incubationFloorInUseSqm: number;
  incubationFloorTotalSqm: number;
  idleLandRecoveredMu: number;
  idleLandRecoveredByYear: { year: number; areaMu: number }[];
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
const LAND = `mutation ($input: LandPlotInput!) { recordLandPlot(input: $input) { id version } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $input: MoveLandPlotInput!) {
  moveLandPlot(id: $id, version: $version, input: $input) { id version } }`;
/** Idle land recovered: 12.5 亩 in 2024 and 7.5 亩 in 2025; a plot under recovery counts nothing. */
const recoverPlots = async () => {
  const parkId = await createPark(api, `PLAN_DASH_LAND_${Date.now()}`);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const result = await api.gql(query, variables, { token: staff.token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0] as { id: string; version: number };
  };
  const plot = async (code: string, areaMu: number, steps: [string, string][]) => {
    let saved = await gql(LAND, {
      input: { code: `${code}-${Date.now()}`, parkId, areaMu, holderName: '某企业', idleSince: '2023-01-01' },
    });
    for (const [status, on] of steps) {
      saved = await gql(MOVE, {
        id: saved.id,
        version: saved.version,
        input: { status, on, disposalRoute: 'STATE_RESERVE' },
      });
    }
  };
  await plot('PD-A', 12.5, [
    ['UNDER_RECOVERY', '2024-02-01'],
    ['RECOVERED', '2024-06-30'],
  ]);
  await plot('PD-B', 7.5, [
    ['UNDER_RECOVERY', '2025-01-01'],
    ['RECOVERED', '2025-03-15'],
  ]);
  await plot('PD-C', 40, [['UNDER_RECOVERY', '2025-01-01']]);
};
const recoveredIn = (d: Dashboard, year: number) =>
  d.idleLandRecoveredByYear.find((row) => row.year === year)?.areaMu ?? 0;
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
  await recoverPlots();
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

  it('adds the incubation floor space in use', () => {
    expect(after.incubationFloorInUseSqm - before.incubationFloorInUseSqm).toBe(600);
    expect(after.incubationFloorTotalSqm - before.incubationFloorTotalSqm).toBe(1000);
  });

  it('sums the idle land recovered, in total and by year of recovery, from the land plots', () => {
    expect(after.idleLandRecoveredMu - before.idleLandRecoveredMu).toBeCloseTo(20);
    expect(recoveredIn(after, 2024) - recoveredIn(before, 2024)).toBeCloseTo(12.5);
    expect(recoveredIn(after, 2025) - recoveredIn(before, 2025)).toBeCloseTo(7.5);
    const years = after.idleLandRecoveredByYear.map((row) => row.year);
    expect(years).toEqual([...years].sort());
    expect(after.idleLandRecoveredByYear.reduce((sum, row) => sum + row.areaMu, 0)).toBeCloseTo(
      after.idleLandRecoveredMu,
    );
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
