import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';

/**
 * 任务队列 in embedded mode (the e2e server has no Redis): the admin sees the sample data's
 * re-match run reach its end and the in-process outbox instead of the queue board; staff have
 * no such menu entry, and see the sample enterprises marked 示例.
 */
jest.setTimeout(E2E_TIMEOUT_MS);
describe('job queues', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin watches the sample data being matched, with jobs running in-process', async () => {
    const page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
    await page.getByRole('menu').getByText('任务队列', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/jobs');
    await page.getByRole('heading', { name: '任务队列' }).waitFor();

    const run = page.locator('.ant-card').filter({ hasText: '示例数据的匹配进度' });
    await run.getByText('已完成', { exact: true }).waitFor({ timeout: 60_000 });
    const [done, total] = (await run.getByText(/^已完成 \d+ \/ \d+ 家企业$/).innerText()).match(/\d+/g)!.map(Number);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(done).toBe(total);
    expect(await run.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await run.getByText('载入示例数据', { exact: true }).waitFor();

    await page.getByText('任务在本进程内运行', { exact: true }).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    await page.context().close();
  });

  it('staff have no job queues, and see sample enterprises marked 示例', async () => {
    const page = await newPage(browser);
    await login(page, DEMO_USERS.BUREAU_STAFF);
    await page.getByRole('menu').getByText('企业档案', { exact: true }).waitFor();
    expect(await page.getByRole('menu').getByText('任务队列', { exact: true }).count()).toBe(0);
    await page.goto('/jobs');
    await page.getByText('403', { exact: true }).waitFor();

    // other files add real enterprises, newer than the demo ones: list the demo records only
    await page.goto('/enterprises?sample=true');
    const sample = page.getByRole('row').filter({ hasText: '（示例）' }).first();
    await sample.getByText('示例', { exact: true }).waitFor();
    await page.context().close();
  });
});
