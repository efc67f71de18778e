import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * Staff per-policy lists: filter by park, industry and the near miss's gap with pickers that show
 * names, and download the list as .xlsx; the file opens and has the Chinese header row.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const TITLE = `端到端导出测试政策 ${SUFFIX}`;
const NEAR_NAME = `新疆差一点科技有限公司${SUFFIX}`;
const RD_RATIO = '近一年研发费用占销售收入比例';

/** antd's Select with search, found by its label: type the option's name, take it with Enter. */
const pick = async (page: Page, label: string, option: string) => {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).fill(option);
  await page.keyboard.press('Enter');
  await page.getByTitle(option, { exact: true }).first().waitFor();
};

/** Clicks 导出 Excel and opens the downloaded file's first sheet as rows of cell values. */
const exportSheet = async (page: Page, card: Locator): Promise<unknown[][]> => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('policy match lists for staff', () => {
  let browser: Browser;
  let policyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    const token = admin.data!.login.accessToken;
    // An enterprise 1 point short of the policy's R&D ratio: the near miss.
    const registered = await graphqlRequest<{
      registerEnterprise: { accessToken: string; user: { enterprise: { id: string } } };
    }>(
      `mutation ($input: RegisterEnterpriseInput!) {
        registerEnterprise(input: $input) { accessToken user { enterprise { id } } }
      }`,
      {
        input: {
          uscc: randomUscc(),
          name: NEAR_NAME,
          email: `e2e-export-${SUFFIX.toLowerCase()}@example.com`,
          password: DEMO_PASSWORD,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const { accessToken, user } = registered.data!.registerEnterprise;
    const profile = await graphqlRequest(
      'mutation ($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(id: $id, input: $input) { id } }',
      {
        id: user.enterprise.id,
        input: {
          inventionPatents: 2,
          revenue: 10_000_000,
          rdExpense: 400_000,
          parkCode: 'SCI_TECH_VALLEY',
          industry: 'NEXT_GEN_IT',
        },
      },
      { token: accessToken },
    );
    expect(profile.errors).toBeUndefined();
    // 10万元 for an invention patent and an R&D ratio of at least 5 % (the demo enterprise has 6 %).
    const created = await graphqlRequest<{ createPolicy: { id: string } }>(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      {
        input: {
          code: `E2E_EXPORT_${SUFFIX}`,
          title: TITLE,
          titleEn: `End-to-end export policy ${SUFFIX}`,
          kind: 'SUBSIDY',
          criteria: { and: [{ '>=': [{ var: 'inventionPatents' }, 1] }, { '>=': [{ var: 'rdRatio' }, 0.05] }] },
          benefitFormula: 100000,
          testCases: [
            {
              name: '符合',
              facts: { inventionPatents: 2, revenue: 100, rdExpense: 6 },
              expectedOutcome: 'ELIGIBLE',
              expectedBenefit: 100000,
            },
            {
              name: '研发不足',
              facts: { inventionPatents: 2, revenue: 100, rdExpense: 4 },
              expectedOutcome: 'INELIGIBLE',
            },
          ],
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    policyId = created.data!.createPolicy.id;
    const published = await graphqlRequest(
      'mutation ($id: ID!) { publishPolicy(id: $id) { id } }',
      { id: policyId },
      { token },
    );
    expect(published.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff filter the lists with named pickers and download each as .xlsx with its header row', async () => {
    const page = await newPage(browser);
    await login(page, DEMO_USERS.BUREAU_STAFF);
    await page.goto(`/policies/${policyId}`);
    await page.getByRole('heading', { name: new RegExp(TITLE) }).waitFor();
    const card = page.locator('.ant-card').filter({ hasText: '匹配企业' });
    // The embedded demo set puts hundreds of sample enterprises on the lists: narrow to the one we check.
    const search = async (name: string) => {
      const box = card.locator('input#qualifierSearch:visible');
      await box.fill(name);
      await box.press('Enter');
    };
    await search('新疆示例科技有限公司');
    // the re-match runs in the background: the list fills up
    await card.getByRole('link', { name: '新疆示例科技有限公司' }).waitFor({ timeout: 30_000 });

    await pick(page, '所在园区', '科创谷');
    await card.getByRole('link', { name: '新疆示例科技有限公司' }).waitFor();
    await pick(page, '所属产业', '生物医药与大健康');
    await card.getByText('暂无企业').waitFor();
    await pick(page, '所属产业', '新一代信息技术');
    await card.getByRole('link', { name: '新疆示例科技有限公司' }).waitFor();

    const qualified = await exportSheet(page, card);
    expect(qualified[0]).toEqual([
      '企业名称',
      '统一社会信用代码',
      '所在园区',
      '所属产业',
      '企业梯队',
      '预计金额（万元）',
    ]);
    expect(qualified.slice(1).map((row) => row[0])).toContain('新疆示例科技有限公司');
    expect(qualified.slice(1).every((row) => row[2] === '科创谷')).toBe(true);

    await card.getByRole('tab', { name: '差一点的企业' }).click();
    await search(NEAR_NAME);
    await pick(page, '差距条件', RD_RATIO);
    const row = card.getByRole('row').filter({ has: page.getByRole('link', { name: NEAR_NAME }) });
    await row.getByText(`${RD_RATIO} 4%，需 ≥ 5%`).waitFor();
    expect(await axeViolations(page, { include: ['#policy-qualifiers'] })).toEqual([]);

    const near = await exportSheet(page, card);
    expect(near[0]).toEqual([
      '企业名称',
      '统一社会信用代码',
      '所在园区',
      '所属产业',
      '企业梯队',
      '差距：Ⅰ类知识产权数（发明专利等）',
      `差距：${RD_RATIO}`,
    ]);
    expect(near.find((r) => r[0] === NEAR_NAME)?.[6]).toBe(`${RD_RATIO} 4%，需 ≥ 5%`);
    await page.context().close();
  });
});
