import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applicationVersion,
  createPark,
  enterpriseWith,
  submitLand,
  type TestEnterprise,
} from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DECIDE = `mutation ($id: ID!, $version: Int!, $parkId: ID, $reason: String, $override: Boolean) {
  decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId, reason: $reason, override: $override) {
    id status version reservedLandMu park { id } } }`;

describe('suitability on approval', () => {
  let api: TestApp;
  let admin: string;
  let staff: string;
  let applicant: TestEnterprise;
  let cleanPark: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
    cleanPark = await createPark(api, 'CLEAN_PARK', { maxPollution: 'MEDIUM', forbidsThreeHigh: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  const freeLand = async (parkId: string) =>
    Number((await api.dataSource.query('SELECT "freeLandMu" FROM parks WHERE id = $1', [parkId]))[0].freeLandMu);

  it('refuses a high-pollution project in a park that forbids 三高, naming each constraint, and changes nothing', async () => {
    const app = await submitLand(api, applicant.token, 10, { pollutionCategory: 'HIGH' });
    const version = await applicationVersion(api, app.id);
    const zh = await api.gql(DECIDE, { id: app.id, version, parkId: cleanPark }, { token: staff });
    expect(zh.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const constraints = zh.errors?.[0].extensions.constraints as { code: string; message: string }[];
    expect(constraints.map((c) => c.code)).toEqual(['THREE_HIGH', 'POLLUTION']);
    expect(constraints[0].message).toContain('严禁"三高"项目');
    expect(constraints[1].message).toBe('污染类别为高，园区上限为中');
    const en = await api.gql(DECIDE, { id: app.id, version, parkId: cleanPark }, { token: staff, locale: 'en-US' });
    expect((en.errors?.[0].extensions.constraints as { message: string }[])[1].message).toBe(
      'pollution category high, the park admits up to medium',
    );
    expect(await applicationVersion(api, app.id)).toBe(version);
    expect(await freeLand(cleanPark)).toBe(100);
  });

  it('lets an admin override with a reason, audited with the overridden constraints', async () => {
    const app = await submitLand(api, applicant.token, 10, { pollutionCategory: 'HIGH' });
    const version = await applicationVersion(api, app.id);
    const noReason = await api.gql(
      DECIDE,
      { id: app.id, version, parkId: cleanPark, override: true },
      { token: admin },
    );
    expect(noReason.errors?.[0].extensions.fields?.[0].field).toBe('reason');
    const reason = '配套环保设施已通过专项评审';
    const ok = await api.gql(
      DECIDE,
      { id: app.id, version, parkId: cleanPark, override: true, reason },
      { token: admin },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.decideApplication).toMatchObject({
      status: 'APPROVED',
      reservedLandMu: 10,
      park: { id: cleanPark },
    });
    expect(await freeLand(cleanPark)).toBe(90);
    const [audit] = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'application.overrideConstraints' AND "entityId" = $1`,
      [app.id],
    );
    expect(audit.after.reason).toBe(reason);
    expect(audit.after.constraints.map((c: { code: string }) => c.code)).toEqual(['THREE_HIGH', 'POLLUTION']);
  });

  it('refuses an override by staff who are not admins', async () => {
    const app = await submitLand(api, applicant.token, 5, { pollutionCategory: 'HIGH' });
    const version = await applicationVersion(api, app.id);
    const refused = await api.gql(
      DECIDE,
      { id: app.id, version, parkId: cleanPark, override: true, reason: '领导同意' },
      { token: staff },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await applicationVersion(api, app.id)).toBe(version);
  });

  it('approves a suitable project without an override, and never overrides missing space', async () => {
    const app = await submitLand(api, applicant.token, 5);
    const ok = await api.gql(
      DECIDE,
      { id: app.id, version: await applicationVersion(api, app.id), parkId: cleanPark },
      { token: staff },
    );
    expect(ok.data?.decideApplication.status).toBe('APPROVED');
    const big = await submitLand(api, applicant.token, 500, { pollutionCategory: 'HIGH' });
    const overBig = await api.gql(
      DECIDE,
      { id: big.id, version: await applicationVersion(api, big.id), parkId: cleanPark, override: true, reason: '特批' },
      { token: admin },
    );
    expect(overBig.errors?.[0].message).toContain('空闲用地不足');
  });
});
