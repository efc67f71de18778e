import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPark, enterpriseWith, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 13, "Incubation ladder": 众创空间 → 孵化器 → 加速器 → 产业园区, graduations, offshore incubators. */

const STAY = 'id version status enteredOn endedOn companyName seats floorSqm applicationId leadId nextPark { id }';
const ENTER = `mutation ($input: IncubationEntryInput!) { recordIncubationEntry(input: $input) { ${STAY} } }`;
const GRADUATE = `mutation ($id: ID!, $version: Int!, $input: IncubationExitInput) {
  recordIncubationGraduation(id: $id, version: $version, input: $input) { ${STAY} } }`;
const LEAVE = `mutation ($id: ID!, $version: Int!, $input: IncubationExitInput) {
  recordIncubationLeaving(id: $id, version: $version, input: $input) { ${STAY} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: IncubationStayUpdateInput!) {
  updateIncubationStay(id: $id, version: $version, input: $input) { ${STAY} note } }`;
const CARRIER = `query ($parkId: ID!) { incubationCarrier(parkId: $parkId) {
  tenants seatsInUse floorSqmInUse occupancyRate entries graduations departures graduationRate medianMonthsToGraduate
  occupancy(months: 24) { month tenants floorSqmInUse graduations } } }`;
const LADDER = `{ incubationLadder { rungs { kind arrivals carriers { parkId tenants } }
  offshore { parkId graduations park { code outsideDistrict } } } }`;
const STAYS = `query ($filter: IncubationStayFilter) { incubationStays(filter: $filter, first: 20) {
  totalCount edges { node { id companyName park { id } } } } }`;
const APPLICATION = `query ($id: ID!) { application(id: $id) { id status kind floorSqm preferredParkIds summary } }`;

interface Stay {
  id: string;
  version: number;
  status: string;
  applicationId: string | null;
  leadId: string | null;
}

describe('incubation ladder', () => {
  let api: TestApp;
  let staff: string;
  let firm: TestEnterprise;
  let other: TestEnterprise;
  let makerspace: string;
  let incubator: string;
  let seq = 0;

  const gql = async (query: string, variables: Record<string, unknown> = {}, token = staff) => {
    const result = await api.gql(query, variables, { token });
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const code = async (query: string, variables: Record<string, unknown>, token = staff) =>
    (await api.gql(query, variables, { token, locale: 'en-US' })).errors?.[0]?.extensions.code;
  const carrierPark = (kind: string, fields: Record<string, unknown> = {}) =>
    createPark(api, `INC_${kind}_${Date.now()}_${++seq}`, {
      kind,
      totalLandMu: 0,
      freeLandMu: 0,
      totalFloorSqm: 1000,
      freeFloorSqm: 1000,
      targetIndustries: ['NEXT_GEN_IT'],
      servedTiers: kind === 'ACCELERATOR' ? ['HIGH_TECH', 'LITTLE_GIANT'] : ['TECH_SME', 'HIGH_TECH'],
      ...fields,
    });
  const enter = async (input: Record<string, unknown>): Promise<Stay> =>
    (await gql(ENTER, { input })).recordIncubationEntry;
  const offshorePark = async (): Promise<string> => {
    const { parks } = await gql('{ parks(filter: { search: "OFFSHORE_SHENZHEN" }) { id outsideDistrict } }');
    expect(parks).toEqual([{ id: expect.any(String), outsideDistrict: true }]);
    return parks[0].id as string;
  };

  beforeAll(async () => {
    api = await startTestApp({ redis: false });
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    firm = await enterpriseWith(api, { industry: 'NEXT_GEN_IT', tier: 'TECH_SME' });
    other = await enterpriseWith(api, { industry: 'NEXT_GEN_IT', tier: 'TECH_SME' });
    makerspace = await carrierPark('MAKERSPACE');
    incubator = await carrierPark('INCUBATOR');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('entry then graduation raises the figures and prepares a pre-filled application to the next rung', async () => {
    const stay = await enter({
      parkId: makerspace,
      enterpriseId: firm.enterpriseId,
      seats: 4,
      floorSqm: 120,
      enteredOn: '2025-01-15',
    });
    expect(stay).toMatchObject({ status: 'IN_RESIDENCE', enteredOn: '2025-01-15', seats: 4, floorSqm: 120 });
    expect((await gql(CARRIER, { parkId: makerspace })).incubationCarrier).toMatchObject({
      tenants: 1,
      seatsInUse: 4,
      floorSqmInUse: 120,
      occupancyRate: 0.12,
      entries: 1,
      graduations: 0,
      graduationRate: null,
    });
    // The next rung of a makerspace is an incubator: another makerspace is refused.
    const wrongRung = await carrierPark('MAKERSPACE');
    expect(await code(GRADUATE, { id: stay.id, version: stay.version, input: { nextParkId: wrongRung } })).toBe(
      'BAD_USER_INPUT',
    );
    // One stay in residence at a time.
    expect(await code(ENTER, { input: { parkId: incubator, enterpriseId: firm.enterpriseId, seats: 1 } })).toBe(
      'BAD_USER_INPUT',
    );

    const graduated: Stay = (
      await gql(GRADUATE, { id: stay.id, version: stay.version, input: { on: '2026-01-15', nextParkId: incubator } })
    ).recordIncubationGraduation;
    expect(graduated).toMatchObject({ status: 'GRADUATED', endedOn: '2026-01-15', nextPark: { id: incubator } });
    const figures = (await gql(CARRIER, { parkId: makerspace })).incubationCarrier;
    expect(figures).toMatchObject({
      tenants: 0,
      floorSqmInUse: 0,
      graduations: 1,
      graduationRate: 1,
      medianMonthsToGraduate: 12,
    });
    expect(figures.occupancy).toHaveLength(24);
    expect(figures.occupancy.find((p: { month: string }) => p.month === '2025-06')).toMatchObject({
      tenants: 1,
      floorSqmInUse: 120,
    });
    expect(figures.occupancy.find((p: { month: string }) => p.month === '2026-01')).toMatchObject({
      tenants: 0,
      graduations: 1,
    });

    // The enterprise finds a draft to the incubator, pre-filled, to review and submit.
    const application = (await gql(APPLICATION, { id: graduated.applicationId }, firm.token)).application;
    expect(application).toMatchObject({
      status: 'DRAFT',
      kind: 'INCUBATOR_SEAT',
      floorSqm: 120,
      preferredParkIds: [incubator],
    });
    expect(application.summary).toContain('毕业');
    const ladder = (await gql(LADDER)).incubationLadder;
    expect(ladder.rungs.map((rung: { kind: string }) => rung.kind)).toEqual([
      'MAKERSPACE',
      'INCUBATOR',
      'ACCELERATOR',
      'INDUSTRIAL_PARK',
    ]);
    expect(ladder.rungs[1].arrivals).toBeGreaterThanOrEqual(1);
    expect(ladder.rungs[0].carriers.map((c: { parkId: string }) => c.parkId)).toContain(makerspace);

    // A stale version is a conflict; an ended stay cannot graduate again.
    expect(await code(GRADUATE, { id: stay.id, version: stay.version, input: {} })).toBe('CONFLICT');
    expect(await code(GRADUATE, { id: stay.id, version: graduated.version, input: {} })).toBe('BAD_USER_INPUT');
  });

  it('counts a stay that left without graduating in the graduation rate', async () => {
    const park = await carrierPark('ACCELERATOR');
    const firmLeaving = await enterpriseWith(api, { industry: 'NEXT_GEN_IT' });
    const stay = await enter({
      parkId: park,
      enterpriseId: firmLeaving.enterpriseId,
      floorSqm: 300,
      enteredOn: '2025-03-01',
    });
    const left = (await gql(LEAVE, { id: stay.id, version: stay.version, input: { on: '2025-09-01' } }))
      .recordIncubationLeaving;
    expect(left).toMatchObject({ status: 'LEFT', endedOn: '2025-09-01', applicationId: null });
    expect((await gql(CARRIER, { parkId: park })).incubationCarrier).toMatchObject({
      departures: 1,
      graduations: 0,
      graduationRate: 0,
    });
  });

  it("an offshore incubator's graduate becomes a lead, and it is never a placement target", async () => {
    const offshore = await offshorePark();
    // A district carrier needs an enterprise on the platform; an offshore one takes a name.
    expect(await code(ENTER, { input: { parkId: makerspace, companyName: '某公司', seats: 2 } })).toBe(
      'BAD_USER_INPUT',
    );
    const stay = await enter({
      parkId: offshore,
      companyName: '深圳离岸测试科技有限公司',
      floorSqm: 60,
      enteredOn: '2025-05-01',
    });
    const graduated: Stay = (await gql(GRADUATE, { id: stay.id, version: stay.version, input: {} }))
      .recordIncubationGraduation;
    expect(graduated).toMatchObject({ status: 'GRADUATED', applicationId: null, leadId: expect.any(String) });
    const { lead } = await gql('query ($id: ID!) { lead(id: $id) { companyName source stage } }', {
      id: graduated.leadId,
    });
    expect(lead).toEqual({ companyName: '深圳离岸测试科技有限公司', source: 'OFFSHORE_INCUBATOR', stage: 'LEAD' });
    const ladder = (await gql(LADDER)).incubationLadder;
    expect(ladder.offshore.find((c: { parkId: string }) => c.parkId === offshore)).toMatchObject({
      graduations: 1,
      park: { code: 'OFFSHORE_SHENZHEN', outsideDistrict: true },
    });
    expect(
      ladder.rungs.flatMap((r: { carriers: { parkId: string }[] }) => r.carriers.map((c) => c.parkId)),
    ).not.toContain(offshore);
    // Not offered for placement: an application naming it is refused; graduating into it too.
    const apply = await api.gql(
      'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      { input: { kind: 'OFFICE', floorSqm: 50, preferredParkIds: [offshore], summary: '办公' } },
      { token: other.token, locale: 'en-US' },
    );
    expect(apply.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const next = await enter({ parkId: makerspace, enterpriseId: other.enterpriseId, seats: 2 });
    expect(await code(GRADUATE, { id: next.id, version: next.version, input: { nextParkId: offshore } })).toBe(
      'BAD_USER_INPUT',
    );
    await gql(LEAVE, { id: next.id, version: next.version });
  });

  it("shows an enterprise its own stays only; another's is NOT_FOUND", async () => {
    const mine = await enterpriseWith(api, { industry: 'NEXT_GEN_IT' });
    const stay = await enter({ parkId: incubator, enterpriseId: mine.enterpriseId, floorSqm: 80, note: '租金待议' });
    const own = (await gql(STAYS, {}, mine.token)).incubationStays;
    expect(own.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([stay.id]);
    // the bureau's note stays the bureau's
    const noteOf = (token?: string) =>
      gql('query ($id: ID!) { incubationStay(id: $id) { note } }', { id: stay.id }, token).then(
        (d) => d.incubationStay.note,
      );
    expect(await noteOf(mine.token)).toBeNull();
    expect(await noteOf()).toBe('租金待议');
    const theirs = (await gql(STAYS, { filter: { enterpriseId: mine.enterpriseId } }, other.token)).incubationStays;
    expect(theirs.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(stay.id);
    expect(await code('query ($id: ID!) { incubationStay(id: $id) { id } }', { id: stay.id }, other.token)).toBe(
      'NOT_FOUND',
    );
    const staffView = (await gql(STAYS, { filter: { parkId: incubator } })).incubationStays;
    expect(staffView.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(stay.id);
  });

  it('lets staff correct seats, floor space and entry date, versioned, with field errors', async () => {
    const firmEdit = await enterpriseWith(api, { industry: 'NEXT_GEN_IT' });
    const stay = await enter({
      parkId: incubator,
      enterpriseId: firmEdit.enterpriseId,
      seats: 2,
      enteredOn: '2025-02-01',
    });
    const fixed: Stay = (
      await gql(UPDATE, { id: stay.id, version: stay.version, input: { seats: 6, floorSqm: 85.5, note: ' 补录面积 ' } })
    ).updateIncubationStay;
    expect(fixed).toMatchObject({ seats: 6, floorSqm: 85.5, note: '补录面积', version: stay.version + 1 });
    // A stale version is a conflict.
    expect(await code(UPDATE, { id: stay.id, version: stay.version, input: { seats: 3 } })).toBe('CONFLICT');

    // Out-of-range numbers, NUL bytes and bad dates are the user's fault, named by field in zh and en.
    const bad = async (input: Record<string, unknown>, locale: string) =>
      (await api.gql(UPDATE, { id: stay.id, version: fixed.version, input }, { token: staff, locale })).errors?.[0];
    for (const input of [
      { seats: 0 },
      { seats: 10_001 },
      { floorSqm: -5 },
      { floorSqm: 1e12 },
      { note: 'a\u0000b' },
      { enteredOn: '2025-02-30' },
      { enteredOn: '2999-01-01' },
      { seats: null, floorSqm: null },
    ]) {
      const error = await bad(input, 'en-US');
      expect([JSON.stringify(input), error?.extensions.code]).toEqual([JSON.stringify(input), 'BAD_USER_INPUT']);
    }
    expect((await bad({ seats: 0 }, 'en-US'))?.message).toContain('seats');
    expect((await bad({ enteredOn: '2999-01-01' }, 'zh-CN'))?.message).toContain('enteredOn');
    expect((await bad({ enteredOn: '2999-01-01' }, 'zh-CN'))?.message).toContain('不能晚于今天');

    // After graduation the entry date cannot move past the graduation date.
    const graduated: Stay = (await gql(GRADUATE, { id: stay.id, version: fixed.version, input: { on: '2025-08-01' } }))
      .recordIncubationGraduation;
    const late = await api.gql(
      UPDATE,
      { id: stay.id, version: graduated.version, input: { enteredOn: '2025-09-01' } },
      { token: staff, locale: 'en-US' },
    );
    expect(late.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toContain('enteredOn');
    const earlier = (await gql(UPDATE, { id: stay.id, version: graduated.version, input: { enteredOn: '2025-01-10' } }))
      .updateIncubationStay;
    expect(earlier).toMatchObject({ enteredOn: '2025-01-10', status: 'GRADUATED', seats: 6 });

    // Audited; enterprises may not correct stays.
    const audit = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE "entityId" = $1 AND action = 'incubationStay.update'`,
      [stay.id],
    );
    expect(audit[0].n).toBe(2);
    expect(await code(UPDATE, { id: stay.id, version: earlier.version, input: { seats: 1 } }, firmEdit.token)).toBe(
      'FORBIDDEN',
    );
  });

  it('lets staff alone record stays and read the ladder', async () => {
    const input = { parkId: makerspace, enterpriseId: other.enterpriseId, seats: 1 };
    expect(await code(ENTER, { input }, other.token)).toBe('FORBIDDEN');
    expect(await code(LADDER, {}, other.token)).toBe('FORBIDDEN');
    expect(await code(CARRIER, { parkId: makerspace }, other.token)).toBe('FORBIDDEN');
    const anonymous = await api.gql(LADDER, {}, { token: null, locale: 'en-US' });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
