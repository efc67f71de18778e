import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PARK_FIELDS = 'id code name kind level version freeLandMu totalLandMu targetIndustries parent { code }';
const CREATE = `mutation ($input: CreateParkInput!) { createPark(input: $input) { ${PARK_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) {
  updatePark(id: $id, version: $version, input: $input) { ${PARK_FIELDS} }
}`;

const newPark = (code: string) => ({
  code,
  name: `测试园区${code}`,
  nameEn: `Test park ${code}`,
  kind: 'SPECIALTY_PARK',
  parentCode: 'AIRPORT_PARK',
  targetIndustries: ['BIOMEDICINE'],
  totalLandMu: 100,
  freeLandMu: 40,
  lng: 87.55,
  lat: 43.95,
});

describe('parks', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("lists the plan's zones with their parent, and filters by kind, industry and name", async () => {
    const token = (await api.userWithRole('ENTERPRISE')).token;
    const zones = await api.gql('{ parks(filter: { kind: ZONE }) { code name parent { code } } }', {}, { token });
    expect(zones.data?.parks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'AIRPORT_B', parent: { code: 'AIRPORT_PARK' } }),
        expect.objectContaining({ code: 'AIRPORT_A' }),
        expect.objectContaining({ code: 'AIRPORT_C' }),
      ]),
    );
    const bio = await api.gql('{ parks(filter: { industryCode: "BIOMEDICINE" }) { code } }', {}, { token });
    expect(bio.data?.parks.map((p: { code: string }) => p.code)).toContain('AIRPORT_B');
    const search = await api.gql('{ parks(filter: { search: "临空" }) { code } }', {}, { token });
    expect(search.data?.parks.map((p: { code: string }) => p.code)).toContain('AIRPORT_PARK');
  });

  it('lets an admin create parks, taking defaults for what is left out, twice in a row (compiled query)', async () => {
    const token = await api.adminToken();
    for (const code of ['TEST_PARK_A', 'TEST_PARK_B', 'TEST_PARK_C']) {
      const result = await api.gql(CREATE, { input: newPark(code) }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data?.createPark).toMatchObject({
        code,
        level: 'DISTRICT',
        version: 1,
        parent: { code: 'AIRPORT_PARK' },
      });
    }
  });

  it('refuses bad parks naming the field, and saves nothing', async () => {
    const token = await api.adminToken();
    const count = async () => (await api.gql('{ parks { id } }', {}, { token })).data?.parks.length;
    const before = await count();
    const tooFree = await api.gql(CREATE, { input: { ...newPark('TEST_BAD'), freeLandMu: 200 } }, { token });
    expect(tooFree.errors?.[0].extensions.fields?.[0].field).toBe('freeLandMu');
    const unknown = await api.gql(CREATE, { input: { ...newPark('TEST_BAD'), targetIndustries: ['NOPE'] } }, { token });
    expect(unknown.errors?.[0].extensions.fields?.[0].field).toBe('targetIndustries');
    const duplicate = await api.gql(CREATE, { input: newPark('AIRPORT_A') }, { token });
    expect(duplicate.errors?.[0].extensions.fields?.[0].field).toBe('code');
    expect(await count()).toBe(before);
  });

  it('refuses coordinates outside China, naming the field, rather than changing them', async () => {
    const token = await api.adminToken();
    for (const [field, value] of [
      ['lng', 200],
      ['lng', 72.9],
      ['lat', -91],
      ['lat', 54.5],
    ] as const) {
      const created = await api.gql(CREATE, { input: { ...newPark('TEST_COORDS'), [field]: value } }, { token });
      expect(created.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(created.errors?.[0].extensions.fields?.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    const park = (await api.gql(CREATE, { input: newPark('TEST_COORDS') }, { token })).data?.createPark;
    const moved = await api.gql(UPDATE, { id: park.id, version: park.version, input: { lat: 90 } }, { token });
    expect(moved.errors?.[0].extensions.fields?.[0].field).toBe('lat');
    const now = await api.gql(`{ park(id: "${park.id}") { lng lat version } }`, {}, { token });
    expect(now.data?.park).toEqual({ lng: 87.55, lat: 43.95, version: park.version });
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const token = await api.adminToken();
    const created = (await api.gql(CREATE, { input: newPark('TEST_PARK_V') }, { token })).data?.createPark;
    const first = await api.gql(
      UPDATE,
      { id: created.id, version: 1, input: { freeLandMu: 30, freeSpaceReason: '测绘更正' } },
      { token },
    );
    expect(first.data?.updatePark).toMatchObject({ version: 2, freeLandMu: 30, name: created.name });
    const stale = await api.gql(
      UPDATE,
      { id: created.id, version: 1, input: { freeLandMu: 10, freeSpaceReason: '测绘更正' } },
      { token },
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe('园区已被他人修改，请刷新后重试');
    const now = await api.gql(`{ park(id: "${created.id}") { freeLandMu version } }`, {}, { token });
    expect(now.data?.park).toEqual({ freeLandMu: 30, version: 2 });
  });

  it('keeps park editing for admins', async () => {
    const staff = await api.userWithRole('BUREAU_STAFF');
    const refused = await api.gql(CREATE, { input: newPark('TEST_STAFF') }, { token: staff.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
