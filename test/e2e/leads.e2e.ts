import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import {
  baseUrl,
  DEMO_PASSWORD,
  DEMO_USERS,
  launchBrowser,
  login,
  newPage,
  waitForExpression,
} from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * The bureau's pipeline in the admin app: staff create a lead, log a visit, move it to 在谈 (refused
 * first, naming the missing fields, then accepted once the dialog fills them), and find it in the
 * 在谈 column of the kanban; a likely duplicate is flagged while typing; enterprises never see leads.
 */

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
const TABLET = { width: 820, height: 1180 };
/**
 * antd's default theme colours (primary and danger buttons, links, description labels) fall under
 * 4.5:1 contrast app-wide, its scrolling table keeps a hidden measuring row, its Select root
 * carries an aria attribute its role does not allow, and Refine's page header nests its back button:
 * the framework's, not these pages', left out here.
 */
const THEME = [
  '.ant-btn-primary',
  '.ant-btn-dangerous',
  'a',
  '.ant-descriptions-item-label',
  '.ant-table-measure-row',
  '.ant-select',
  '.ant-page-header-back-button',
];

/** antd's Select: open it (its shown value covers the input) and take the option by its label. */
const pick = async (page: Page, scope: Page | Locator, label: string, option: string) => {
  await scope.getByRole('combobox', { name: label }).click({ force: true });
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(option, { exact: true })
    .click();
};

const shoot = async (page: Page, name: string) => {
  await page.screenshot({ path: `${SHOTS}/leads-${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(TABLET);
  await page.screenshot({ path: `${SHOTS}/leads-${name}-tablet.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
};

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('investment leads in the admin app', () => {
  let browser: Browser;
  let staff: Page;
  const suffix = String(Date.now() % 1_000_000);
  const companyName = `新疆天山云链科技有限公司${suffix}`;
  let leadPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('staff create a lead from the menu with the paper form', async () => {
    await staff.getByRole('menu').getByText('招商线索', { exact: true }).click();
    await staff.waitForURL('**/leads');
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
    await shoot(staff, 'list');

    await staff.getByRole('button', { name: '新建线索' }).click();
    await staff.waitForURL('**/leads/create');
    await staff.getByLabel('企业名称').fill(companyName);
    await pick(staff, staff, '来源渠道', '广交会');
    await staff.getByLabel('就业人数').fill('200');
    await staff.getByLabel('下一步行动', { exact: true }).fill('安排园区考察');
    await staff.getByLabel('世界500强').check();
    await staff.getByRole('button', { name: '添加联系人' }).click();
    await staff.getByLabel('姓名').fill('李明');
    await staff.getByLabel('电话').fill('13800000000');
    expect(await axeViolations(staff, { include: ['form'], exclude: THEME })).toEqual([]);
    await staff.getByRole('button', { name: '保存' }).click();
    await staff.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    leadPath = new URL(staff.url()).pathname;
    await staff.getByText(companyName).first().waitFor();
    await staff.getByText('200 人').waitFor();
    await staff.getByText('李明 · 13800000000').waitFor();
  });

  it('staff log a visit, then move the lead to 在谈 after filling what the stage needs', async () => {
    const log = staff.getByRole('form', { name: '记录跟进' });
    await log.getByLabel('内容').fill('赴企业总部拜访，对方有意在高新区设立西北生产基地');
    await log.getByRole('button', { name: '记录跟进' }).click();
    await staff.getByText('已记录跟进').waitFor();
    await staff.getByText('赴企业总部拜访，对方有意在高新区设立西北生产基地').waitFor();

    await pick(staff, staff, `将“${companyName}”移到`, '在谈');
    const dialog = staff.getByRole('dialog', { name: '移到“在谈”前需补全' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('计划投资额').isVisible()).resolves.toBe(true);
    await expect(dialog.getByLabel('意向园区').isVisible()).resolves.toBe(true);
    expect(await axeViolations(staff, { include: ['.ant-modal-content'], exclude: THEME })).toEqual([]);
    await dialog.getByLabel('计划投资额').fill('8000');
    await dialog.getByRole('combobox', { name: '意向园区' }).click({ force: true });
    await staff.keyboard.press('Enter');
    await dialog.getByRole('button', { name: '保存并移动' }).click();
    await staff.getByText('已移到“在谈”').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('“线索” → “在谈”').waitFor();
    await staff.getByText('8,000 万元').waitFor();
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
    await shoot(staff, 'lead');
  });

  it('the lead stands in the 在谈 column of the kanban; a drag to 签约 asks for the contract', async () => {
    await staff.goto('/leads');
    await staff.getByLabel('按名称搜索').fill(companyName);
    await staff.keyboard.press('Enter');
    const row = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: companyName }) });
    await row.getByText('在谈').waitFor();
    await row.getByText('8,000').waitFor();

    await staff.getByText('看板', { exact: true }).click();
    await staff.waitForURL('**/leads?view=kanban');
    const negotiating = staff.locator('section[data-stage="NEGOTIATING"]');
    const card = negotiating.getByRole('listitem', { name: companyName });
    await card.waitFor();
    await expect(
      staff.locator('section[data-stage="LEAD"]').getByRole('listitem', { name: companyName }).count(),
    ).resolves.toBe(0);
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
    await shoot(staff, 'kanban');

    await card.dragTo(staff.locator('section[data-stage="SIGNED"]'));
    const dialog = staff.getByRole('dialog', { name: '移到“签约”前需补全' });
    await dialog.waitFor();
    for (const label of ['签约日期', '合同投资额', '合同就业人数', '合同年纳税额']) {
      await expect(dialog.getByLabel(label).isVisible()).resolves.toBe(true);
    }
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await negotiating.getByRole('listitem', { name: companyName }).waitFor();
  });

  it('a likely duplicate is flagged while typing and on saving, with a link to the existing lead', async () => {
    await staff.goto('/leads/create');
    await staff.getByLabel('企业名称').fill(companyName.replace('有限公司', '股份有限公司'));
    const warning = staff.getByRole('status').filter({ hasText: '可能与已有记录重复' });
    await warning.getByRole('link', { name: companyName }).waitFor();
    await staff.getByRole('button', { name: '保存' }).click();
    const dialog = staff.getByRole('dialog', { name: '已有相似的线索或企业' });
    await dialog.getByRole('link', { name: companyName }).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.getByRole('link', { name: companyName }).first().waitFor({ state: 'hidden' });
    expect(new URL(staff.url()).pathname).toBe('/leads/create');
  });

  it('an edit saved over someone else’s change says so and reloads the lead', async () => {
    await staff.goto(`${leadPath}/edit`);
    const jobs = staff.getByLabel('就业人数', { exact: true });
    const jobsRead = (value: string) =>
      waitForExpression(staff, `document.getElementById('jobs')?.value === '${value}'`);
    await jobsRead('200');
    const token = (
      await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
        email: DEMO_USERS.ADMIN,
        password: DEMO_PASSWORD,
      })
    ).data!.login.accessToken;
    const id = leadPath.split('/').pop()!;
    const current = await graphqlRequest<{ lead: { version: number } }>(
      'query ($id: ID!) { lead(id: $id) { version } }',
      { id },
      { token },
    );
    const other = await graphqlRequest(
      'mutation ($id: ID!, $version: Int!) { updateLead(id: $id, version: $version, input: { jobs: 300 }) { id } }',
      { id, version: current.data!.lead.version },
      { token },
    );
    expect(other.errors).toBeUndefined();
    await jobs.fill('250');
    await staff.getByRole('button', { name: '保存' }).click();
    await staff.getByRole('alert').filter({ hasText: '已被他人修改，已重新加载最新内容' }).waitFor();
    await jobsRead('300');
  });

  it('an enterprise user has no leads menu and is refused the pages', async () => {
    const enterprise = await newPage(browser);
    await login(enterprise, DEMO_USERS.ENTERPRISE);
    await expect(enterprise.getByRole('menu').getByText('招商线索', { exact: true }).count()).resolves.toBe(0);
    for (const path of ['/leads', '/leads/create', leadPath || '/leads/kanban']) {
      await enterprise.goto(`${baseUrl()}${path}`);
      await enterprise.getByText('403', { exact: true }).waitFor();
    }
    await enterprise.context().close();
  });
});
