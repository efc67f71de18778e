import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { baseUrl, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { attachFile as attach, noHorizontalOverflow, PDF, shoot } from './support/files.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * 企业诉求 with files: the demo enterprise, on a 390×844 phone, files a request with a PDF; staff
 * open it, download the file and answer with a file of their own, which the enterprise then sees.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const SUBJECT = `厂房消防验收材料 ${SUFFIX}`;
const BODY = '消防验收需要补充的材料清单见附件，请协助确认。';
const FILE_NAME = `消防验收清单-${SUFFIX}.pdf`;
const ANSWER_FILE = `办理指南-${SUFFIX}.pdf`;
const ANSWER = `已核对，请按附件指南补充材料。${SUFFIX}`;
const PHONE = { width: 390, height: 844 };

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('request attachments', () => {
  let browser: Browser;
  let enterprise: Page;
  let staff: Page;
  let requestPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const phone = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', viewport: PHONE });
    phone.setDefaultTimeout(15_000);
    enterprise = await phone.newPage();
    staff = await newPage(browser);
    await login(enterprise, DEMO_USERS.ENTERPRISE);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an enterprise file a request with a PDF from its phone', async () => {
    await enterprise.goto('/my-requests');
    await enterprise.getByRole('button', { name: '提交诉求' }).click();
    await enterprise.getByRole('combobox', { name: '诉求类别' }).click();
    await enterprise.locator('.ant-select-dropdown:visible').getByText('审批办事', { exact: true }).click();
    await enterprise.getByLabel('标题').fill(SUBJECT);
    await enterprise.getByLabel('诉求内容').fill(BODY);
    await enterprise.getByText('PDF、图片、Word/Excel，单个不超过 10 MB').waitFor();
    await attach(enterprise, /添加附件$/, FILE_NAME);
    await enterprise.getByText(FILE_NAME).waitFor();
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    expect(await axeViolations(enterprise, { include: ['main'], exclude: ['.ant-select'] })).toEqual([]);
    await shoot(enterprise, 'request-attachments-form');

    await enterprise.getByRole('button', { name: /^提\s?交$/ }).click();
    await enterprise.waitForURL(/\/my-requests\/[0-9a-f-]{36}$/);
    requestPath = new URL(enterprise.url()).pathname;
    await enterprise.getByRole('heading', { name: SUBJECT }).waitFor();
    await enterprise.getByRole('button', { name: `下载 ${FILE_NAME}` }).waitFor();
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    expect(await axeViolations(enterprise, { include: ['main'] })).toEqual([]);
    await shoot(enterprise, 'request-attachments-filed');
  });

  it('lets staff open it, download the file and answer with a file', async () => {
    await staff.goto('/requests');
    await staff.getByRole('link', { name: SUBJECT }).click();
    await staff.getByRole('heading', { name: SUBJECT }).waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: `下载 ${FILE_NAME}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    expect((await readFile((await download.path())!)).equals(PDF)).toBe(true);

    await staff.getByLabel('答复企业').fill(ANSWER);
    await attach(staff, /添加附件$/, ANSWER_FILE);
    await staff.getByRole('button', { name: /^发\s?送$/ }).click();
    await staff.getByText(ANSWER).waitFor();
    await staff.getByRole('button', { name: `下载 ${ANSWER_FILE}` }).waitFor();
    expect(await axeViolations(staff, { include: ['main'] })).toEqual([]);
    await shoot(staff, 'request-attachments-staff');
  });

  it('shows the enterprise the answer’s file', async () => {
    await enterprise.goto(requestPath);
    await enterprise.getByText(ANSWER).waitFor();
    const [download] = await Promise.all([
      enterprise.waitForEvent('download'),
      enterprise.getByRole('button', { name: `下载 ${ANSWER_FILE}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ANSWER_FILE);
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
  });
});
