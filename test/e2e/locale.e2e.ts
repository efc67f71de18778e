import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';

jest.setTimeout(E2E_TIMEOUT_MS);
describe('language switch', () => {
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

  it('starts in Chinese', async () => {
    await page.getByRole('menu').getByText('园区', { exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it('switches menu, header and page labels to English and keeps the choice after a reload', async () => {
    await page.getByRole('menu').getByText('园区', { exact: true }).click();
    await page.getByRole('radiogroup', { name: '语言' }).getByText('English', { exact: true }).click();
    const menu = page.getByRole('menu');
    await menu.getByText('Parks', { exact: true }).waitFor();
    await menu.getByText('Industries', { exact: true }).waitFor();
    await page.getByRole('group', { name: 'Signed in as' }).getByText('Administrator', { exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Free land' }).waitFor();
    await expect(menu.getByText('园区', { exact: true }).count()).resolves.toBe(0);

    await page.reload();
    await page.getByRole('menu').getByText('Parks', { exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');
  });

  it('switches back to Chinese', async () => {
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('中文', { exact: true }).click();
    await page.getByRole('menu').getByText('园区', { exact: true }).waitFor();
  });
});
