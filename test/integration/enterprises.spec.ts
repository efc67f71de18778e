import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { UsersService } from '../../apps/api/src/core/users/users.service.js';
import { EnterpriseProfileService } from '../../apps/api/src/modules/enterprises/enterprise-profile.service.js';
import { DEMO_ENTERPRISE, seedDemoEnterprise } from '../../apps/api/src/modules/enterprises/enterprise-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { nextUscc, usccFor, withWrongCheck } from '../fixtures/uscc.js';

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { id email role enterprise { id uscc name version } } }
}`;
const PROFILE_FIELDS = `id uscc name version employees techStaff revenue rdExpense industry chainSegment tier parkCode registeredAt
  isHighTechCertified missingFacts factMeta { fact source updatedAt updatedBy verifiedBy verifiedAt }`;
const UPDATE = `mutation ($id: ID!, $input: EnterpriseProfileInput!, $version: Int!) {
  updateEnterpriseProfile(id: $id, input: $input, version: $version) { ${PROFILE_FIELDS} }
}`;
const GET = `query ($id: ID!) { enterprise(id: $id) { ${PROFILE_FIELDS} history(first: 50) { totalCount edges { node { fact kind before after source actorRole actorName } } } } }`;
/** The current optimistic-lock version, for a write that is not about the lock. */
const versionOf = async (api: TestApp, id: string): Promise<number> =>
  (await api.dataSource.query('SELECT version FROM enterprises WHERE id = $1', [id]))[0].version;
const LIST = `query ($filter: EnterpriseFilter, $first: Int, $after: String) {
  enterprises(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name uscc } } }
}`;
const IMPORT =
  'mutation ($file: String!) { importEnterprises(file: $file) { rows created updated unchanged rejectedRows rejected { row column columnLabel uscc reason message } } }';

let seq = 0;
async function register(api: TestApp, overrides: Record<string, unknown> = {}, locale?: string) {
  seq += 1;
  const input = {
    uscc: nextUscc(),
    name: `乌鲁木齐测试企业${seq}有限公司`,
    email: `ent-${seq}-${Date.now()}@test.local`,
    password: 'a-long-enterprise-password',
    ...overrides,
  };
  const result = await api.gql(REGISTER, { input }, { locale });
  return {
    input,
    result,
    token: result.data?.registerEnterprise.accessToken as string,
    user: result.data?.registerEnterprise.user,
  };
}

async function xlsx(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('enterprises');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

describe('enterprises', () => {
  let api: TestApp;
  let staff: { id: string; token: string };
  beforeAll(async () => {
    api = await startTestApp();
    staff = await api.userWithRole('BUREAU_STAFF');
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('registration', () => {
    it('creates an enterprise and its ENTERPRISE user, signed in', async () => {
      const { input, result, token, user } = await register(api, { uscc: usccFor(424242).toLowerCase() });
      expect(result.errors).toBeUndefined();
      expect(user.role).toBe('ENTERPRISE');
      expect(user.enterprise).toMatchObject({ uscc: usccFor(424242), name: input.name, version: 1 });
      const me = await api.gql('{ me { email role enterprise { uscc } } myEnterprise { id name } }', {}, { token });
      expect(me.data?.me).toEqual({ email: input.email, role: 'ENTERPRISE', enterprise: { uscc: usccFor(424242) } });
      expect(me.data?.myEnterprise.id).toBe(user.enterprise.id);
      const login = await api.login(input.email, input.password);
      expect(login).toBeTruthy();
    });

    it('refuses a code with a wrong check character, saying which is right, in both languages', async () => {
      const { code, expected } = withWrongCheck(nextUscc());
      const zh = await register(api, { uscc: code });
      expect(zh.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(zh.result.errors?.[0].message).toContain(`校验位应为 ${expected}`);
      expect(zh.result.errors?.[0].extensions.fields?.[0].field).toBe('uscc');
      const en = await register(api, { uscc: code }, 'en-US');
      expect(en.result.errors?.[0].message).toContain(`check character should be ${expected}`);
    });

    it('refuses a wrong length, a character outside the charset and a wrong organisation code', async () => {
      const short = await register(api, { uscc: '91350100M000100Y4' });
      expect(short.result.errors?.[0].message).toContain('应为 18 位');
      const letterO = await register(api, { uscc: '91350100M000100O43' });
      expect(letterO.result.errors?.[0].message).toContain('第 16 位“O”不是允许的字符');
      const org = await register(api, { uscc: '91350100M000100Y5' + 'Q' }, 'en-US');
      expect(org.result.errors?.[0].message).toContain('organisation code check character');
    });

    it('accepts a real published code (GB 32100 example)', async () => {
      const { result } = await register(api, { uscc: '91350100M000100Y43' });
      expect(result.errors).toBeUndefined();
    });

    it('refuses a second account for a USCC without revealing who holds it', async () => {
      const first = await register(api);
      const again = await register(api, { uscc: ` ${first.input.uscc.toLowerCase()} ` });
      const error = again.result.errors?.[0];
      expect(error?.extensions.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions.fields?.[0].field).toBe('uscc');
      expect(error?.message).toContain('已登记');
      expect(JSON.stringify(again.result)).not.toContain(first.input.email);
      expect(JSON.stringify(again.result)).not.toContain(first.input.name);
      // A code imported by staff (no account yet) is refused with the very same words.
      const imported = nextUscc();
      const file = await xlsx([
        ['uscc', 'name'],
        [imported, '导入的企业甲'],
      ]);
      expect((await api.gql(IMPORT, { file }, { token: staff.token })).data?.importEnterprises.created).toBe(1);
      const onImported = await register(api, { uscc: imported });
      expect(onImported.result.errors?.[0].message).toBe(error?.message);
    });

    it('gives role ENTERPRISE whatever is asked: the input has no role', async () => {
      const result = await api.gql(REGISTER, {
        input: {
          uscc: nextUscc(),
          name: '想当管理员的企业',
          email: 'sneaky@test.local',
          password: 'a-long-password-1',
          role: 'ADMIN',
        },
      });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const [{ n }] = await api.dataSource.query(
        "SELECT count(*)::int AS n FROM users WHERE email = 'sneaky@test.local'",
      );
      expect(n).toBe(0);
    });

    it('refuses a short password and saves nothing', async () => {
      const uscc = nextUscc();
      const { result } = await register(api, { uscc, password: 'short' });
      expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toContain('password');
      const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = $1', [uscc]);
      expect(n).toBe(0);
    });

    it('writes the enterprise, the user and their audit rows, none holding a password hash', async () => {
      const { user } = await register(api);
      const rows = await api.dataSource.query(
        'SELECT action, "after"::text AS after FROM audit_log WHERE "entityId" IN ($1, $2)',
        [user.id, user.enterprise.id],
      );
      expect(rows.map((r: { action: string }) => r.action).sort()).toEqual(['enterprise.register', 'user.create']);
      const all = await api.dataSource.query('SELECT "before"::text AS b, "after"::text AS a FROM audit_log');
      for (const row of all) expect(`${row.b} ${row.a}`).not.toMatch(/argon2|passwordHash|password/);
      const fields = await api.gql('{ __type(name: "User") { fields { name } } }', {}, { token: staff.token });
      const names = fields.data?.__type.fields.map((f: { name: string }) => f.name);
      expect(names).toEqual(expect.arrayContaining(['id', 'email', 'role', 'enterprise']));
      expect(names.some((n: string) => /password|hash/i.test(n))).toBe(false);
    });
  });

  describe('the profile', () => {
    let owner: Awaited<ReturnType<typeof register>>;
    let id: string;
    beforeAll(async () => {
      owner = await register(api);
      id = owner.user.enterprise.id;
    });

    it('is filled by the enterprise, each fact self-declared with its date, with a history', async () => {
      const input = {
        employees: 80,
        techStaff: 30,
        revenue: 50_000_000,
        industry: 'NEXT_GEN_IT',
        chainSegment: 'NEXT_GEN_IT.CLOUD_BIG_DATA',
        tier: 'TECH_SME',
        registeredAt: '2018-03-01',
        isHighTechCertified: false,
      };
      const result = await api.gql(UPDATE, { id, input, version: 1 }, { token: owner.token });
      expect(result.errors).toBeUndefined();
      const saved = result.data?.updateEnterpriseProfile;
      expect(saved).toMatchObject({ ...input, version: 2 });
      expect(saved.missingFacts).toContain('rdExpense');
      expect(saved.missingFacts).not.toContain('isHighTechCertified');
      const employees = saved.factMeta.find((m: { fact: string }) => m.fact === 'employees');
      expect(employees).toMatchObject({ source: 'SELF_DECLARED', updatedBy: owner.user.id, verifiedBy: null });
      const got = await api.gql(GET, { id }, { token: owner.token });
      const history = got.data?.enterprise.history;
      expect(history.totalCount).toBe(8);
      expect(history.edges.map((e: { node: { fact: string } }) => e.node.fact)).toContain('techStaff');
      expect(history.edges.find((e: { node: { fact: string } }) => e.node.fact === 'revenue').node).toMatchObject({
        kind: 'CHANGE',
        before: null,
        after: 50_000_000,
        source: 'SELF_DECLARED',
        actorRole: 'ENTERPRISE',
      });
    });

    it('writes nothing when no value changes', async () => {
      const result = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { employees: 80, techStaff: 30 } },
        { token: owner.token },
      );
      expect(result.data?.updateEnterpriseProfile.version).toBe(2);
    });

    it('is changed by staff too, and staff verify facts until the enterprise changes them again', async () => {
      const changed = await api.gql(
        UPDATE,
        { id, input: { rdExpense: 3_000_000 }, version: 2 },
        { token: staff.token },
      );
      expect(changed.data?.updateEnterpriseProfile).toMatchObject({ rdExpense: 3_000_000, version: 3 });
      const verify = await api.gql(
        'mutation ($id: ID!, $facts: [String!]!, $version: Int!) { verifyEnterpriseFacts(id: $id, facts: $facts, version: $version) { version factMeta { fact source verifiedBy } } }',
        { id, facts: ['revenue', 'rdExpense'], version: 3 },
        { token: staff.token },
      );
      expect(verify.errors).toBeUndefined();
      const meta = verify.data?.verifyEnterpriseFacts.factMeta;
      expect(meta.find((m: { fact: string }) => m.fact === 'revenue')).toMatchObject({
        source: 'VERIFIED',
        verifiedBy: staff.id,
      });
      expect(verify.data?.verifyEnterpriseFacts.version).toBe(4);
      const refused = await api.gql(
        'mutation ($id: ID!, $version: Int!) { verifyEnterpriseFacts(id: $id, facts: ["totalAssets", "nonsense"], version: $version) { id } }',
        { id, version: 4 },
        { token: staff.token },
      );
      expect(refused.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['totalAssets', 'nonsense']);
      const byOwner = await api.gql(
        'mutation ($id: ID!, $version: Int!) { verifyEnterpriseFacts(id: $id, facts: ["revenue"], version: $version) { id } }',
        { id, version: 4 },
        { token: owner.token },
      );
      expect(byOwner.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const again = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { revenue: 52_000_000 } },
        { token: owner.token },
      );
      const after = again.data?.updateEnterpriseProfile.factMeta;
      expect(after.find((m: { fact: string }) => m.fact === 'revenue')).toMatchObject({
        source: 'SELF_DECLARED',
        verifiedBy: null,
      });
      expect(after.find((m: { fact: string }) => m.fact === 'rdExpense')).toMatchObject({ source: 'VERIFIED' });
    });

    it('refuses a stale version with CONFLICT', async () => {
      const stale = await api.gql(UPDATE, { id, input: { employees: 81 }, version: 1 }, { token: owner.token });
      expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
      const got = await api.gql(GET, { id }, { token: owner.token });
      expect(got.data?.enterprise.employees).toBe(80);
    });

    it('names every bad field and saves nothing', async () => {
      const before = (await api.gql(GET, { id }, { token: owner.token })).data?.enterprise;
      const bad = await api.gql(
        UPDATE,
        {
          id,
          version: await versionOf(api, id),
          input: {
            techStaff: 500,
            industry: 'NOT_AN_INDUSTRY',
            parkCode: 'NO_SUCH_PARK',
            registeredAt: '2019-02-30',
            employees: 90,
          },
        },
        { token: owner.token },
      );
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const fields = bad.errors?.[0].extensions.fields?.map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['techStaff', 'industry', 'parkCode', 'registeredAt']));
      const negative = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { revenue: -1 } },
        { token: owner.token },
      );
      expect(negative.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['revenue']);
      const segment = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { chainSegment: 'BIOMEDICINE.MEDICAL_DEVICES' } },
        { token: owner.token },
      );
      expect(segment.errors?.[0].extensions.fields?.[0].field).toBe('chainSegment');
      expect(segment.errors?.[0].message).toContain('BIOMEDICINE');
      const after = (await api.gql(GET, { id }, { token: owner.token })).data?.enterprise;
      expect(after).toEqual(before);
    });

    it('clears a fact with null (back to not entered)', async () => {
      const result = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { isHighTechCertified: null } },
        { token: owner.token },
      );
      expect(result.data?.updateEnterpriseProfile.isHighTechCertified).toBeNull();
      expect(result.data?.updateEnterpriseProfile.missingFacts).toContain('isHighTechCertified');
      expect(result.data?.updateEnterpriseProfile.factMeta.map((m: { fact: string }) => m.fact)).not.toContain(
        'isHighTechCertified',
      );
    });

    it("is NOT_FOUND for another enterprise's user, and the list is staff-only", async () => {
      const other = await register(api);
      const read = await api.gql(GET, { id }, { token: other.token });
      expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const write = await api.gql(
        UPDATE,
        { id, version: await versionOf(api, id), input: { employees: 1 } },
        { token: other.token },
      );
      expect(write.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const list = await api.gql(LIST, {}, { token: other.token });
      expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const nonsense = await api.gql(GET, { id: 'not-a-uuid' }, { token: staff.token });
      expect(nonsense.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const staffMe = await api.gql('{ me { enterprise { id } } }', {}, { token: staff.token });
      expect(staffMe.data?.me.enterprise).toBeNull();
    });
  });

  describe('the staff list', () => {
    beforeAll(async () => {
      const rows: unknown[][] = [['uscc', 'name', 'industry', 'chainSegment', 'tier', 'parkCode']];
      for (let i = 0; i < 7; i += 1) {
        rows.push([
          usccFor(900_000 + i),
          `新疆天山列表${i % 2 ? '云计算' : '生物制药'}股份有限公司${i}`,
          i % 2 ? 'NEXT_GEN_IT' : 'BIOMEDICINE',
          null,
          i < 3 ? 'LITTLE_GIANT' : 'TECH_SME',
          i === 0 ? 'SCI_TECH_VALLEY' : null,
        ]);
      }
      const result = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
      expect(result.data?.importEnterprises.created).toBe(7);
    });

    it('finds a Chinese substring of the name', async () => {
      const result = await api.gql(LIST, { filter: { search: '天山列表云计算' } }, { token: staff.token });
      expect(result.data?.enterprises.totalCount).toBe(3);
      const two = await api.gql(LIST, { filter: { search: '列表' } }, { token: staff.token });
      expect(two.data?.enterprises.totalCount).toBe(7);
      const none = await api.gql(LIST, { filter: { search: '100%_' } }, { token: staff.token });
      expect(none.data?.enterprises.totalCount).toBe(0);
      const byCode = await api.gql(LIST, { filter: { search: usccFor(900_003).slice(0, 14) } }, { token: staff.token });
      expect(byCode.data?.enterprises.edges.map((e: { node: { uscc: string } }) => e.node.uscc)).toContain(
        usccFor(900_003),
      );
    });

    it('filters by industry, tier and park', async () => {
      const bio = await api.gql(
        LIST,
        { filter: { search: '列表', industryCode: 'BIOMEDICINE' } },
        { token: staff.token },
      );
      expect(bio.data?.enterprises.totalCount).toBe(4);
      const giants = await api.gql(
        LIST,
        { filter: { search: '列表', tier: 'LITTLE_GIANT', industryCode: 'BIOMEDICINE' } },
        { token: staff.token },
      );
      expect(giants.data?.enterprises.totalCount).toBe(2);
      const park = await api.gql(LIST, { filter: { parkCode: 'SCI_TECH_VALLEY' } }, { token: staff.token });
      expect(park.data?.enterprises.edges.map((e: { node: { uscc: string } }) => e.node.uscc)).toEqual([
        usccFor(900_000),
      ]);
    });

    it('pages with a cursor', async () => {
      const seen = new Set<string>();
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await api.gql<Record<string, any>>(
          LIST,
          { filter: { search: '列表' }, first: 3, after },
          { token: staff.token },
        );
        for (const edge of page.data!.enterprises.edges) seen.add(edge.node.id);
        pages += 1;
        if (!page.data?.enterprises.pageInfo.hasNextPage) break;
        after = page.data?.enterprises.pageInfo.endCursor as string;
      }
      expect(pages).toBe(3);
      expect(seen.size).toBe(7);
    });
  });

  describe('bulk import', () => {
    it('gives a template whose header row holds the column names', async () => {
      const result = await api.gql('{ enterpriseImportTemplate }', {}, { token: staff.token });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(result.data?.enterpriseImportTemplate, 'base64') as never);
      const header = (workbook.getWorksheet('enterprises')!.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 2)).toEqual(['uscc', 'name']);
      expect(header).toEqual(
        expect.arrayContaining(['employees', 'revenue3y', 'chainSegment', 'majorIncidentLastYear']),
      );
      const enterprise = await api.gql('{ enterpriseImportTemplate }', {}, { token: (await register(api)).token });
      expect(enterprise.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('saves the valid rows, reports the others by row, column and reason, and changes nothing when run again', async () => {
      const existing = await register(api);
      const [good1, good2, dup] = [nextUscc(), nextUscc(), nextUscc()];
      const { code: badCheck, expected } = withWrongCheck(nextUscc());
      const rows = [
        [
          'uscc',
          'name',
          'employees',
          'techStaff',
          'revenue',
          'registeredAt',
          'industry',
          'chainSegment',
          'tier',
          'isHighTechCertified',
          '污染类别',
        ],
        [
          good1,
          '导入好企业一',
          100,
          20,
          '12,000,000',
          new Date(Date.UTC(2015, 5, 1)),
          'NEW_MATERIALS',
          'NEW_MATERIALS.POLYMER_COMPOSITES',
          '高新技术企业',
          '是',
          'LOW',
        ],
        [badCheck, '校验位错误的企业', 10],
        [good2, '导入好企业二', 5, null, null, '2020-01-15', null, null, 'TECH_SME', 'false'],
        [nextUscc(), '人数不对的企业', 10, 20],
        [nextUscc(), '数字不对的企业', 'many', null, -5],
        [dup, '重复甲', 1],
        [dup, '重复乙', 2],
        [existing.input.uscc, null, 42, null, null, null, 'BIOMEDICINE', 'NEXT_GEN_IT.CLOUD_BIG_DATA'],
        [existing.input.uscc.slice(0, 10), '短码企业'],
        [nextUscc(), null, 3],
        [],
        [nextUscc(), '第二个好企业的重名', 7, 1, null, null, null, null, null, null, 'HIGH'],
      ];
      const auditBefore = await api.dataSource.query('SELECT count(*)::int AS n FROM audit_log');
      const result = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
      expect(result.errors).toBeUndefined();
      const report = result.data?.importEnterprises;
      expect(report).toMatchObject({ rows: 11, created: 4, updated: 0, unchanged: 0, rejectedRows: 7 });
      const at = (row: number) => report.rejected.filter((r: { row: number }) => r.row === row);
      expect(at(3)).toEqual([
        {
          row: 3,
          column: 'uscc',
          columnLabel: '统一社会信用代码',
          uscc: badCheck,
          reason: expect.stringContaining(`校验位应为 ${expected}`),
          message: expect.stringMatching(new RegExp(`^第 3 行“统一社会信用代码”：.*校验位应为 ${expected}`)),
        },
      ]);
      // Every refusal names its row and its column as the template labels it, never the internal key.
      // (the keys that are no English word: `name` and `revenue` are also words of the English labels)
      const KEYS = /\b(uscc|techStaff|chainSegment|registeredAt|highTechRevenue|isHighTechCertified|revenue3y)\b/;
      for (const refusal of report.rejected) {
        expect(refusal.message).toMatch(new RegExp(`^第 ${refusal.row} 行`));
        expect(refusal.message).not.toMatch(KEYS);
        if (refusal.column) expect(refusal.message).toContain(`“${refusal.columnLabel}”`);
      }
      expect(at(5)[0]).toMatchObject({ columnLabel: expect.not.stringMatching(/techStaff/) });
      expect(at(5)[0]).toMatchObject({ column: 'techStaff', reason: '科技人员数不能超过职工总数' });
      expect(at(6).map((r: { column: string }) => r.column)).toEqual(['employees']);
      expect(at(6)[0].reason).toContain('不是数字');
      expect(at(8)[0]).toMatchObject({ column: 'uscc', reason: '与第 7 行的统一社会信用代码重复' });
      expect(at(9)[0]).toMatchObject({ column: 'chainSegment' });
      expect(at(10)[0].reason).toContain('应为 18 位');
      expect(at(11)[0]).toMatchObject({ column: 'name', reason: '新企业必须填写企业名称' });
      expect(at(2)).toEqual([]);

      // In English, the same rows with the template's English labels.
      const english = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token, locale: 'en-US' });
      const enAt = (row: number) =>
        english.data?.importEnterprises.rejected.filter((r: { row: number }) => r.row === row);
      expect(enAt(3)[0]).toMatchObject({
        column: 'uscc',
        columnLabel: 'Unified social credit code (USCC)',
        message: expect.stringMatching(/^Row 3, Unified social credit code \(USCC\): /),
      });
      expect(enAt(11)[0]).toMatchObject({
        columnLabel: 'Enterprise name',
        message: expect.stringMatching(/^Row 11, Enterprise name: /),
      });
      for (const refusal of english.data?.importEnterprises.rejected ?? []) {
        expect(refusal.message).toMatch(new RegExp(`^Row ${refusal.row}[,:]`));
        expect(refusal.message).not.toMatch(KEYS);
      }

      const staffList = await api.gql(LIST, { filter: { search: '导入好企业一' } }, { token: staff.token });
      const createdId = staffList.data?.enterprises.edges[0].node.id;
      const created = (await api.gql(GET, { id: createdId }, { token: staff.token })).data?.enterprise;
      expect(created).toMatchObject({
        uscc: good1,
        employees: 100,
        revenue: 12_000_000,
        registeredAt: '2015-06-01',
        tier: 'HIGH_TECH',
        isHighTechCertified: true,
        chainSegment: 'NEW_MATERIALS.POLYMER_COMPOSITES',
      });
      expect(created.factMeta.every((m: { source: string }) => m.source === 'IMPORTED')).toBe(true);
      const existingAfter = (await api.gql(GET, { id: existing.user.enterprise.id }, { token: staff.token })).data
        ?.enterprise;
      expect(existingAfter.employees).toBeNull();

      // The same file again: nothing changes, nothing is written.
      const historyBefore = await api.dataSource.query('SELECT count(*)::int AS n FROM enterprise_profile_changes');
      const auditMiddle = await api.dataSource.query('SELECT count(*)::int AS n FROM audit_log');
      expect(auditMiddle[0].n - auditBefore[0].n).toBe(4);
      const again = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
      expect(again.data?.importEnterprises).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejectedRows: 7 });
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM enterprise_profile_changes')).toEqual(
        historyBefore,
      );
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(auditMiddle);

      // A changed cell updates that enterprise only, with one history row, as an import.
      rows[1][2] = 120;
      const third = await api.gql(IMPORT, { file: await xlsx(rows) }, { token: staff.token });
      expect(third.data?.importEnterprises).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
      const updated = (await api.gql(GET, { id: createdId }, { token: staff.token })).data?.enterprise;
      expect(updated.employees).toBe(120);
      expect(updated.history.edges[0].node).toMatchObject({
        fact: 'employees',
        before: 100,
        after: 120,
        source: 'IMPORTED',
      });
    });

    it('refuses a file that is no spreadsheet, or has unknown columns', async () => {
      const junk = await api.gql(IMPORT, { file: Buffer.from('hello').toString('base64') }, { token: staff.token });
      expect(junk.errors?.[0].extensions.fields?.[0].field).toBe('file');
      const unknown = await api.gql(
        IMPORT,
        {
          file: await xlsx([
            ['uscc', 'revenu'],
            [nextUscc(), 1],
          ]),
        },
        { token: staff.token },
      );
      expect(unknown.errors?.[0].message).toContain('revenu');
    });
  });

  describe('accounts and the demo enterprise', () => {
    it('lets staff open an ENTERPRISE account for an imported enterprise, which then signs in to it', async () => {
      const uscc = nextUscc();
      await api.gql(
        IMPORT,
        {
          file: await xlsx([
            ['uscc', 'name'],
            [uscc, '只有导入记录的企业'],
          ]),
        },
        { token: staff.token },
      );
      const id = (await api.gql(LIST, { filter: { search: uscc } }, { token: staff.token })).data?.enterprises.edges[0]
        .node.id;
      const email = `opened-${Date.now()}@test.local`;
      const created = await api.gql(
        'mutation ($id: ID!, $input: EnterpriseUserInput!) { createEnterpriseUser(enterpriseId: $id, input: $input) { role enterprise { uscc } } }',
        { id, input: { email, password: 'a-long-enterprise-password', name: '导入企业联系人' } },
        { token: staff.token },
      );
      expect(created.data?.createEnterpriseUser).toEqual({ role: 'ENTERPRISE', enterprise: { uscc } });
      const signIn = await api.gql(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { role enterprise { id uscc } } } }',
        { email, password: 'a-long-enterprise-password' },
      );
      expect(signIn.data?.login.user).toEqual({ role: 'ENTERPRISE', enterprise: { id, uscc } });
      const byEnterprise = await api.gql(
        'mutation ($id: ID!, $input: EnterpriseUserInput!) { createEnterpriseUser(enterpriseId: $id, input: $input) { id } }',
        { id, input: { email: `x${email}`, password: 'a-long-enterprise-password', name: 'x' } },
        { token: await api.login(email, 'a-long-enterprise-password') },
      );
      expect(byEnterprise.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('links the demo user to the sample enterprise once (embedded seed step)', async () => {
      const email = 'enterprise@demo.local';
      const admin = await api.adminToken();
      await api.gql(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, password: 'demo-password-1', name: '演示企业用户', role: 'ENTERPRISE' } },
        { token: admin },
      );
      const service = { profiles: api.app.get(EnterpriseProfileService), users: api.app.get(UsersService) };
      const embedded = { ...api.config, embedded: true };
      await api.dataSource.transaction((manager) =>
        seedDemoEnterprise(manager, { ...api.config, NODE_ENV: 'production' }, service),
      );
      const token = await api.login(email, 'demo-password-1');
      expect((await api.gql('{ myEnterprise { id } }', {}, { token })).data?.myEnterprise).toBeNull();
      await api.dataSource.transaction((manager) => seedDemoEnterprise(manager, embedded, service));
      await api.dataSource.transaction((manager) => seedDemoEnterprise(manager, embedded, service));
      const mine = await api.gql(
        '{ myEnterprise { name uscc sample revenue industry missingFacts factMeta { source } } }',
        {},
        { token },
      );
      expect(mine.data?.myEnterprise).toMatchObject({
        name: '新疆示例科技有限公司',
        uscc: DEMO_ENTERPRISE.uscc,
        sample: true,
        revenue: 86_000_000,
        industry: 'NEXT_GEN_IT',
        missingFacts: [],
      });
      const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = $1', [
        DEMO_ENTERPRISE.uscc,
      ]);
      expect(n).toBe(1);
    });
  });
});
