import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { nextUscc, withWrongCheck } from '../fixtures/uscc.js';
import { createPark } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Leads to and from .xlsx: the import checks every row as createLead does and reports the refused
 * ones by row, column and reason; a USCC updates its lead; a name like an existing record is
 * refused naming it; the export streams the filtered list, labelled, in 万元, and imports back as is.
 */

const IMPORT = `mutation ($file: String!) { importLeads(file: $file) {
  rows created updated unchanged rejectedRows rejected { row column companyName reason } } }`;
const LIST = `query ($filter: LeadFilter) { leads(filter: $filter, first: 50) { edges { node {
  id companyName uscc source stage version plannedInvestment expectedAnnualTax jobs landMu floorSqm targetParkId ownerId
  industryCode chainSegment nextAction nextActionDate tags targetFlags } } } }`;
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }`;

const HEADER = [
  '企业名称',
  '统一社会信用代码',
  '来源渠道',
  '所属产业',
  '产业链环节',
  '计划投资额（万元）',
  '就业人数',
  '预计年纳税（万元）',
  '用地（亩）',
  '建筑面积（m²）',
  '意向园区',
  '负责人（邮箱）',
  '下一步行动',
  '下一步行动日期',
  '标签',
  '目标企业类型',
];

let api: TestApp;
let staff: { id: string; token: string; email: string };
let parkId: string;

async function xlsx(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

async function leadsNamed(search: string) {
  const result = await api.gql(LIST, { filter: { search } }, { token: staff.token });
  return result.data!.leads.edges.map((e: { node: Record<string, any> }) => e.node) as Record<string, any>[];
}

/** Downloads the export for a filter and reads its first sheet as rows of values. */
async function exported(query: Record<string, string>, options: { token?: string | null; locale?: string } = {}) {
  const headers: Record<string, string> = { 'accept-language': options.locale ?? 'zh-CN' };
  const token = options.token === undefined ? staff.token : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${api.url}/exports/leads.xlsx?${new URLSearchParams(query)}`, { headers });
}

async function sheetOf(response: Response): Promise<{ buffer: Buffer; rows: unknown[][] }> {
  expect(response.status).toBe(200);
  const buffer = Buffer.from(await response.arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { buffer, rows };
}

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = await api.userWithRole('BUREAU_STAFF');
  parkId = await createPark(api, 'TRANSFER_PARK');
});
afterAll(() => api?.close());

describe('lead import', () => {
  it('saves the valid rows, reports each bad one by row, column and reason, and changes nothing when run again', async () => {
    const good = nextUscc();
    const { code: badCheck } = withWrongCheck(nextUscc());
    const rows = [
      HEADER,
      [
        '天山雪莲生物制药有限公司',
        good,
        '亚欧博览会',
        '生物医药与大健康',
        '生物制药',
        5000,
        120,
        300,
        50,
        20000,
        '测试园区TRANSFER_PARK',
        staff.email,
        '电话回访',
        '2031-03-01',
        '重点、生物',
        '科技先导',
      ],
      ['昆仑锂电新能源有限公司', badCheck, 'CANTON_FAIR'],
      ['博格达精密机械有限公司', null, '展销会'],
      ['准噶尔云算力有限公司', null, 'REFERRAL', '新材料', '生物制药'],
      ['火焰山光伏材料有限公司', null, 'OTHER', null, null, -5, 'many'],
      [
        '喀纳斯冷链物流有限公司',
        null,
        'OTHER',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '没有这个园区',
        'nobody@example.com',
      ],
      [null, null, null, '新材料'],
      [
        '赛里木湖数据服务有限公司',
        null,
        'OTHER',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '2031-02-30',
      ],
      ['阿勒泰绿色矿业有限公司', null, 'OTHER'],
    ];
    const audit = async () =>
      (await api.dataSource.query("SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'lead.import%'"))[0].n;
    const auditBefore = await audit();
    const result = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLeads;
    expect(report).toMatchObject({ rows: 9, created: 2, updated: 0, unchanged: 0, rejectedRows: 7 });
    const at = (row: number) => report.rejected.filter((r: { row: number }) => r.row === row);
    expect(at(3)).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        companyName: '昆仑锂电新能源有限公司',
        reason: expect.stringContaining('统一社会信用代码无效'),
      },
    ]);
    expect(at(4)).toEqual([
      expect.objectContaining({ column: '来源渠道', reason: expect.stringContaining('亚欧博览会') }),
    ]);
    expect(at(5)[0]).toMatchObject({ column: '产业链环节', reason: '不属于所选产业的产业链环节' });
    expect(at(6).map((r: { column: string }) => r.column)).toEqual(['就业人数']);
    expect(at(6)[0].reason).toContain('不是数字');
    expect(at(7).map((r: { column: string }) => r.column)).toEqual(['意向园区', '负责人（邮箱）']);
    expect(at(8).map((r: { column: string }) => r.column)).toEqual(['企业名称', '来源渠道']);
    expect(at(9)[0]).toMatchObject({ column: '下一步行动日期', reason: expect.stringContaining('不是日期') });

    // Nothing of a refused row was saved; the good row holds what it said, money in yuan.
    expect(await leadsNamed('昆仑锂电')).toEqual([]);
    expect(await leadsNamed('火焰山光伏')).toEqual([]);
    const [saved] = await leadsNamed('天山雪莲');
    expect(saved).toMatchObject({
      uscc: good,
      source: 'EXPO_CHINA_EURASIA',
      stage: 'LEAD',
      industryCode: 'BIOMEDICINE',
      chainSegment: 'BIOMEDICINE.BIOPHARMA',
      plannedInvestment: 50_000_000,
      expectedAnnualTax: 3_000_000,
      jobs: 120,
      landMu: 50,
      floorSqm: 20000,
      targetParkId: parkId,
      ownerId: staff.id,
      nextActionDate: '2031-03-01',
      tags: ['重点', '生物'],
      targetFlags: ['TECH_PIONEER'],
    });
    const history = await api.dataSource.query('SELECT "to" FROM lead_stage_changes WHERE "leadId" = $1', [saved.id]);
    expect(history).toEqual([{ to: 'LEAD' }]);
    // One audit row per lead written and one for the import.
    expect((await audit()) - auditBefore).toBe(3);

    // The same file again: the USCC row is unchanged, the name-only row is refused as like itself.
    const second = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
    expect(second.errors).toBeUndefined(); // a failure says why, not "cannot read importLeads of null"
    const again = second.data!.importLeads;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejectedRows: 8 });
    expect(again.rejected.find((r: { row: number }) => r.row === 10).reason).toContain('阿勒泰绿色矿业有限公司');
    expect(await leadsNamed('天山雪莲')).toHaveLength(1);

    // A changed cell updates the lead of that USCC, once, with its version moved on.
    rows[1][6] = 150;
    const third = (await api.gql(IMPORT, { file: await xlsx(rows.slice(0, 2)) }, { token: staff.token })).data!
      .importLeads;
    expect(third).toMatchObject({ rows: 1, created: 0, updated: 1, unchanged: 0, rejectedRows: 0 });
    const [updated] = await leadsNamed('天山雪莲');
    expect(updated).toMatchObject({
      id: saved.id,
      jobs: 150,
      version: saved.version + 1,
      plannedInvestment: 50_000_000,
    });
  });

  it('refuses a new row like an existing lead or enterprise, naming it, in the caller language', async () => {
    await api.gql(
      CREATE,
      { input: { companyName: '新疆吐鲁番葡萄科技有限公司', source: 'OTHER' } },
      { token: staff.token },
    );
    const file = await xlsx([
      ['Company name', 'Source channel'],
      ['新疆吐鲁番葡萄科技股份有限公司', 'Referral'],
      ['伊犁河谷薰衣草有限公司', 'China–Eurasia Expo'],
    ]);
    const result = (await api.gql(IMPORT, { file }, { token: staff.token, locale: 'en-US' })).data!.importLeads;
    expect(result).toMatchObject({ created: 1, rejectedRows: 1 });
    expect(result.rejected).toEqual([
      {
        row: 2,
        column: 'Company name',
        companyName: '新疆吐鲁番葡萄科技股份有限公司',
        reason: "like the existing lead '新疆吐鲁番葡萄科技有限公司' (Lead)",
      },
    ]);
    expect((await leadsNamed('伊犁河谷'))[0].source).toBe('EXPO_CHINA_EURASIA');
  });

  it('refuses enterprises, files that are no spreadsheet, and unknown columns', async () => {
    const enterprise = await api.userWithRole('ENTERPRISE');
    const file = await xlsx([HEADER]);
    const refused = await api.gql(IMPORT, { file }, { token: enterprise.token });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await api.gql('{ leadImportTemplate }', {}, { token: enterprise.token })).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const junk = await api.gql(IMPORT, { file: Buffer.from('hello').toString('base64') }, { token: staff.token });
    expect(junk.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(junk.errors![0].extensions.fields![0].field).toBe('file');
    const unknown = await api.gql(IMPORT, { file: await xlsx([['企业名称', '年产值']]) }, { token: staff.token });
    expect(unknown.errors![0].message).toContain('年产值');
  });

  it('gives a template whose header and example row import as a new lead', async () => {
    const template = await api.gql('{ leadImportTemplate }', {}, { token: staff.token });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data!.leadImportTemplate, 'base64') as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['企业名称', '来源渠道', '计划投资额（万元）', '用地（亩）', '意向园区']),
    );
    expect(sheet.getRow(2).getCell(header.indexOf('来源渠道') + 1).value).toBe('亚欧博览会');
    const result = await api.gql(IMPORT, { file: template.data!.leadImportTemplate }, { token: staff.token });
    expect(result.data!.importLeads).toMatchObject({ rows: 1, created: 1, rejectedRows: 0 });
  });
});

describe('lead export', () => {
  it('streams the filtered list with labels and 万元, staff only, audited, and imports back unchanged', async () => {
    const names = ['北庭故城文旅有限公司', '五彩滩储能科技有限公司', '白杨沟氢能装备有限公司'];
    for (const [i, companyName] of names.entries()) {
      const created = await api.gql(
        CREATE,
        {
          input: {
            companyName,
            uscc: i === 0 ? nextUscc() : null,
            source: i === 2 ? 'CANTON_FAIR' : 'PAIRING_PROVINCE',
            plannedInvestment: 12_345_678 * (i + 1),
            industryCode: 'NEW_MATERIALS',
            chainSegment: 'NEW_MATERIALS.CARBON_BASED',
            targetParkId: parkId,
            tags: ['出口测试', '=1+2'],
            nextAction: i === 1 ? '@SUM(A1)' : null,
          },
        },
        { token: staff.token },
      );
      expect(created.errors).toBeUndefined();
    }
    const auditBefore = await api.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'lead.export'",
    );
    const response = await exported({ source: 'PAIRING_PROVINCE', industryCode: 'NEW_MATERIALS' });
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toMatch(
      /filename\*=UTF-8''%E6%8B%9B%E5%95%86%E7%BA%BF%E7%B4%A2-\d{8}\.xlsx/,
    );
    const { buffer, rows } = await sheetOf(response);
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['企业名称', '来源渠道', '计划投资额（万元）', '阶段']));
    const col = (name: string) => (header as string[]).indexOf(name);
    expect(data.map((r) => r[col('企业名称')]).sort()).toEqual([names[0], names[1]].sort());
    const first = data.find((r) => r[col('企业名称')] === names[0])!;
    expect(first[col('来源渠道')]).toBe('对口援疆');
    expect(first[col('阶段')]).toBe('线索');
    expect(first[col('计划投资额（万元）')]).toBeCloseTo(1234.5678, 4);
    expect(first[col('所属产业')]).toBe('新材料');
    expect(first[col('意向园区')]).toBe('测试园区TRANSFER_PARK');
    // Formula-like text is written neutralised, so no spreadsheet evaluates it.
    expect(first[col('标签')]).toBe('出口测试、=1+2');
    expect(data.find((r) => r[col('企业名称')] === names[1])![col('下一步行动')]).toBe("'@SUM(A1)");
    expect(
      (await api.dataSource.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'lead.export'"))[0].n,
    ).toBe(auditBefore[0].n + 1);

    // The round trip: the exported file imports back without a change (the USCC-less row is like itself).
    const back = await api.gql(IMPORT, { file: buffer.toString('base64') }, { token: staff.token });
    expect(back.data!.importLeads).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 1, rejectedRows: 1 });
    expect(back.data!.importLeads.rejected[0].reason).toContain(names[1]);
    const [lead] = await leadsNamed('北庭故城');
    expect(lead).toMatchObject({ version: 1, tags: ['出口测试', '=1+2'] });

    // English headers and labels for an English caller; the filter's own rules refuse bad values.
    const english = await sheetOf(await exported({ search: '白杨沟' }, { locale: 'en-US' }));
    expect(english.rows[0]).toEqual(expect.arrayContaining(['Company name', 'Planned investment (10k yuan)']));
    expect(english.rows[1][(english.rows[0] as string[]).indexOf('Source channel')]).toBe('Canton Fair');
    expect((await exported({ stage: 'SOMEWHERE' })).status).toBe(400);
    expect((await exported({ overdue: 'maybe' })).status).toBe(400);
  });

  it('refuses anonymous callers and enterprises', async () => {
    expect((await exported({}, { token: null })).status).toBe(401);
    const enterprise = await api.userWithRole('ENTERPRISE');
    expect((await exported({}, { token: enterprise.token })).status).toBe(403);
  });
});
