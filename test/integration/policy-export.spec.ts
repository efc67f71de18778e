import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { EXPORT_PAGE_SIZE } from '../../apps/api/src/modules/matching/qualifier-export.service.js';
import { nextUscc } from '../fixtures/uscc.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Staff per-policy lists with filters, and their .xlsx export: the file holds exactly the rows of
 * the GraphQL list for the same filter, in its order, with the gaps in words; staff only; audited.
 * 2,000 enterprises (direct inserts: registering each through the API would take minutes) make the
 * export span several keyset pages.
 */

const COUNT = 2000;
const INDUSTRIES = ['NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT', 'ADVANCED_EQUIPMENT'];
const PARKS = ['SCI_TECH_VALLEY', 'GOLD_PARK', null];
const TIERS = ['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING', null];

/** Enterprise i of the fixture: its profile decides its outcome under the R&D subsidy (≥ 3 %, in zone). */
function fixture(i: number) {
  const kind = i % 7; // 0–2 eligible, 3–4 near miss, 5 needs info, 6 outside the zone
  const rdExpense = kind <= 2 ? 300_000 + (i % 50) * 10_000 : kind <= 4 ? 250_000 : kind === 6 ? 900_000 : null;
  return {
    uscc: nextUscc(),
    name: i % 100 === 0 ? `天山云图导出测试${i}号有限公司` : `导出测试企业${i}号有限公司`,
    industry: INDUSTRIES[i % 4],
    parkCode: PARKS[i % 3],
    tier: TIERS[i % 5],
    inZone: kind !== 6,
    revenue: 10_000_000,
    rdExpense,
  };
}
type Fixture = ReturnType<typeof fixture>;

const QUALIFIERS = `query ($policyId: ID!, $outcome: Outcome, $nearMiss: Boolean, $industryCode: String, $parkCode: String,
  $tier: Tier, $gapFact: String, $search: String, $after: String) {
  policyQualifiers(policyId: $policyId, outcome: $outcome, nearMiss: $nearMiss, industryCode: $industryCode,
    parkCode: $parkCode, tier: $tier, gapFact: $gapFact, search: $search, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { benefit gapText missingFacts enterprise { name uscc industry parkCode tier } } }
  }
}`;

type Filter = Record<string, string | boolean>;
interface ListRow {
  benefit: number;
  gapText: string[];
  missingFacts: string[];
  enterprise: { name: string; uscc: string; industry: string; parkCode: string | null; tier: string | null };
}

describe('policy match lists: filters and .xlsx export', () => {
  let api: TestApp;
  let admin: string;
  let staff: { id: string; token: string };
  let policyId: string;
  const fixtures: Fixture[] = [];

  /** Every page of the GraphQL list for a filter. */
  const list = async (filter: Filter, token = staff.token): Promise<{ rows: ListRow[]; total: number }> => {
    const rows: ListRow[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GqlResult = await api.gql(QUALIFIERS, { policyId, ...filter, after }, { token });
      expect(result.errors).toBeUndefined();
      const page = result.data!.policyQualifiers as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: ListRow }[];
      };
      rows.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return { rows, total: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  };

  const download = (id: string, filter: Filter, options: { token?: string | null; locale?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(filter).map(([k, v]): [string, string] => [k, String(v)]));
    const headers: Record<string, string> = { 'accept-language': options.locale ?? 'zh-CN' };
    const token = options.token === undefined ? staff.token : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    return fetch(`${api.url}/exports/policies/${id}/qualifiers.xlsx?${query}`, { headers });
  };

  /** The export's sheet as rows of cell values, header first. */
  const sheetOf = async (response: Response): Promise<unknown[][]> => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = await api.userWithRole('BUREAU_STAFF');
    for (let i = 1; i <= COUNT; i++) fixtures.push(fixture(i));
    const column = <K extends keyof Fixture>(key: K) => fixtures.map((f) => f[key]);
    await api.dataSource.query(
      `INSERT INTO enterprises (uscc, name, industry, "parkCode", tier, "inZone", revenue, "rdExpense")
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[],
                            $6::boolean[], $7::numeric[], $8::numeric[])`,
      [
        column('uscc'),
        column('name'),
        column('industry'),
        column('parkCode'),
        column('tier'),
        column('inZone'),
        column('revenue'),
        column('rdExpense'),
      ],
    );
    const input = rdSubsidyInput('EXPORT_RD', {
      name: '缺研发',
      facts: { inZone: true, revenue: 10_000_000 },
      expectedOutcome: 'NEEDS_INFO',
      expectedBenefit: 0,
    });
    const created = await api.gql(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      { input },
      {
        token: admin,
      },
    );
    policyId = created.data!.createPolicy.id;
    const published = await api.gql(
      'mutation ($id: ID!) { publishPolicy(id: $id) { matchRun { id } } }',
      { id: policyId },
      { token: admin },
    );
    expect(published.errors).toBeUndefined();
    await api.waitForJobs(120_000);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
  });

  it('filters by industry, park, tier, gap fact and name, alone and together', async () => {
    const eligible = (f: Fixture) => f.inZone && f.rdExpense !== null && f.rdExpense >= 300_000;
    const qualified = await list({ outcome: 'ELIGIBLE', industryCode: 'BIOMEDICINE', tier: 'HIGH_TECH' });
    const expected = fixtures.filter((f) => eligible(f) && f.industry === 'BIOMEDICINE' && f.tier === 'HIGH_TECH');
    expect(qualified.total).toBe(expected.length);
    expect(qualified.rows.map((r) => r.enterprise.uscc).sort()).toEqual(expected.map((f) => f.uscc).sort());
    // largest benefit first
    const benefits = qualified.rows.map((r) => r.benefit);
    expect(benefits).toEqual([...benefits].sort((a, b) => b - a));

    const near = await list({ nearMiss: true, parkCode: 'GOLD_PARK', gapFact: 'rdRatio' });
    const nearExpected = fixtures.filter((f) => f.inZone && f.rdExpense === 250_000 && f.parkCode === 'GOLD_PARK');
    expect(near.rows.map((r) => r.enterprise.uscc).sort()).toEqual(nearExpected.map((f) => f.uscc).sort());
    expect(near.rows[0].gapText).toEqual(['近一年研发费用占销售收入比例 2.5%，需 ≥ 3%']);
    expect((await list({ nearMiss: true, gapFact: 'revenue' })).total).toBe(0);

    const named = await list({ search: '天山云图' });
    expect(named.rows.map((r) => r.enterprise.name).sort()).toEqual(
      fixtures
        .filter((f) => f.name.includes('天山云图'))
        .map((f) => f.name)
        .sort(),
    );
    expect(named.total).toBe(COUNT / 100);
  });

  it('exports exactly the rows of the list for the same filter, in its order, several keyset pages long', async () => {
    const filters: Filter[] = [
      { outcome: 'ELIGIBLE' },
      { outcome: 'ELIGIBLE', industryCode: 'NEXT_GEN_IT', parkCode: 'SCI_TECH_VALLEY' },
      { nearMiss: true, tier: 'LEADING' },
      { outcome: 'NEEDS_INFO', search: '天山' },
      {},
    ];
    for (const filter of filters) {
      const { rows } = await list(filter);
      const sheet = await sheetOf(await download(policyId, filter));
      expect({ filter, rows: sheet.slice(1).map((cells) => cells[1]) }).toEqual({
        filter,
        rows: rows.map((r) => r.enterprise.uscc),
      });
    }
    const all = await sheetOf(await download(policyId, {}));
    expect(all.length - 1).toBe(COUNT);
    expect(COUNT).toBeGreaterThan(EXPORT_PAGE_SIZE * 3);

    // A client that gives up after the first bytes: the server stops, and goes on answering.
    const aborter = new AbortController();
    const started = await fetch(`${api.url}/exports/policies/${policyId}/qualifiers.xlsx`, {
      headers: { authorization: `Bearer ${staff.token}` },
      signal: aborter.signal,
    });
    await started.body!.getReader().read();
    aborter.abort();
    expect((await sheetOf(await download(policyId, { outcome: 'NEEDS_INFO', search: '天山' }))).length).toBeGreaterThan(
      1,
    );
  });

  it('writes the columns of each list with Chinese headers (English for en), names for codes and 万元', async () => {
    const qualified = await sheetOf(await download(policyId, { outcome: 'ELIGIBLE', parkCode: 'SCI_TECH_VALLEY' }));
    expect(qualified[0]).toEqual([
      '企业名称',
      '统一社会信用代码',
      '所在园区',
      '所属产业',
      '企业梯队',
      '预计金额（万元）',
    ]);
    const first = (await list({ outcome: 'ELIGIBLE', parkCode: 'SCI_TECH_VALLEY' })).rows[0];
    expect(qualified[1][0]).toBe(first.enterprise.name);
    expect(qualified[1][2]).toBe('科创谷');
    expect(qualified[1][5]).toBeCloseTo(first.benefit / 10_000, 6);

    const near = await sheetOf(await download(policyId, { nearMiss: true }));
    expect(near[0].slice(5)).toEqual(['差距：近一年研发费用占销售收入比例']);
    expect(near[1][5]).toBe('近一年研发费用占销售收入比例 2.5%，需 ≥ 3%');

    const needsInfo = await sheetOf(await download(policyId, { outcome: 'NEEDS_INFO' }));
    expect(needsInfo[0].slice(5)).toEqual(['缺少的信息']);
    expect(needsInfo[1][5]).toBe('近一年研发费用');

    const english = await download(policyId, { nearMiss: true }, { locale: 'en' });
    expect(english.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''EXPORT_RD-Near%20misses-\d{8}\.xlsx/);
    const sheet = await sheetOf(english);
    expect(sheet[0]).toEqual(['Enterprise', 'USCC', 'Park', 'Industry', 'Tier', 'Gap: R&D ratio (last fiscal year)']);
    expect(sheet[1][5]).toBe('R&D ratio (last fiscal year) 2.5 %, needs ≥ 3 %');
  });

  it('is for staff only, refuses bad input naming the field, and records who exported what', async () => {
    const enterprise = await api.userWithRole('ENTERPRISE');
    expect((await download(policyId, {}, { token: null })).status).toBe(401);
    const refused = await download(policyId, {}, { token: enterprise.token });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', message: '您没有执行此操作的权限' });

    const badOutcome = await download(policyId, { outcome: 'MAYBE' });
    expect(badOutcome.status).toBe(400);
    const body = (await badOutcome.json()) as { code: string; fields: { field: string }[] };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.fields.map((f) => f.field)).toEqual(['outcome']);
    expect((await download(policyId, { nearMiss: 'maybe' })).status).toBe(400);
    expect((await download(policyId, { gapFact: 'shoeSize' })).status).toBe(400);
    expect((await download('not-a-policy', {})).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000', {})).status).toBe(404);

    const exported = await download(policyId, { outcome: 'ELIGIBLE', tier: 'LEADING' });
    expect(exported.status).toBe(200);
    await exported.arrayBuffer();
    const audit = await api.gql(
      `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 5) { edges { node { actorId entityId after } } } }`,
      { filter: { action: 'policy.exportQualifiers', actorId: staff.id } },
      { token: admin },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.edges[0].node).toMatchObject({
      actorId: staff.id,
      entityId: policyId,
      after: { code: 'EXPORT_RD', list: 'qualified', filter: { outcome: 'ELIGIBLE', tier: 'LEADING' } },
    });
  });
});
