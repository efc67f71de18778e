import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_USERS, launchBrowser, login, newPage, newPhonePage } from './support/browser.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

jest.setTimeout(E2E_TIMEOUT_MS);

const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The plan page: the 2020 baseline, the 2025 goals and (staff) the live figures, each opening its records. */
describe('plan dashboard', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the live figures beside the plan’s 2020 baseline and its 2025 goals', async () => {
    await page.goto('/plan');
    await page.getByRole('heading', { name: '平台实况与规划对照' }).waitFor();
    await page.getByText('规划 2020 年：166 家').waitFor();
    await page.getByText('规划 2020 年科技型企业：1,763 家').waitFor();
    await page.getByText('已收回闲置土地').waitFor();
    await page.getByRole('heading', { name: '2025 年发展目标' }).waitFor();
    await page.getByText('科技创新形成新优势').waitFor();
    await page.getByText('规划未给出数值目标').first().waitFor();
    await page.getByRole('img', { name: '月度趋势：平台企业与落地项目' }).locator('canvas').first().waitFor();
    await page.waitForTimeout(400);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/plan-dashboard-desktop.png`, fullPage: true });
  });

  it('opens the enterprises behind a figure, filtered by tier', async () => {
    await page.goto('/plan');
    // other files' enterprises are real records, and none may be 高新技术企业 yet: count the demo ones too
    const samples = page.getByRole('switch', { name: '含示例数据' });
    if ((await samples.getAttribute('aria-checked')) !== 'true') await samples.click();
    const link = page.getByRole('link', { name: /^高新技术企业（平台）: [1-9]/ });
    const shown = Number((await link.innerText()).replace(/\D/g, ''));
    await link.click();
    await page.waitForURL(/\/enterprises\?tier=HIGH_TECH/);
    const table = page.getByRole('table');
    await table.locator('tbody').getByText('高新技术企业', { exact: true }).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/plan-dashboard-enterprises.png` });
    const tiers = await table.locator('tbody').getByText('高新技术企业', { exact: true }).count();
    const rows = await table.locator('tbody tr.ant-table-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(tiers).toBe(rows);
    expect(rows).toBeLessThanOrEqual(Math.max(shown, 1));
  });

  it('opens the recovered plots behind the idle land recovered, filtered from the link', async () => {
    await page.goto('/plan');
    await page.getByRole('heading', { name: '平台实况与规划对照' }).waitFor();
    // the demo set's plots are sample data: count them
    const samples = page.getByRole('switch', { name: '含示例数据' });
    if ((await samples.getAttribute('aria-checked')) !== 'true') await samples.click();
    const link = page.getByRole('link', { name: /^已收回闲置土地: / });
    await expect(link.innerText()).resolves.toMatch(/亩/);
    // by year: the demo set recovered plots in two different years
    await page.getByText(/^按年：\d{4}: .+亩；\d{4}: .+亩/).waitFor();
    await link.click();
    await page.waitForURL(/\/land\?recovered=true$/);
    await page.getByTestId('land-link-filter').getByText('已收回的地块（含已再配置）').waitFor();
    const table = page.getByRole('table').first(); // the plots (the idle land per park comes below)
    await table.getByText('示例-北区-03').waitFor();
    await table.getByText('示例-C区-01').waitFor();
    expect(await table.getByText('示例-北区-01').count()).toBe(0); // idle, not recovered
    const rows = await table.locator('tbody tr.ant-table-row').count();
    const recovered = await table
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: /已收回|已再配置/ })
      .count();
    expect(recovered).toBe(rows);
    await page.screenshot({ path: `${SHOTS}/plan-dashboard-land.png` });
    // the filter can be cleared
    await page.getByRole('button', { name: '清除筛选' }).click();
    await table.getByText('示例-北区-01').waitFor();
  });

  it('opens the enterprises of a cluster', async () => {
    await page.goto('/plan');
    const cell = page.getByRole('table').getByRole('link').first();
    await cell.click();
    await page.waitForURL(/\/enterprises\?industryCode=NEW_MATERIALS/);
  });

  it('hides the live figures from an enterprise and fits a phone', async () => {
    const phone = await newPhonePage(browser);
    await login(phone, DEMO_USERS.ENTERPRISE);
    await phone.goto('/plan');
    await phone.getByRole('heading', { name: '2025 年发展目标' }).waitFor();
    expect(await phone.getByRole('heading', { name: '平台实况与规划对照' }).count()).toBe(0);
    const overflow = await phone.evaluate<number>(
      'document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context().close();
    const staff = await newPhonePage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
    await staff.goto('/plan');
    await staff.getByRole('heading', { name: '平台实况与规划对照' }).waitFor();
    expect(
      await staff.evaluate<number>('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth'),
    ).toBeLessThanOrEqual(0);
    await staff.screenshot({ path: `${SHOTS}/plan-dashboard-phone.png`, fullPage: true });
    await staff.context().close();
  });
});
