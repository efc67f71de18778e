import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  applicationVersion,
  createPark,
  enterpriseWith,
  submitLand,
  type TestEnterprise,
} from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DECIDE = `mutation ($id: ID!, $version: Int!, $parkId: ID) {
  decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId) { id status } }`;

const PLACEMENTS = `query {
  dashboard { placements { inDistrict inEnclaves
    byEnclave { parkId parkName partner districtTaxSharePercent placements landMu floorSqm } } } }`;

const ENCLAVE_TERMS = 'enclavePartner enclavePartnerEn cooperationModels districtTaxSharePercent';

interface Placements {
  inDistrict: number;
  inEnclaves: number;
  byEnclave: { parkId: string; parkName: string; partner: string | null; placements: number; landMu: number }[];
}

describe('enclave parks (飞地)', () => {
  let api: TestApp;
  let admin: string;
  let staff: string;
  let applicant: TestEnterprise;
  let enclaveId: string;
  let districtId: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    applicant = await enterpriseWith(api, { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' });
    enclaveId = await createPark(api, 'ENCLAVE_TEST', {
      kind: 'ENCLAVE_PARK',
      enclavePartner: '测试合作方',
      enclavePartnerEn: 'Test partner',
      cooperationModels: ['TAX_SHARING'],
      districtTaxSharePercent: 40,
    });
    districtId = await createPark(api, 'DISTRICT_TEST');
  });
  afterAll(async () => {
    await api?.close();
  });

  const placements = async (locale?: string): Promise<Placements> => {
    const result = await api.gql(PLACEMENTS, {}, { token: staff, locale });
    expect(result.errors).toBeUndefined();
    return result.data!.dashboard.placements as Placements;
  };

  const approveInto = async (parkId: string, landMu: number): Promise<string> => {
    const app = await submitLand(api, applicant.token, landMu);
    const decided = await api.gql(
      DECIDE,
      { id: app.id, version: await applicationVersion(api, app.id), parkId },
      { token: staff },
    );
    expect(decided.errors).toBeUndefined();
    return app.id;
  };

  it("seeds the plan's four enclaves with their partners, the sample terms flagged", async () => {
    const result = await api.gql(
      `query { parks(filter: { kind: ENCLAVE_PARK }) { code sampleFields ${ENCLAVE_TERMS} } }`,
      {},
      {
        token: staff,
      },
    );
    const parks = result.data!.parks as { code: string; enclavePartner: string; sampleFields: string[] }[];
    const byCode = new Map(parks.map((p) => [p.code, p]));
    expect(byCode.get('ENCLAVE_CHANGJI')).toMatchObject({
      enclavePartner: '昌吉',
      cooperationModels: ['ENTRUSTED_MANAGEMENT', 'TAX_SHARING'],
      districtTaxSharePercent: 50,
    });
    expect(byCode.get('ENCLAVE_CHANGJI')!.sampleFields).toEqual(
      expect.arrayContaining(['cooperationModels', 'districtTaxSharePercent', 'targetIndustries']),
    );
    expect(
      ['ENCLAVE_ZHUNDONG', 'ENCLAVE_MIDONG', 'ENCLAVE_GANQUANBAO'].map((c) => byCode.get(c)?.enclavePartner),
    ).toEqual(['乌准东', '米东区', '甘泉堡']);
    const [town] = await api.dataSource.query(
      `SELECT parent.code FROM parks p JOIN parks parent ON parent.id = p."parentId" WHERE p.code = 'ANNINGQU_TOWN'`,
    );
    expect(town.code).toBe('CHENGBEI_NEW_TOWN');
  });

  it('refuses enclave terms on a park that is not an enclave, and a share above 100 %', async () => {
    const notEnclave = await api.gql(
      'mutation ($id: ID!, $input: UpdateParkInput!) { updatePark(id: $id, version: 1, input: $input) { id } }',
      { id: districtId, input: { enclavePartner: '昌吉' } },
      { token: admin },
    );
    expect(notEnclave.errors?.[0].extensions.fields?.[0].field).toBe('enclavePartner');
    const tooMuch = await api.gql(
      'mutation ($id: ID!, $input: UpdateParkInput!) { updatePark(id: $id, version: 1, input: $input) { id } }',
      { id: enclaveId, input: { districtTaxSharePercent: 101 } },
      { token: admin },
    );
    expect(tooMuch.errors?.[0].extensions.fields?.[0].field).toBe('districtTaxSharePercent');
  });

  it('counts placements in enclaves apart from those in the district, with the partner and share', async () => {
    const before = await placements();
    await approveInto(enclaveId, 12);
    await approveInto(districtId, 5);
    await approveInto(districtId, 6);
    const after = await placements();
    expect(after.inEnclaves - before.inEnclaves).toBe(1);
    expect(after.inDistrict - before.inDistrict).toBe(2);
    expect(after.byEnclave.find((e) => e.parkId === enclaveId)).toEqual({
      parkId: enclaveId,
      parkName: '测试园区ENCLAVE_TEST',
      partner: '测试合作方',
      districtTaxSharePercent: 40,
      placements: 1,
      landMu: 12,
      floorSqm: 0,
    });
    expect(after.byEnclave.some((e) => e.parkId === districtId)).toBe(false);
    const english = await placements('en-US');
    expect(english.byEnclave.find((e) => e.parkId === enclaveId)).toMatchObject({
      parkName: 'Test park ENCLAVE_TEST',
      partner: 'Test partner',
    });
  });

  it("shows the applicant its enclave placement's partner and the share the district keeps", async () => {
    const id = await approveInto(enclaveId, 3);
    const result = await api.gql(
      `query ($id: ID!) { application(id: $id) { status park { kind ${ENCLAVE_TERMS} } } }`,
      { id },
      {
        token: applicant.token,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.application).toEqual({
      status: 'APPROVED',
      park: {
        kind: 'ENCLAVE_PARK',
        enclavePartner: '测试合作方',
        enclavePartnerEn: 'Test partner',
        cooperationModels: ['TAX_SHARING'],
        districtTaxSharePercent: 40,
      },
    });
  });
});
