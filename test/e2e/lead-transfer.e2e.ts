import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * Leads to and from .xlsx in the admin app: staff import a file with one bad row and see the report
 * naming its row, column and reason; the list filtered to the imported leads downloads as a file
 * holding exactly them, with the Chinese header row.
 */

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
/** antd's theme colours and table internals, as in leads.e2e.ts: the framework's, not this page's. */
const THEME = ['.ant-btn-primary', '.ant-btn-dangerous', 'a', '.ant-table-measure-row', '.ant-page-header-back-button'];

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('lead import and export in the admin app', () => {
  let browser: Browser;
  let staff: Page;
  const suffix = String(Date.now() % 1_000_000);
  const names = [`伊吾胡杨生态${suffix}农业有限公司`, `巴里坤草原冷链${suffix}物流有限公司`];

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('imports a file with one bad row and shows the report by row, column and reason', async () => {
    await staff.getByRole('menu').getByText('招商线索', { exact: true }).click();
    await staff.waitForURL('**/leads');
    await staff.getByRole('button', { name: '导入' }).click();
    await staff.waitForURL('**/leads/import');
    await staff.getByRole('heading', { name: '导入招商线索' }).waitFor();

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索');
    sheet.addRow(['企业名称', '来源渠道', '计划投资额（万元）', '就业人数']);
    sheet.addRow([names[0], '亚欧博览会', 3000, 80]);
    sheet.addRow([`吉木萨尔${suffix}旅游有限公司`, '路边广告', 100, 5]);
    sheet.addRow([names[1], '广交会', 1200, 40]);
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await staff.locator('input[type=file]').setInputFiles({
      name: '线索导入.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });

    await staff.getByRole('heading', { name: '导入结果' }).waitFor();
    const stat = (label: string) =>
      staff.locator('.ant-statistic').filter({ hasText: label }).locator('.ant-statistic-content-value');
    expect(await stat('新建').textContent()).toBe('2');
    expect(await stat('被拒绝的行').textContent()).toBe('1');
    const rejected = staff.getByRole('table').getByRole('row').filter({ hasText: '路边广告' });
    await expect(rejected.getByRole('cell').first().textContent()).resolves.toBe('3');
    expect(await rejected.textContent()).toContain('来源渠道');
    expect(await rejected.textContent()).toContain('亚欧博览会'); // the choices, named
    expect(await rejected.count()).toBe(1); // one reason: not also reported as missing
    expect(await rejected.count()).toBe(1); // one reason: not also reported as missing
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
    await staff.screenshot({ path: `${SHOTS}/lead-import-report.png`, fullPage: true });
  });

  it('exports the list as filtered to a file holding exactly those leads', async () => {
    await staff.goto('/leads');
    await staff.getByLabel('按名称搜索').fill(suffix);
    await staff.keyboard.press('Enter');
    await staff.getByRole('cell', { name: names[0] }).waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: '导出' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^招商线索-\d{8}\.xlsx$/);
    const file = new ExcelJS.Workbook();
    await file.xlsx.readFile(await download.path());
    const rows: unknown[][] = [];
    file.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['企业名称', '来源渠道', '计划投资额（万元）', '阶段']));
    const name = (header as string[]).indexOf('企业名称');
    expect(data.map((row) => row[name]).sort()).toEqual([...names].sort());
    const byName = data.find((row) => row[name] === names[0])!;
    expect(byName[(header as string[]).indexOf('计划投资额（万元）')]).toBe(3000);
    expect(byName[(header as string[]).indexOf('来源渠道')]).toBe('亚欧博览会');
  });
});
