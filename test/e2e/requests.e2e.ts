import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { axeViolations } from './support/axe.js';
import { baseUrl, DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * 企业诉求 through the admin app: the demo enterprise files a request on a phone, staff answer it
 * and keep an internal note, the enterprise reads the answer (never the note) and rates the request
 * once staff resolve it. Then 招商看板: staff see the funnel and the totals of a lead made here.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const SUBJECT = `厂房用电增容 ${SUFFIX}`;
const BODY = '新建生产线需要将用电容量增加到 2000 千伏安，请协调供电公司。';
const ANSWER = `已联系供电公司，三个工作日内上门勘查。${SUFFIX}`;
const NOTE = `内部：供电所张工负责，电话已沟通。${SUFFIX}`;
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.E2E_SCREENSHOTS;

const phonePage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', viewport: PHONE });
  context.setDefaultTimeout(15_000);
  return context.newPage();
};

const noHorizontalOverflow = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** Screenshots for a person to look at, when E2E_SCREENSHOTS names a folder. */
const shoot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const confirm = async (page: Page) => {
  const popup = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name: /^确\s?定$/ }) });
  await popup.getByRole('button', { name: /^确\s?定$/ }).click();
};

/** Opens an antd Select by its label and clicks one of its (visible) options. */
const pick = async (page: Page, label: string, option: string) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
};

const token = async (email: string): Promise<string> => {
  const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password: DEMO_PASSWORD });
  const accessToken = session.data?.login.accessToken;
  if (!accessToken) throw new Error(`cannot sign in as ${email}`);
  return accessToken;
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('enterprises’ requests', () => {
  let browser: Browser;
  let enterprise: Page;
  let staff: Page;
  let requestPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    enterprise = await phonePage(browser);
    staff = await newPage(browser);
    await login(enterprise, DEMO_USERS.ENTERPRISE);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an enterprise file a request from its phone', async () => {
    await enterprise.goto('/my-requests');
    await enterprise.getByRole('heading', { name: '我的诉求', level: 3 }).waitFor();
    await enterprise.getByRole('button', { name: '提交诉求' }).click();
    await pick(enterprise, '诉求类别', '水电气暖');
    await enterprise.getByLabel('标题').fill(SUBJECT);
    await enterprise.getByLabel('诉求内容').fill(BODY);
    // antd's Select root carries the form item's aria-required, which its role does not allow (antd's, not this page's)
    expect(await axeViolations(enterprise, { include: ['main'], exclude: ['.ant-select'] })).toEqual([]);
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    await shoot(enterprise, 'my-requests-form');
    // antd spaces out a two-character label: "提 交"
    await enterprise.getByRole('button', { name: /^提\s?交$/ }).click();
    await enterprise.waitForURL(/\/my-requests\/[0-9a-f-]{36}$/);
    requestPath = new URL(enterprise.url()).pathname;
    await enterprise.getByRole('heading', { name: SUBJECT }).waitFor();
    await enterprise.getByText('待答复').first().waitFor();
    await enterprise.getByText(BODY).waitFor();

    await enterprise.getByRole('link', { name: '返回我的诉求' }).click();
    const card = enterprise.getByRole('listitem').filter({ hasText: SUBJECT });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('待答复');
    await expect(card.innerText()).resolves.toContain('答复期限');
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    expect(await axeViolations(enterprise, { include: ['main'] })).toEqual([]);
    await shoot(enterprise, 'my-requests-list');
  });

  it('lets staff answer it and keep an internal note', async () => {
    await staff.getByRole('menu').getByText('诉求处理', { exact: true }).click();
    await staff.waitForURL('**/requests');
    await staff.getByRole('link', { name: SUBJECT }).click();
    await staff.getByRole('heading', { name: SUBJECT }).waitFor();
    await staff.getByText(BODY).waitFor();
    await staff.getByText('未指派').waitFor();
    await staff.getByRole('button', { name: '指派给我' }).click();
    await staff.getByRole('button', { name: '指派给我' }).waitFor({ state: 'detached' });
    await staff.getByText('未指派').waitFor({ state: 'detached' });

    await staff.getByLabel('答复企业').fill(ANSWER);
    await staff.getByRole('button', { name: /^发\s?送$/ }).click();
    await staff.getByText(ANSWER).waitFor();
    await staff.getByText('已答复').first().waitFor();

    await staff.getByRole('switch', { name: '内部备注' }).click();
    await staff.getByLabel('内部备注内容').fill(NOTE);
    await staff.getByRole('button', { name: '保存备注' }).click();
    const note = staff.getByTestId('internal-note').filter({ hasText: NOTE });
    await note.waitFor();
    await expect(note.innerText()).resolves.toContain('内部备注');

    expect(await axeViolations(staff, { include: ['main'] })).toEqual([]);
    await shoot(staff, 'staff-request');
  });

  it('shows the enterprise the answer but not the note', async () => {
    await enterprise.goto(requestPath);
    await enterprise.getByText(ANSWER).waitFor();
    await enterprise.getByText('已答复').first().waitFor();
    expect(await enterprise.getByText(NOTE).count()).toBe(0);
    expect(await enterprise.getByText('内部备注').count()).toBe(0);
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    expect(await axeViolations(enterprise, { include: ['main'] })).toEqual([]);
    await shoot(enterprise, 'my-request-answered');
  });

  it('lets the enterprise rate the request once staff resolve it', async () => {
    await staff.reload();
    await staff.getByRole('button', { name: '标记已解决' }).click();
    await confirm(staff);
    await staff.getByText('已解决').first().waitFor();

    await enterprise.reload();
    await enterprise.getByText('满意度评价', { exact: true }).waitFor();
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    expect(await axeViolations(enterprise, { include: ['main'] })).toEqual([]);
    const stars = enterprise.getByRole('radiogroup', { name: '满意度' });
    const fourth = stars.locator('[role="radio"][aria-posinset="4"]');
    await fourth.click();
    await expect(fourth.getAttribute('aria-checked')).resolves.toBe('true');
    await enterprise.getByLabel('评价说明（选填）').fill('答复及时，问题已解决。');
    await shoot(enterprise, 'my-request-rating');
    await enterprise.getByRole('button', { name: '提交评价' }).click();
    await enterprise.getByText('4 分（满分 5 分）').waitFor();
    await enterprise.getByText('已关闭').first().waitFor();

    await staff.reload();
    await staff.getByText('4 分（满分 5 分）').waitFor();
    await staff.getByText('答复及时，问题已解决。').waitFor();
  });

  it('marks a request overdue in the staff queue filters', async () => {
    await staff.goto('/requests');
    await staff.getByRole('link', { name: SUBJECT }).waitFor();
    await staff.getByRole('checkbox', { name: '仅看超时' }).check();
    // just filed and answered: never overdue
    await staff.getByRole('link', { name: SUBJECT }).waitFor({ state: 'detached' });
    expect(await axeViolations(staff, { include: ['main'] })).toEqual([]);
    await shoot(staff, 'staff-queue');
  });
});

describe('招商看板', () => {
  let browser: Browser;
  let staff: Page;
  let total = 0;
  let onlineTotal = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    const accessToken = await token(DEMO_USERS.BUREAU_STAFF);
    const created = await graphqlRequest<{ createLead: { id: string } }>(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          companyName: `看板测试新材料有限公司${SUFFIX}`,
          source: 'ONLINE_ENQUIRY',
          plannedInvestment: 250_000_000,
          allowDuplicate: true,
        },
      },
      { token: accessToken },
    );
    expect(created.errors ?? []).toEqual([]);
    const summary = await graphqlRequest<{ all: { total: number }; online: { total: number } }>(
      '{ all: pipelineSummary { total } online: pipelineSummary(filter: { source: ONLINE_ENQUIRY }) { total } }',
      {},
      { token: accessToken },
    );
    total = summary.data?.all.total ?? 0;
    onlineTotal = summary.data?.online.total ?? 0;
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows staff the funnel, its table and the totals', async () => {
    expect(total).toBeGreaterThan(0);
    await staff.getByRole('menu').getByText('招商看板', { exact: true }).click();
    await staff.waitForURL('**/pipeline');
    await staff
      .getByRole('img', { name: /^招商漏斗/ })
      .locator('canvas')
      .first()
      .waitFor();
    const totalCard = staff.locator('.ant-statistic').filter({ hasText: '线索总数' });
    await expect(totalCard.locator('.ant-statistic-content').innerText()).resolves.toBe(
      new Intl.NumberFormat('zh-CN').format(total),
    );
    for (const label of ['流失', '超时未回复咨询', '逾期跟进']) {
      await staff.locator('.ant-statistic').filter({ hasText: label }).waitFor();
    }
    const leadRow = staff.getByRole('region', { name: '各阶段明细' }).getByRole('row').filter({ hasText: /^线索/ });
    await expect(leadRow.innerText()).resolves.toMatch(/亿元|万元/);
    await staff.getByRole('region', { name: '阶段转化率' }).getByText('线索 → 接洽').waitFor();
    expect(await axeViolations(staff, { include: ['main'] })).toEqual([]);
    await shoot(staff, 'pipeline');

    // filtered by source, the totals are those of that source's leads
    await pick(staff, '线索来源', '在线咨询');
    await totalCard
      .locator('.ant-statistic-content')
      .getByText(new Intl.NumberFormat('zh-CN').format(onlineTotal), { exact: true })
      .waitFor();
  });

  it('is not offered to an enterprise', async () => {
    const page = await newPage(browser);
    await login(page, DEMO_USERS.ENTERPRISE);
    await page.goto('/pipeline');
    await page
      .getByText(/403|没有权限|无权/)
      .first()
      .waitFor();
    expect(await page.getByRole('menu').getByText('招商看板', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('menu').getByText('我的诉求', { exact: true }).count()).toBe(1);
  });
});
