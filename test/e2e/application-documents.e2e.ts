import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { baseUrl, DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { attachFile, noHorizontalOverflow, shoot } from './support/files.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * 入驻申请 with documents, on a 390×844 phone for the enterprise: it applies for factory space with
 * the documents of the checklist (refused while one is missing), staff return it for correction
 * (补正) saying what to fix, the enterprise opens the notification, attaches what was asked and
 * resubmits, and staff approve it.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const SUMMARY = `智能农机装备总装线 ${SUFFIX}`;
const FIX = `请补充近三年财务审计报告（其他材料）。${SUFFIX}`;
const PHONE = { width: 390, height: 844 };

/** Picks a PDF for one document of the checklist (its button: "选择文件：营业执照"). */
const attach = async (page: Page, document: string, name: string) => {
  await attachFile(page, `选择文件：${document}`, name);
  await page.getByText(name, { exact: true }).first().waitFor();
};

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('application documents and correction', () => {
  let browser: Browser;
  let enterprise: Page;
  let staff: Page;
  let applicationPath = '';

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

  it('the wizard shows the profile’s energy and pollution instead of asking, and takes the checklist’s documents', async () => {
    await enterprise.goto('/applications/create');
    await enterprise.getByText('标准厂房', { exact: true }).click();
    await enterprise.getByLabel('建筑面积').fill('200');
    // the profile's facts are shown, not asked again, with a way to change them in the profile
    await enterprise.getByText('来自企业档案的信息').waitFor();
    await enterprise.getByRole('link', { name: '在企业档案中修改' }).waitFor();
    expect(await enterprise.getByLabel('项目年综合能耗').count()).toBe(0);
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    await shoot(enterprise, 'application-documents-wizard-space-phone');
    await next(enterprise);
    await next(enterprise);
    await enterprise.getByLabel('项目简介').fill(SUMMARY);
    await next(enterprise);

    // the documents of a factory application: 营业执照 and 可行性研究报告 required
    const checklist = enterprise.getByRole('list');
    await checklist.getByText('可行性研究报告', { exact: true }).waitFor();
    await attach(enterprise, '营业执照', `营业执照-${SUFFIX}.pdf`);
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    // Refine's page-header back button (a button inside a button) is outside this page's making
    expect(await axeViolations(enterprise, { include: ['main'], exclude: ['.ant-page-header-back'] })).toEqual([]);
    await shoot(enterprise, 'application-documents-checklist-phone');
    await next(enterprise);
    await enterprise.getByText('缺少必需材料：可行性研究报告').first().waitFor();
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    // refused, naming the missing document, and back at the documents
    await enterprise.getByRole('alert').getByText('缺少必需材料：可行性研究报告').waitFor();
    await attach(enterprise, '可行性研究报告', `可研报告-${SUFFIX}.pdf`);
    await next(enterprise);
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    await enterprise.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationPath = new URL(enterprise.url()).pathname;
    await enterprise.getByRole('region', { name: '办理进度' }).getByText('已提交', { exact: true }).waitFor();
    await enterprise.getByRole('button', { name: `下载 营业执照-${SUFFIX}.pdf` }).waitFor();
    await enterprise.getByRole('button', { name: `下载 可研报告-${SUFFIX}.pdf` }).waitFor();
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    await shoot(enterprise, 'application-documents-submitted-phone');
  });

  it('staff see the applicant’s profile and the documents, and return it for correction', async () => {
    await staff.goto(applicationPath);
    await staff.getByText('申请企业概况').waitFor();
    await staff.getByRole('link', { name: '查看完整档案' }).waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: `下载 可研报告-${SUFFIX}.pdf` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`可研报告-${SUFFIX}.pdf`);

    await staff.getByRole('button', { name: '退回补正' }).click();
    const dialog = staff.getByRole('dialog', { name: '退回补正' });
    await dialog.getByRole('button', { name: '退回补正' }).click();
    await dialog.getByText('请写明需要补正的内容').waitFor();
    await dialog.getByLabel('需要补正的内容').fill(FIX);
    await dialog.getByText('请写明需要补正的内容').waitFor({ state: 'detached' });
    // under the pointer too (the page's own 退回补正 button sat where the dialog's is): antd lightens it
    await dialog.getByRole('button', { name: '退回补正' }).hover();
    expect(await axeViolations(staff, { include: ['.ant-modal'] })).toEqual([]);
    await shoot(staff, 'application-documents-return-dialog');
    await dialog.getByRole('button', { name: '退回补正' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('region', { name: '办理进度' }).getByText(FIX).waitFor();
    await staff.getByText('待补正', { exact: true }).first().waitFor();
    await staff.mouse.move(0, 0);
    expect(await axeViolations(staff, { include: ['main'], exclude: ['.ant-page-header-back'] })).toEqual([]);
    await shoot(staff, 'application-documents-returned-staff');
  });

  it('the enterprise opens the notification, attaches what was asked and resubmits', async () => {
    await enterprise.goto('/notifications');
    await enterprise.getByRole('link', { name: '入驻申请待补正' }).first().click();
    await enterprise.waitForURL(`**${applicationPath}`);
    await enterprise.getByText('招商局要求补正').waitFor();
    await enterprise.getByText(FIX).first().waitFor();
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    await shoot(enterprise, 'application-documents-returned-phone');

    await enterprise.getByRole('button', { name: '修改并重新提交' }).click();
    await enterprise.waitForURL(/\/applications\/create\?draft=/);
    await enterprise.getByText(FIX).first().waitFor();
    await expect(enterprise.getByLabel('建筑面积').inputValue()).resolves.toBe('200');
    await next(enterprise);
    await next(enterprise);
    await next(enterprise);
    await enterprise.getByRole('button', { name: `下载 营业执照-${SUFFIX}.pdf` }).waitFor();
    await attach(enterprise, '其他材料', `审计报告-${SUFFIX}.pdf`);
    await next(enterprise);
    await enterprise.getByLabel('补正说明（选填）').fill('已补充近三年审计报告');
    expect(await noHorizontalOverflow(enterprise)).toBe(true);
    await enterprise.getByRole('button', { name: '重新提交' }).click();
    await enterprise.waitForURL(`**${applicationPath}`);
    const timeline = enterprise.getByRole('region', { name: '办理进度' });
    await timeline.getByText('待补正', { exact: true }).waitFor();
    await timeline.getByText('已补充近三年审计报告').waitFor();
    await enterprise.getByRole('button', { name: `下载 审计报告-${SUFFIX}.pdf` }).waitFor();
    await shoot(enterprise, 'application-documents-resubmitted-phone');
  });

  it('staff approve the corrected application', async () => {
    const id = applicationPath.split('/').pop()!;
    const token = (
      await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
        email: DEMO_USERS.BUREAU_STAFF,
        password: DEMO_PASSWORD,
      })
    ).data!.login.accessToken;
    // park matching ranks it in the background: the dialog offers the best suitable park first
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ranked = await graphqlRequest<{ parkMatches: { suitable: boolean }[] }>(
        'query ($id: ID!) { parkMatches(applicationId: $id) { suitable } }',
        { id },
        { token },
      );
      if (ranked.data?.parkMatches.some((m) => m.suitable)) break;
      if (Date.now() > deadline) throw new Error('the resubmitted application was never ranked');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await staff.reload();
    await staff.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: '批准申请' });
    await dialog.getByLabel('园区').click();
    await staff.keyboard.press('Enter');
    await dialog.getByRole('button', { name: '批准' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('region', { name: '办理进度' }).getByText('已批准', { exact: true }).waitFor();
  });
});
