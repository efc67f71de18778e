import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';

jest.setTimeout(E2E_TIMEOUT_MS);
describe('parks', () => {
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

  it('lists the A, B and C zones of the airport industrial park', async () => {
    await page.getByRole('menu').getByText('园区', { exact: true }).click();
    await page.waitForURL('**/parks');
    const table = page.getByRole('table');
    for (const zone of ['A区', 'B区', 'C区']) {
      await table
        .getByRole('link', { name: new RegExp(`临空产业园.*${zone}`) })
        .first()
        .waitFor();
    }
  });

  it('filters by kind on the server', async () => {
    await page.getByLabel('园区类型').fill('片区');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table');
    await table.getByText('特色园区', { exact: true }).first().waitFor({ state: 'detached' });
    await table.getByRole('link', { name: /A区/ }).first().waitFor();
    const kinds = await table.locator('tbody').getByText('片区', { exact: true }).count();
    expect(kinds).toBeGreaterThanOrEqual(3);
  });

  it('shows a zone with all its fields, marking sample figures', async () => {
    await page.getByRole('table').getByRole('link', { name: /B区/ }).first().click();
    await page.waitForURL(/\/parks\/[^/]+$/);
    await page.getByRole('heading', { name: /B区/ }).waitFor();
    for (const label of ['功能定位', '主导产业', '可用土地', '可用建筑面积', '所属园区']) {
      await page.getByText(label, { exact: true }).first().waitFor();
    }
    await page.getByText('示例', { exact: true }).first().waitFor();
    // editing a park is an admin's: staff see no edit button on its page
    expect(await page.getByRole('button', { name: /编辑/ }).count()).toBe(0);
  });

  it('lets an admin open the editor from a park’s page and refuses coordinates outside China without changing them', async () => {
    const admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
    await admin.goto(new URL(page.url()).pathname);
    await admin.getByRole('heading', { name: /B区/ }).waitFor();
    await admin.getByRole('button', { name: /编辑/ }).click();
    await admin.waitForURL(/\/parks\/[^/]+\/edit$/);
    const longitude = admin.getByLabel('经度');
    await longitude.fill('200');
    await longitude.blur();
    await admin.getByText('经度须在 73 至 135 之间（中国境内）').waitFor();
    expect(Number(await longitude.inputValue())).toBe(200);
    await admin.context().close();
  });

  it('draws the parks map', async () => {
    await page.getByRole('menu').getByText('园区地图', { exact: true }).click();
    await page.getByRole('region', { name: '园区分布图' }).locator('path[data-park]').first().waitFor();
  });
});
