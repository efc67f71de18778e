import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPark, enterpriseWith, submitLand, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 13, "Idle land and zombie firms" (腾笼换鸟): plots, recovery into the park's free land. */

const PLOT = 'id version code status areaMu disposalRoute idleSince recoveryStartedOn recoveredOn reassignedOn';
const RECORD = `mutation ($input: LandPlotInput!) { recordLandPlot(input: $input) { ${PLOT} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $input: MoveLandPlotInput!) {
  moveLandPlot(id: $id, version: $version, input: $input) { ${PLOT} holderEnterprise { id } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateLandPlotInput!) {
  updateLandPlot(id: $id, version: $version, input: $input) { ${PLOT} } }`;
const MATCHES = `query ($id: ID!) { parkMatches(applicationId: $id) { park { id } suitable constraints { code } } }`;
const PARK = `query ($id: ID!) { park(id: $id) { id freeLandMu idleLandMu } }`;
const LIST = `query ($filter: LandPlotFilter, $first: Int, $after: String) {
  landPlots(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id code status park { id } location { lng lat } } } } }`;
const SERIES = `query ($parkId: ID, $months: Int) {
  idleLandSeries(parkId: $parkId, months: $months) { park { id } points { month idleMu recoveredMu } } }`;
const HISTORY = `query ($parkId: ID!) { parkSpaceHistory(parkId: $parkId, first: 5) {
  edges { node { kind landMuDelta freeLandMuAfter landPlotId } } } }`;

interface Plot {
  id: string;
  version: number;
  status: string;
  recoveredOn: string | null;
}

describe('idle land and its recovery', () => {
  let api: TestApp;
  let staff: string;
  let admin: string;
  let applicant: TestEnterprise;
  let seq = 0;

  const gql = async (query: string, variables: Record<string, unknown>, token = staff) => {
    const result = await api.gql(query, variables, { token });
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const record = async (parkId: string, areaMu: number, extra: Record<string, unknown> = {}): Promise<Plot> =>
    (
      await gql(RECORD, {
        input: { code: `TEST-${Date.now()}-${++seq}`, parkId, areaMu, holderName: '某僵尸企业', ...extra },
      })
    ).recordLandPlot;
  const move = async (plot: Plot, input: Record<string, unknown>): Promise<Plot> =>
    (await gql(MOVE, { id: plot.id, version: plot.version, input })).moveLandPlot;
  const freeLand = async (parkId: string) => (await gql(PARK, { id: parkId })).park.freeLandMu as number;

  beforeAll(async () => {
    api = await startTestApp();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    admin = await api.adminToken();
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("recovered land raises the park's free capacity and re-matches an open application", async () => {
    const parkId = await createPark(api, `LAND_${Date.now()}`, { targetIndustries: ['NEW_MATERIALS'], freeLandMu: 10 });
    await api.waitForJobs();
    const open = await submitLand(api, applicant.token, 30);
    const inPark = async () =>
      ((await gql(MATCHES, { id: open.id })).parkMatches as { park: { id: string }; suitable: boolean }[]).find(
        (m) => m.park.id === parkId,
      )!;
    expect(await inPark()).toMatchObject({ suitable: false, constraints: [{ code: 'LAND_SPACE' }] });

    const idle = await record(parkId, 25, { idleSince: '2024-03-01' });
    expect(idle).toMatchObject({ status: 'IDLE', idleSince: '2024-03-01' });
    expect((await gql(PARK, { id: parkId })).park).toMatchObject({ freeLandMu: 10, idleLandMu: 25 });
    const recovering = await move(idle, { status: 'UNDER_RECOVERY', disposalRoute: 'STATE_RESERVE', on: '2025-01-10' });
    expect(recovering).toMatchObject({ status: 'UNDER_RECOVERY', disposalRoute: 'STATE_RESERVE' });
    const recovered = await move(recovering, { status: 'RECOVERED', note: '收储完成' });
    expect(recovered.recoveredOn).toBe(new Date().toISOString().slice(0, 10));

    expect((await gql(PARK, { id: parkId })).park).toMatchObject({ freeLandMu: 35, idleLandMu: 0 });
    const [entry] = (await gql(HISTORY, { parkId })).parkSpaceHistory.edges.map((e: { node: unknown }) => e.node);
    expect(entry).toEqual({ kind: 'LAND_RECOVERED', landMuDelta: 25, freeLandMuAfter: 35, landPlotId: idle.id });
    const [audit] = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE "entityId" = $1 AND action = 'park.releaseSpace'`,
      [parkId],
    );
    expect(audit).toBeDefined();

    await api.waitForJobs();
    expect(await inPark()).toMatchObject({ suitable: true, constraints: [] });

    // Reassigned to an enterprise: the area is taken out again.
    const reassigned = await move(recovered, { status: 'REASSIGNED', enterpriseId: applicant.enterpriseId });
    expect(reassigned).toMatchObject({ status: 'REASSIGNED', holderEnterprise: { id: applicant.enterpriseId } });
    expect(await freeLand(parkId)).toBe(10);
  });

  it('refuses a stale version, a skipped step and a recovery without a route, naming the field', async () => {
    const parkId = await createPark(api, `LAND_V_${Date.now()}`);
    const plot = await record(parkId, 5);
    await move(plot, { status: 'UNDER_RECOVERY', disposalRoute: 'INTEGRATE' });
    const stale = await api.gql(
      MOVE,
      { id: plot.id, version: plot.version, input: { status: 'IN_USE' } },
      { token: staff },
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const staleEdit = await api.gql(
      UPDATE,
      { id: plot.id, version: plot.version, input: { areaMu: 6 } },
      { token: staff },
    );
    expect(staleEdit.errors?.[0].extensions.code).toBe('CONFLICT');

    const other = await record(parkId, 3);
    const skipped = await api.gql(
      MOVE,
      { id: other.id, version: other.version, input: { status: 'RECOVERED' } },
      {
        token: staff,
      },
    );
    expect(skipped.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const noRoute = await api.gql(
      MOVE,
      { id: other.id, version: other.version, input: { status: 'UNDER_RECOVERY' } },
      { token: staff, locale: 'en-US' },
    );
    expect(noRoute.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(noRoute.errors?.[0].message).toContain('disposalRoute is required to start a recovery');
    const noHolder = await api.gql(RECORD, { input: { code: `X-${Date.now()}`, parkId, areaMu: 1 } }, { token: staff });
    expect(noHolder.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('forbids enterprises every land operation, and hides the park’s idle land from them', async () => {
    const parkId = await createPark(api, `LAND_E_${Date.now()}`);
    const plot = await record(parkId, 4);
    const calls: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [SERIES, {}],
      [`query ($id: ID!) { landPlot(id: $id) { id } }`, { id: plot.id }],
      [RECORD, { input: { code: `E-${Date.now()}`, parkId, areaMu: 1, holderName: 'x' } }],
      [MOVE, { id: plot.id, version: plot.version, input: { status: 'IN_USE' } }],
      [UPDATE, { id: plot.id, version: plot.version, input: { areaMu: 2 } }],
    ];
    for (const [query, variables] of calls) {
      const result = await api.gql(query, variables, { token: applicant.token });
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const park = await api.gql(PARK, { id: parkId }, { token: applicant.token });
    expect(park.data?.park.idleLandMu).toBeNull();
    const file = await fetch(`${api.url}/exports/land-plots.xlsx`, {
      headers: { authorization: `Bearer ${applicant.token}` },
    });
    expect(file.status).toBe(403);
  });

  it('lists plots by park, status and route through the cursor, with their sample location', async () => {
    const parkId = await createPark(api, `LAND_L_${Date.now()}`);
    const a = await record(parkId, 1, { lng: 87.6, lat: 43.9 });
    await record(parkId, 2);
    await record(parkId, 3, { status: 'IN_USE' });
    const page1 = (await gql(LIST, { filter: { parkId, status: 'IDLE' }, first: 1 })).landPlots;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await gql(LIST, { filter: { parkId, status: 'IDLE' }, first: 1, after: page1.pageInfo.endCursor }))
      .landPlots;
    expect(page2.edges[0].node).toMatchObject({ id: a.id, location: { lng: 87.6, lat: 43.9 }, park: { id: parkId } });
    expect(page2.pageInfo.hasNextPage).toBe(false);
    await move(a, { status: 'UNDER_RECOVERY', disposalRoute: 'MOVE_UPSTAIRS' });
    const upstairs = (await gql(LIST, { filter: { disposalRoute: 'MOVE_UPSTAIRS', parkId } })).landPlots;
    expect(upstairs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);

    const file = await fetch(`${api.url}/exports/land-plots.xlsx?parkId=${parkId}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('edits a plot’s fields, keeps each area in its history, and fixes the area once recovered', async () => {
    const parkId = await createPark(api, `LAND_U_${Date.now()}`);
    const plot = await record(parkId, 6, { idleSince: '2025-05-01' });
    const edited = (
      await gql(UPDATE, {
        id: plot.id,
        version: plot.version,
        input: { areaMu: 7.5, holderEnterpriseId: applicant.enterpriseId },
      })
    ).updateLandPlot;
    expect(edited).toMatchObject({ areaMu: 7.5, version: plot.version + 1, status: 'IDLE' });
    const history = await api.gql(
      `query ($id: ID!) { landPlot(id: $id) { holderName holderEnterprise { id } history { toStatus areaMu effectiveOn } } }`,
      { id: plot.id },
      { token: staff },
    );
    expect(history.data?.landPlot).toMatchObject({
      holderName: null,
      holderEnterprise: { id: applicant.enterpriseId },
      history: [
        { toStatus: 'IDLE', areaMu: 6, effectiveOn: '2025-05-01' },
        { toStatus: 'IDLE', areaMu: 7.5 },
      ],
    });
    const recovering = await move(edited, { status: 'UNDER_RECOVERY', disposalRoute: 'INTEGRATE' });
    const recovered = await move(recovering, { status: 'RECOVERED' });
    const refused = await api.gql(
      UPDATE,
      { id: plot.id, version: recovered.version, input: { areaMu: 9 } },
      { token: staff, locale: 'en-US' },
    );
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('areaMu cannot change once the plot is recovered');
    // a note may still change
    const noted = await gql(UPDATE, { id: plot.id, version: recovered.version, input: { note: '已纳入土地储备' } });
    expect(noted.updateLandPlot.areaMu).toBe(7.5);
  });

  it('gives the idle land of a park month by month from the plots’ history', async () => {
    const parkId = await createPark(api, `LAND_S_${Date.now()}`, { freeLandMu: 10 });
    const month = (back: number) => {
      const now = new Date();
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    };
    const early = await record(parkId, 8, { idleSince: `${month(3)}-05` });
    await record(parkId, 2, { idleSince: `${month(1)}-01` });
    const rec = await move(early, { status: 'UNDER_RECOVERY', disposalRoute: 'STATE_RESERVE', on: `${month(2)}-01` });
    await move(rec, { status: 'RECOVERED', on: `${month(1)}-15` });
    const [series] = (await gql(SERIES, { parkId, months: 5 })).idleLandSeries;
    expect(series.park.id).toBe(parkId);
    expect(series.points).toEqual([
      { month: month(4), idleMu: 0, recoveredMu: 0 },
      { month: month(3), idleMu: 8, recoveredMu: 0 },
      { month: month(2), idleMu: 8, recoveredMu: 0 },
      { month: month(1), idleMu: 2, recoveredMu: 8 },
      { month: month(0), idleMu: 2, recoveredMu: 8 },
    ]);
  });

  it('keeps a plot’s location in a park’s range, both coordinates or neither, naming the field', async () => {
    const parkId = await createPark(api, `LAND_LOC_${Date.now()}`);
    const refusedWith = async (query: string, variables: Record<string, unknown>) => {
      const result = await api.gql(query, variables, { token: staff, locale: 'en-US' });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return result.errors?.[0];
    };
    const input = (extra: Record<string, unknown>) => ({
      input: { code: `LOC-${Date.now()}-${++seq}`, parkId, areaMu: 1, holderName: '某企业', ...extra },
    });
    // out of the parks' range (China: lng 73–135, lat 18–54), as a park's coordinates
    const farLng = await refusedWith(RECORD, input({ lng: 2.35, lat: 43.9 }));
    expect(JSON.stringify(farLng)).toContain('lng');
    const farLat = await refusedWith(RECORD, input({ lng: 87.6, lat: 60 }));
    expect(JSON.stringify(farLat)).toContain('lat');
    // one without the other
    const alone = await refusedWith(RECORD, input({ lng: 87.6 }));
    expect(alone?.message).toContain('lat is required with lng');

    const plot = await record(parkId, 2, { lng: 87.55, lat: 43.95 });
    const read = async () =>
      (await gql(`query ($id: ID!) { landPlot(id: $id) { version location { lng lat } } }`, { id: plot.id })).landPlot;
    expect((await read()).location).toEqual({ lng: 87.55, lat: 43.95 });
    // an edit of other fields keeps it; a bad one is refused; null for both clears it
    const noted = (await gql(UPDATE, { id: plot.id, version: plot.version, input: { note: '位置已核实' } }))
      .updateLandPlot;
    expect((await read()).location).toEqual({ lng: 87.55, lat: 43.95 });
    await refusedWith(UPDATE, { id: plot.id, version: noted.version, input: { lat: 12 } });
    const halfCleared = await refusedWith(UPDATE, { id: plot.id, version: noted.version, input: { lng: null } });
    expect(halfCleared?.message).toContain('lng is required with lat');
    await gql(UPDATE, { id: plot.id, version: noted.version, input: { lng: null, lat: null } });
    expect((await read()).location).toBeNull();
  });

  it('lists the idle plots of the map, and the recovered plots a dashboard link opens', async () => {
    const parkId = await createPark(api, `LAND_F_${Date.now()}`);
    const idle = await record(parkId, 1);
    const recovering = await move(await record(parkId, 2), { status: 'UNDER_RECOVERY', disposalRoute: 'INTEGRATE' });
    const recovered = await move(
      await move(await record(parkId, 3), { status: 'UNDER_RECOVERY', disposalRoute: 'INTEGRATE' }),
      { status: 'RECOVERED' },
    );
    await record(parkId, 4, { status: 'IN_USE' });
    const ids = async (filter: Record<string, unknown>) =>
      (await gql(LIST, { filter: { parkId, ...filter }, first: 20 })).landPlots.edges
        .map((e: { node: { id: string } }) => e.node.id)
        .sort();
    expect(await ids({ statuses: ['IDLE', 'UNDER_RECOVERY'] })).toEqual([idle.id, recovering.id].sort());
    expect(await ids({ recovered: true })).toEqual([recovered.id]);
    expect(await ids({ recovered: true, sample: true })).toEqual([]);
    expect(await ids({ recovered: true, sample: false })).toEqual([recovered.id]);
    const file = await fetch(
      `${api.url}/exports/land-plots.xlsx?parkId=${parkId}&statuses=IDLE,UNDER_RECOVERY&recovered=false&sample=false`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(file.status).toBe(200);
    await file.arrayBuffer(); // read it whole: an open download keeps the app from closing
    await api.waitForJobs(); // the recovery's re-match, before the app closes
  });
});
