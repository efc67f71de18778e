import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { enterpriseXlsx } from './support/enterprise-xlsx.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

const DEMO_ENTERPRISE = '新疆示例科技有限公司';

const tokenOf = async (email: string): Promise<string> => {
  const { data } = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password: DEMO_PASSWORD });
  return data!.login.accessToken;
};

/** An .xlsx of two rows: one good, one whose USCC has a wrong check character. */
const importFile = (token: string, good: string, bad: string): Promise<Buffer> =>
  enterpriseXlsx(token, [
    { uscc: good, name: '新疆导入测试材料有限公司', employees: 30 },
    { uscc: bad, name: '校验位错误的导入企业', employees: 12 },
  ]);

/** Reads until the value is the expected one (a reload answers asynchronously), for at most 10 s. */
const valueBecomes = async (read: () => Promise<string>, expected: string): Promise<void> => {
  for (let tries = 0; tries < 100 && (await read()) !== expected; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await read()).toBe(expected);
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('enterprise records (staff)', () => {
  let browser: Browser;
  let staff: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds an enterprise by a Chinese part of its name, on the server', async () => {
    await staff.getByRole('menu').getByText('企业档案', { exact: true }).click();
    await staff.getByRole('heading', { name: '企业档案' }).waitFor();
    await staff.getByLabel('按名称搜索').fill('示例科技');
    await staff.keyboard.press('Enter');
    await staff.getByRole('table').getByRole('link', { name: DEMO_ENTERPRISE }).waitFor();
    await staff.getByLabel('按名称搜索').fill('没有这样的企业');
    await staff.keyboard.press('Enter');
    await staff.getByRole('table').getByRole('link', { name: DEMO_ENTERPRISE }).waitFor({ state: 'detached' });
    // The demo enterprise among the sample enterprises (named …（示例）) of the demo data.
    await staff.getByLabel('按名称搜索').fill('示例科技');
    await staff.keyboard.press('Enter');
  });

  it('shows the profile in four groups with sources, marks a fact verified and records it', async () => {
    await staff.getByRole('table').getByRole('link', { name: DEMO_ENTERPRISE }).click();
    await staff.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    for (const group of ['基本信息', '创新能力', '财务', '环境与信用']) {
      await staff.getByText(group, { exact: true }).first().waitFor();
    }
    // money in 万元
    await staff.getByText('8,600 万元', { exact: true }).waitFor();
    await staff.getByRole('button', { name: '核实：职工总数' }).click();
    await staff.getByRole('button', { name: '核实：职工总数' }).waitFor({ state: 'detached' });
    await staff.getByText('已核实', { exact: true }).first().waitFor();
    await staff.getByRole('tab', { name: '变更记录' }).click();
    const history = staff.getByRole('tabpanel', { name: '变更记录' });
    await history.getByText('标记为已核实', { exact: true }).first().waitFor();
    await history.getByText('职工总数', { exact: true }).first().waitFor();
  });

  it('imports an .xlsx, saving the good row and reporting the bad one with row, column and reason', async () => {
    const token = await tokenOf(DEMO_USERS.BUREAU_STAFF);
    const good = randomUscc();
    const other = randomUscc();
    const wrong = other.charAt(17) === '0' ? '1' : '0';
    const file = await importFile(token, good, `${other.slice(0, 17)}${wrong}`);

    await staff.goto('/enterprises');
    await staff.getByRole('button', { name: '批量导入' }).click();
    await staff.waitForURL('**/enterprises/import');
    const upload = async () => {
      const chooser = staff.waitForEvent('filechooser');
      await staff.getByText('选择 .xlsx 文件', { exact: true }).click();
      await (await chooser).setFiles({ name: 'enterprises.xlsx', mimeType: 'application/octet-stream', buffer: file });
      await staff.getByText('导入结果', { exact: true }).waitFor();
    };
    await upload();
    const rejected = staff
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: `校验位应为 ${other.charAt(17)}` });
    await rejected.waitFor();
    await rejected.getByRole('cell', { name: '3', exact: true }).waitFor();
    await rejected.getByRole('cell', { name: '统一社会信用代码', exact: true }).waitFor();

    const found = await graphqlRequest<{ enterprises: { totalCount: number } }>(
      'query ($search: String) { enterprises(filter: { search: $search }, first: 5) { totalCount } }',
      { search: good },
      { token },
    );
    expect(found.data?.enterprises.totalCount).toBe(1);

    // the same file again changes nothing
    await upload();
    await staff
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: `校验位应为 ${other.charAt(17)}` })
      .waitFor();
  });
});

describe('park editor (admin)', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a save over someone else’s change with CONFLICT, then saves after a reload', async () => {
    const token = await tokenOf(DEMO_USERS.ADMIN);
    const { data } = await graphqlRequest<{
      parks: { id: string; code: string; name: string; freeLandMu: number; totalLandMu: number; version: number }[];
    }>('{ parks(filter: { search: "GOLD" }) { id code name freeLandMu totalLandMu version } }', {}, { token });
    const park = data!.parks[0]!;
    await admin.goto('/parks');
    await admin.getByLabel('按名称搜索').fill(park.code);
    await admin.keyboard.press('Enter');
    const row = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: park.name, exact: true }) });
    await row.getByRole('button', { name: '编辑' }).click();
    await admin.waitForURL(/\/parks\/[0-9a-f-]{36}\/edit$/);
    await admin.getByRole('heading', { name: '编辑园区' }).waitFor();
    const freeLand = admin.getByLabel('可用土地', { exact: true });
    await expect(freeLand.inputValue()).resolves.toBe(String(park.freeLandMu));

    // meanwhile someone else changes the park
    const changed = await graphqlRequest(
      'mutation ($id: ID!, $version: Int!) { updatePark(id: $id, version: $version, input: { freeLandMu: 40, freeSpaceReason: "测绘更正" }) { version } }',
      { id: park.id, version: park.version },
      { token },
    );
    expect(changed.errors).toBeUndefined();

    await freeLand.fill('45');
    // a change of free space asks why (it goes into the park's space history)
    await admin.getByLabel('空间调整原因').fill('测绘更正');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('alert').filter({ hasText: '已被他人修改，请刷新' }).waitFor();
    await admin.getByRole('button', { name: '刷新', exact: true }).last().click();
    // the reload brings the other change (40) into the form
    await valueBecomes(() => freeLand.inputValue(), '40');
    await freeLand.fill('45');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/\/parks\/[0-9a-f-]{36}$/);
    await admin.getByRole('cell', { name: '45 亩', exact: true }).waitFor();
  });
});
