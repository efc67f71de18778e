import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MATCH_APPLICATION_PARKS } from '../../apps/api/src/modules/applications/application-submitted.job.js';
import { OutboxService } from '../../apps/api/src/core/queue/outbox.service.js';
import {
  applicationVersion,
  createPark,
  enterpriseWith,
  submitLand,
  type TestEnterprise,
} from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MATCHES = `query ($id: ID!) { parkMatches(applicationId: $id) {
  park { id code } suitable score reasons unknowns constraints { code message }
  components { code label weight value points detail } } }`;

interface Match {
  park: { id: string; code: string };
  suitable: boolean;
  score: number;
  reasons: string[];
  constraints: { code: string }[];
  components: { code: string; label: string; points: number }[];
}

describe('park matches', () => {
  let api: TestApp;
  let staff: string;
  let admin: string;
  let applicant: TestEnterprise;
  const parks: Record<string, string> = {};

  const matches = async (id: string, token = staff, locale?: string) => {
    const result = await api.gql(MATCHES, { id }, { token, locale });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.parkMatches as Match[];
  };
  const ofPark = (list: Match[], code: string) => list.find((m) => m.park.code === code)!;

  beforeAll(async () => {
    api = await startTestApp();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    admin = await api.adminToken();
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
    parks.LEAD = await createPark(api, 'PM_LEAD', { targetIndustries: ['NEW_MATERIALS'] });
    parks.OTHER = await createPark(api, 'PM_OTHER', { targetIndustries: ['BIOMEDICINE'] });
    parks.SMALL = await createPark(api, 'PM_SMALL', { totalLandMu: 10, freeLandMu: 5 });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('ranks every active park on submission, explains each, and recommends the screened application', async () => {
    const app = await submitLand(api, applicant.token, 20);
    const list = await matches(app.id, applicant.token);
    const suitable = list.filter((m) => m.suitable);
    expect(suitable.length).toBeGreaterThan(0);
    // Suitable parks first, by score; then the unsuitable.
    expect(list.slice(0, suitable.length).every((m) => m.suitable)).toBe(true);
    const scores = suitable.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const lead = ofPark(list, 'PM_LEAD');
    expect(lead.suitable).toBe(true);
    expect(lead.components.map((c) => c.code)).toEqual([
      'INDUSTRY_FIT',
      'CHAIN_SYNERGY',
      'STAGE_FIT',
      'SPACE_FIT',
      'INFRASTRUCTURE',
    ]);
    expect(lead.components[0]).toMatchObject({ label: '产业契合', points: 30 });
    expect(lead.score).toBeGreaterThan(ofPark(list, 'PM_OTHER').score);
    expect(ofPark(list, 'PM_OTHER')).toMatchObject({ suitable: false, reasons: ['不属于园区主导产业'] });
    expect(ofPark(list, 'PM_SMALL').constraints.map((c) => c.code)).toEqual(['LAND_SPACE']);
    const english = ofPark(await matches(app.id, staff, 'en-US'), 'PM_SMALL');
    expect(english.reasons).toEqual(['needs 20 mu of land, 5 mu free']);

    const status = await api.gql(
      'query ($id: ID!) { application(id: $id) { status timeline { to actorRole } } }',
      {
        id: app.id,
      },
      { token: staff },
    );
    expect(status.data?.application.status).toBe('RECOMMENDED');
    expect(status.data?.application.timeline[1]).toEqual({ to: 'RECOMMENDED', actorRole: 'SYSTEM' });
  });

  it("shows an enterprise only its own application's matches", async () => {
    const app = await submitLand(api, applicant.token, 3);
    const other = await enterpriseWith(api);
    const refused = await api.gql(MATCHES, { id: app.id }, { token: other.token });
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await matches(app.id, staff)).length).toBeGreaterThan(0);
  });

  it('writes nothing when a duplicate job finds the input unchanged', async () => {
    const app = await submitLand(api, applicant.token, 4);
    const stamp = async () =>
      (
        await api.dataSource.query(
          'SELECT count(*)::int AS n, max("updatedAt") AS at FROM park_matches WHERE "applicationId" = $1',
          [app.id],
        )
      )[0];
    const before = await stamp();
    await api.dataSource.transaction((manager) =>
      api.app.get(OutboxService).enqueue(manager, MATCH_APPLICATION_PARKS, { applicationId: app.id }),
    );
    await api.waitForJobs();
    expect(await stamp()).toEqual(before);
  });

  it("re-matches open applications when the applicant's profile or a park's rules change", async () => {
    const app = await submitLand(api, applicant.token, 8);
    expect(ofPark(await matches(app.id), 'PM_LEAD').suitable).toBe(true);
    const changed = await api.gql(
      'mutation ($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(id: $id, input: $input) { id } }',
      { id: applicant.enterpriseId, input: { industry: 'BIOMEDICINE' } },
      { token: applicant.token },
    );
    expect(changed.errors).toBeUndefined();
    await api.waitForJobs();
    expect(ofPark(await matches(app.id), 'PM_LEAD').constraints.map((c) => c.code)).toEqual(['INDUSTRY_NOT_TARGETED']);
    expect(ofPark(await matches(app.id), 'PM_OTHER').suitable).toBe(true);

    const [{ version }] = await api.dataSource.query('SELECT version FROM parks WHERE id = $1', [parks.OTHER]);
    const updated = await api.gql(
      'mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) { updatePark(id: $id, version: $version, input: $input) { id } }',
      { id: parks.OTHER, version, input: { freeLandMu: 2, freeSpaceReason: '地块转作他用' } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    await api.waitForJobs();
    expect(ofPark(await matches(app.id), 'PM_OTHER').constraints.map((c) => c.code)).toEqual(['LAND_SPACE']);
  });
});

describe('space release and move-in', () => {
  let api: TestApp;
  let staff: string;
  let applicant: TestEnterprise;
  let parkId: string;
  const DECIDE = `mutation ($id: ID!, $version: Int!, $parkId: ID) {
    decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId) { id version } }`;

  const approved = async (landMu: number) => {
    const app = await submitLand(api, applicant.token, landMu);
    const result = await api.gql(
      DECIDE,
      { id: app.id, version: await applicationVersion(api, app.id), parkId },
      { token: staff },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.decideApplication as { id: string; version: number };
  };
  const freeLand = async () =>
    Number((await api.dataSource.query('SELECT "freeLandMu" FROM parks WHERE id = $1', [parkId]))[0].freeLandMu);

  beforeAll(async () => {
    api = await startTestApp();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS' });
    parkId = await createPark(api, 'RELEASE_PARK', { freeLandMu: 50 });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives the land back when an approval is withdrawn or cancelled before the move-in', async () => {
    const first = await approved(20);
    expect(await freeLand()).toBe(30);
    const withdrawn = await api.gql(
      'mutation ($id: ID!) { withdrawApplication(id: $id) { status reservedLandMu } }',
      { id: first.id },
      { token: applicant.token },
    );
    expect(withdrawn.data?.withdrawApplication).toEqual({ status: 'WITHDRAWN', reservedLandMu: 0 });
    expect(await freeLand()).toBe(50);

    const second = await approved(15);
    expect(await freeLand()).toBe(35);
    const cancelled = await api.gql(
      'mutation ($id: ID!, $version: Int!) { cancelApproval(id: $id, version: $version, reason: "企业资金未到位") { status } }',
      { id: second.id, version: second.version },
      { token: staff },
    );
    expect(cancelled.data?.cancelApproval.status).toBe('WITHDRAWN');
    expect(await freeLand()).toBe(50);
  });

  it("records the enterprise's park on move-in", async () => {
    const app = await approved(5);
    const moved = await api.gql(
      'mutation ($id: ID!, $version: Int!) { markMovedIn(id: $id, version: $version) { status } }',
      { id: app.id, version: app.version },
      { token: staff },
    );
    expect(moved.data?.markMovedIn.status).toBe('MOVED_IN');
    const [row] = await api.dataSource.query('SELECT "parkCode", "inZone" FROM enterprises WHERE id = $1', [
      applicant.enterpriseId,
    ]);
    expect(row).toEqual({ parkCode: 'RELEASE_PARK', inZone: true });
    expect(await freeLand()).toBe(45);
  });
});
