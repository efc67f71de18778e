import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';

jest.setTimeout(E2E_TIMEOUT_MS);
describe('plan and industries', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the 2020 headline figures and the GDP chart', async () => {
    await page.getByRole('menu').getByText('规划概览', { exact: true }).click();
    await page.getByText('地区生产总值', { exact: true }).first().waitFor();
    await page.getByRole('img', { name: '地区生产总值：2015 年与 2020 年' }).locator('canvas').first().waitFor();
  });

  it('groups the industries, the four priority clusters first with their chain segments', async () => {
    await page.getByRole('menu').getByText('产业', { exact: true }).click();
    const clusters = ['新材料', '生物医药与大健康', '新一代信息技术', '先进装备制造'];
    await page.waitForURL('**/industries');
    // the category groups: regions named by their title (other regions, e.g. scroll areas, are not groups)
    const categories = page.getByRole('main').locator('[role="region"][aria-label]');
    // the plan page's regions stay until the industries have loaded: wait for the industries' own group
    await categories.filter({ hasText: '新材料' }).first().waitFor();
    // The priority group is the first on the page, and holds exactly the four clusters in this order.
    const priority = categories.first();
    expect(await priority.getAttribute('aria-label')).toBe('四大战略性新兴产业集群');
    const headers = priority.getByRole('button', { expanded: true });
    await headers.first().waitFor();
    const names = await headers.allInnerTexts();
    expect(names.map((name) => clusters.find((cluster) => name.startsWith(cluster)) ?? name)).toEqual(clusters);
    await page.getByRole('listitem').filter({ hasText: '铝基电子新材料' }).first().waitFor();
  });
});
