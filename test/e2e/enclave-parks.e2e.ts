import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

const SCREENSHOTS = process.env.E2E_SCREENSHOT_DIR;

jest.setTimeout(E2E_TIMEOUT_MS);
describe('enclave parks (飞地)', () => {
  let browser: Browser;
  let page: Page;
  let changjiId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    const parks = await graphqlRequest<{ parks: { id: string; code: string }[] }>(
      'query { parks(filter: { kind: ENCLAVE_PARK }) { id code } }',
      {},
      { token: session.data!.login.accessToken },
    );
    changjiId = parks.data!.parks.find((park) => park.code === 'ENCLAVE_CHANGJI')!.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows an enclave's partner, cooperation models and the district's tax share, each sample value marked 示例", async () => {
    await page.goto(`/parks/${changjiId}`);
    await page.getByRole('heading', { name: /昌吉/ }).waitFor();
    const partner = page.locator('.ant-descriptions-item-label', { hasText: '飞地合作方' });
    await partner.waitFor();
    expect(await partner.getByText('示例').count()).toBe(0);
    const share = page.locator('.ant-descriptions-item-label', { hasText: '我区税收分成比例' });
    await share.getByText('示例', { exact: true }).waitFor();
    await page.getByText('50 %').first().waitFor();
    const models = page.locator('.ant-descriptions-item-label', { hasText: '合作方式' });
    await models.getByText('示例', { exact: true }).waitFor();
    await page.getByText('区域托管', { exact: true }).waitFor();
    await page.getByText('税收分成', { exact: true }).first().waitFor();
    // The plan gives the enclaves no industry list: the one shown is sample data.
    const industries = page.locator('.ant-descriptions-item-label', { hasText: '主导产业' });
    await industries.getByText('示例', { exact: true }).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/enclave-park-desktop.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("edits an enclave's terms in their own group of the park form, the share as a percentage", async () => {
    await page.goto(`/parks/${changjiId}/edit`);
    await page.getByText('飞地合作', { exact: true }).waitFor();
    const share = page.getByLabel('我区税收分成比例');
    expect(await share.inputValue()).toBe('50');
    await share.fill('140');
    await share.blur();
    await page.getByText('入驻企业税收留归我区的百分比，0–100；留空表示尚未约定').first().waitFor();
  });

  it('reads well on a phone', async () => {
    const context = await browser.newContext({
      baseURL: new URL(page.url()).origin,
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    const phone = await context.newPage();
    await login(phone, DEMO_USERS.BUREAU_STAFF);
    await phone.goto(`/parks/${changjiId}`);
    await phone.getByText('飞地合作方').first().waitFor();
    const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(1);
    if (SCREENSHOTS) await phone.screenshot({ path: `${SCREENSHOTS}/enclave-park-phone.png`, fullPage: true });
    await context.close();
  });
});
