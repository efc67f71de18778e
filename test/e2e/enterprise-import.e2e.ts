import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { enterpriseXlsx } from './support/enterprise-xlsx.js';
import { attachFile } from './support/files.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * 企业批量导入 with its progress bar: staff upload a small .xlsx of more rows than one batch (250),
 * the bar shows the import running and climbing, ends at 100 % with every row of the file done, and
 * the result beside it counts what was created (here every row; one row refused with its reason).
 */

// enough batches of 250 that the bar is seen between 0 and 100 even on a quiet machine
const ROWS = 3000;
const SUFFIX = Date.now().toString(36).toUpperCase();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('enterprise import progress', () => {
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

  it('shows the import climbing to done, then the counts', async () => {
    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.BUREAU_STAFF,
      password: DEMO_PASSWORD,
    });
    const usccs = new Set<string>();
    while (usccs.size < ROWS) usccs.add(randomUscc());
    const rows: Record<string, string | number>[] = [...usccs].map((uscc, i) => ({
      uscc,
      name: `进度条导入测试企业 ${SUFFIX}-${i + 1}`,
      employees: 10 + (i % 50),
    }));
    rows.push({ uscc: 'NOT-A-USCC', name: `无效代码的企业 ${SUFFIX}` });
    const file = await enterpriseXlsx(session.data!.login.accessToken, rows);

    await staff.goto('/enterprises/import');
    await staff.getByRole('heading', { name: '批量导入企业' }).waitFor();
    // The breadcrumb and the window title name the page, not Refine's action (新建).
    const crumbs = (await staff.locator('.ant-breadcrumb').innerText()).split(/\s*\/\s*/);
    expect(crumbs).toEqual(['企业档案', '批量导入企业']);
    expect(await staff.title()).toMatch(/^批量导入企业 \| /);
    // The bar's value as the page shows it, read while the import runs (every 50 ms).
    const seen: number[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const value = await staff
          .getByRole('progressbar')
          .first()
          .getAttribute('aria-valuenow', { timeout: 50 })
          .catch(() => null);
        if (value !== null && Number(value) !== seen[seen.length - 1]) seen.push(Number(value));
        await staff.waitForTimeout(50);
      }
    })();
    await attachFile(staff, /选择 \.xlsx 文件/, `enterprises-${SUFFIX}.xlsx`, { mimeType: XLSX, buffer: file });
    await staff.getByRole('progressbar', { name: '正在导入…' }).waitFor();
    const report = staff.getByText('导入结果', { exact: true });
    await report.waitFor({ timeout: 120_000 });
    const done = staff.getByRole('progressbar', { name: '导入完成' });
    await done.waitFor();
    watching = false;
    await watch;

    expect(await done.getAttribute('aria-valuenow')).toBe('100');
    await staff.getByText(`已处理 ${ROWS + 1} / ${ROWS + 1} 行`, { exact: true }).waitFor();
    // The bar only climbs, and was seen on its way (batches of 250 rows done of the file's).
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.some((value) => value > 0 && value < 100)).toBe(true);

    const count = async (title: string) =>
      (
        await staff
          .locator('.ant-statistic')
          .filter({ hasText: title })
          .locator('.ant-statistic-content-value')
          .innerText()
      )
        // figures are grouped by thousands (3,001)
        .replace(/,/g, '');
    expect(await count('读取行数')).toBe(String(ROWS + 1));
    expect(await count('新建')).toBe(String(ROWS));
    expect(await count('拒绝行数')).toBe('1');
    // The refused row names its column by the template's label, never its key (uscc).
    const refused = staff.getByRole('row').filter({ hasText: 'NOT-A-USCC' });
    expect((await refused.getByRole('cell').nth(0).innerText()).replace(/,/g, '')).toBe(String(ROWS + 2));
    expect(await refused.getByRole('cell').nth(1).innerText()).toBe('统一社会信用代码');
    await staff.screenshot({ path: '/tmp/enterprise-import-progress.png', fullPage: true });
  });
});
