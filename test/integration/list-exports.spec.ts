import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { createPark, enterpriseWith, submitLand, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The lists' Excel exports (GET /exports/<list>.xlsx): the list's own filter as query parameters,
 * checked (a bad value answers 400 naming the field), headers in the caller's language with units,
 * codes written as labels, money in 万元; staff only (users and the audit log: admins, as their
 * pages), never an enterprise user; every export audited.
 */

let api: TestApp;
let staff: { id: string; token: string };
let admin: string;
let firm: TestEnterprise;
let other: TestEnterprise;
let parkCode: string;
let parkId: string;
const tag = `导出${Date.now().toString(36)}`;

const LISTS = ['enterprises', 'applications', 'parks', 'policies', 'requests', 'users', 'audit'];

function download(
  list: string,
  query: Record<string, string> = {},
  token: string | null = staff.token,
  locale = 'zh-CN',
) {
  const headers: Record<string, string> = { 'accept-language': locale };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${api.url}/exports/${list}.xlsx?${new URLSearchParams(query)}`, { headers });
}

/** The first sheet of a 200 answer as rows of cell values (header row first). */
async function sheet(response: Response): Promise<unknown[][]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Rows as objects keyed by the header row's texts. */
const records = (rows: unknown[][]) =>
  rows.slice(1).map((row) => Object.fromEntries((rows[0] as string[]).map((header, i) => [header, row[i] ?? null])));

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = await api.userWithRole('BUREAU_STAFF');
  admin = await api.adminToken();
  parkCode = `EXP_${Date.now().toString(36).toUpperCase()}`;
  parkId = await createPark(api, parkCode, { name: `${tag}园区`, freeLandMu: 42.5 });
  firm = await enterpriseWith(api, {
    industry: 'NEW_MATERIALS',
    tier: 'HIGH_TECH',
    revenue: 12_345_000,
    employees: 120,
  });
  other = await enterpriseWith(api, { industry: 'BIOMEDICINE' });
  for (const [who, name] of [
    [firm, `${tag}材料有限公司`],
    [other, `${tag}生物有限公司`],
  ] as const) {
    await api.dataSource.query('UPDATE enterprises SET name = $2 WHERE id = $1', [who.enterpriseId, name]);
  }
  await submitLand(api, firm.token, 30, { preferredParkIds: [parkId], plannedInvestment: 250_000_000 });
  await submitLand(api, other.token, 12);
});
afterAll(() => api?.close());

describe('list exports', () => {
  it('enterprises: the filter holds, codes are labels, money in 万元 with the unit in the header', async () => {
    const rows = await sheet(await download('enterprises', { search: tag, industryCode: 'NEW_MATERIALS' }));
    expect(rows[0]).toEqual(expect.arrayContaining(['企业名称', '所属产业', '企业层级', '营业收入（万元）']));
    const found = records(rows);
    expect(found.map((r) => r['企业名称'])).toEqual([`${tag}材料有限公司`]);
    expect(found[0]['所属产业']).toBe('新材料');
    expect(found[0]['企业层级']).toBe('高新技术企业');
    expect(found[0]['营业收入（万元）']).toBe(1234.5);
    expect(found[0]['从业人数']).toBe(120);
  });

  it('enterprises in English: English headers and labels', async () => {
    const rows = await sheet(await download('enterprises', { search: tag, sample: 'false' }, staff.token, 'en-US'));
    expect(rows[0]).toEqual(expect.arrayContaining(['Name', 'Industry', 'Revenue (10k yuan)']));
    const found = records(rows);
    expect(found).toHaveLength(2);
    expect(found.map((r) => r['Industry']).sort()).toEqual(['Biomedicine and health', 'New materials'].sort());
  });

  it('applications: status and kind as labels, areas in 亩 and m², investment in 万元, filtered by enterprise', async () => {
    const rows = await sheet(await download('applications', { enterpriseId: firm.enterpriseId, kind: 'LAND' }));
    expect(rows[0]).toEqual(
      expect.arrayContaining(['申请企业', '申请类型', '状态', '用地（亩）', '建筑面积（m²）', '计划投资额（万元）']),
    );
    const found = records(rows);
    expect(found).toHaveLength(1);
    expect(found[0]['申请企业']).toBe(`${tag}材料有限公司`);
    expect(found[0]['申请类型']).toBe('项目用地');
    expect(['已提交', '初筛中', '已推荐', '审核中']).toContain(found[0]['状态']);
    expect(found[0]['用地（亩）']).toBe(30);
    expect(found[0]['计划投资额（万元）']).toBe(25000);
    const none = await sheet(await download('applications', { enterpriseId: firm.enterpriseId, status: 'APPROVED' }));
    expect(none).toHaveLength(1); // the header only
  });

  it('parks: free land in 亩 and the kind as a label', async () => {
    const found = records(await sheet(await download('parks', { search: parkCode })));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      编码: parkCode,
      类型: '产业园',
      '空闲用地（亩）': 42.5,
      '空闲建筑面积（m²）': 5000,
    });
  });

  it('parks: an enclave’s partner, cooperation models as labels and the district’s tax share', async () => {
    const code = `ENC_${Date.now().toString(36).toUpperCase()}`;
    await createPark(api, code, {
      kind: 'ENCLAVE_PARK',
      enclavePartner: '昌吉',
      enclavePartnerEn: 'Changji',
      cooperationModels: ['ENTRUSTED_MANAGEMENT', 'TAX_SHARING'],
      districtTaxSharePercent: 40,
    });
    const [enclave] = records(await sheet(await download('parks', { search: code })));
    expect(enclave).toMatchObject({
      编码: code,
      类型: '飞地园区',
      飞地合作方: '昌吉',
      合作模式: '区域托管、税收分成',
      '我区税收分成比例（%）': 40,
    });
    const [english] = records(await sheet(await download('parks', { search: code }, staff.token, 'en-US')));
    expect(english).toMatchObject({
      'Enclave partner': 'Changji',
      'Cooperation models': 'Entrusted management, Tax sharing',
      'District tax share (%)': 40,
    });
    // a park that is no enclave leaves the three empty
    const plain = records(await sheet(await download('parks', { search: parkCode }))).find(
      (r) => r['编码'] === parkCode,
    );
    expect(plain).toMatchObject({ 飞地合作方: null, 合作模式: null, '我区税收分成比例（%）': null });
  });

  it('policies: only the asked status, as a label', async () => {
    const found = records(await sheet(await download('policies', { status: 'PUBLISHED' })));
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r['状态']))).toEqual(new Set(['已发布']));
    expect(Object.keys(found[0])).toContain('最高金额（万元）');
  });

  it('requests: the queue with kinds and statuses as labels', async () => {
    const filed = await api.gql(
      'mutation ($input: RequestInput!) { fileRequest(input: $input) { id } }',
      { input: { kind: 'UTILITIES', subject: `${tag}增容`, body: '厂房二期需要增容' } },
      { token: firm.token },
    );
    expect(filed.errors).toBeUndefined();
    const found = records(await sheet(await download('requests', { status: 'OPEN' })));
    const mine = found.find((r) => r['主题'] === `${tag}增容`);
    expect(mine).toMatchObject({ 诉求类型: '水电气暖', 状态: '待答复', 企业: `${tag}材料有限公司` });
  });

  it('users (admins): role as a label, filtered by role; never a password', async () => {
    const rows = await sheet(await download('users', { role: 'BUREAU_STAFF' }, admin));
    const found = records(rows);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r['角色']))).toEqual(new Set(['招商局工作人员']));
    expect(JSON.stringify(rows)).not.toMatch(/\$argon|\$2[aby]\$|passwordHash/);
  });

  it('audit log (admins): actions and record types as labels; every export is itself audited', async () => {
    await sheet(await download('parks', { search: parkCode }));
    const found = records(await sheet(await download('audit', { entity: 'Park' }, admin)));
    expect(found.map((r) => r['操作'])).toEqual(expect.arrayContaining(['新建园区', '导出园区']));
    expect(new Set(found.map((r) => r['对象类型']))).toEqual(new Set(['园区']));
    const [row] = await api.dataSource.query(
      `SELECT "actorId", after FROM audit_log WHERE action = 'park.export' ORDER BY at DESC LIMIT 1`,
    );
    expect(row.actorId).toBe(staff.id);
    expect(row.after.filter).toEqual({ search: parkCode });
  });

  it('refuses enterprise users on every list, and staff on the admins-only ones', async () => {
    for (const list of LISTS) {
      const refused = await download(list, {}, firm.token);
      expect({ list, status: refused.status }).toEqual({ list, status: 403 });
      expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
    }
    for (const list of ['users', 'audit']) {
      expect({ list, status: (await download(list)).status }).toEqual({ list, status: 403 });
    }
    expect((await download('enterprises', {}, null)).status).toBe(401);
  });

  it('a bad filter answers 400 naming the field, in the caller’s language', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['applications', { status: 'NOPE' }, 'status'],
      ['applications', { enterpriseId: 'not-an-id' }, 'enterpriseId'],
      ['enterprises', { sample: 'maybe' }, 'sample'],
      ['parks', { kind: 'CASTLE' }, 'kind'],
      ['policies', { status: 'LOST' }, 'status'],
      ['requests', { overdue: 'sometimes' }, 'overdue'],
      ['audit', { from: 'yesterday' }, 'from'],
      ['users', { role: 'KING' }, 'role'],
    ];
    for (const [list, query, field] of cases) {
      const token = list === 'users' || list === 'audit' ? admin : staff.token;
      const response = await download(list, query, token);
      const body = (await response.json()) as { code: string; message: string; fields?: { field: string }[] };
      expect({ list, status: response.status, code: body.code }).toEqual({ list, status: 400, code: 'BAD_USER_INPUT' });
      expect(body.fields?.map((f) => f.field)).toContain(field);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const english = await download('parks', { kind: 'CASTLE' }, staff.token, 'en-US');
    expect(JSON.stringify(await english.json())).toMatch(/kind/);
  });

  it('an unknown filter field is dropped, not an error, and the rest of the filter still applies', async () => {
    const found = records(await sheet(await download('parks', { search: parkCode, colour: 'blue' })));
    expect(found).toHaveLength(1);
  });
});
