import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_USERS, launchBrowser, newPage, newPhonePage } from './support/browser.js';
import { PDF } from './support/files.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { focused, signInByKeyboard, tabTo, tabToElement } from './support/keyboard.js';
import { DEMO_PASSWORD } from './support/browser.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * The main flows with the keyboard alone (Tab, Shift+Tab, arrows, Enter, Space, Escape), the focus
 * visible at every stop: an enterprise edits and saves its profile (a date typed into the date
 * picker, a select opened and chosen with the arrows), applies through the wizard to submission (the
 * focus follows each step; a document picked from its button), and staff open the application from
 * the queue, accept it and return it for correction in the dialog. After a move to another page the
 * focus is on the new page's heading.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const CONTACT = `键盘 ${SUFFIX}`;
const SUMMARY = `键盘提交的研发办公项目 ${SUFFIX}`;
const FIX = `请补充租赁意向书。${SUFFIX}`;

const token = async (email: string): Promise<string> => {
  const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password: DEMO_PASSWORD });
  const accessToken = session.data?.login.accessToken;
  if (!accessToken) throw new Error(`cannot sign in as ${email}`);
  return accessToken;
};

interface Profile {
  contactName: string | null;
  registeredAt: string | null;
  ownership: string | null;
}

const myProfile = async (): Promise<Profile> => {
  const answer = await graphqlRequest<{ myEnterprise: Profile }>(
    '{ myEnterprise { contactName registeredAt ownership } }',
    {},
    { token: await token(DEMO_USERS.ENTERPRISE) },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.myEnterprise;
};

/** Waits until the focus is on the page's heading with this name (after a move to another page). */
const focusOnHeading = async (page: Page, name: RegExp) => {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await focused(page);
    const heading = await page.evaluate<boolean>(
      '!!document.activeElement?.matches(\'h1, h2, h3, h4, [role="heading"]\')',
    );
    if (heading && name.test(now.name)) return;
    if (Date.now() > deadline) throw new Error(`the focus is on "${now.name}" (${now.tag}), not the heading ${name}`);
    await page.waitForTimeout(100);
  }
};

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('keyboard only: profile, application wizard and review', () => {
  let browser: Browser;
  let enterprise: Page;
  let applicationId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    enterprise = await newPage(browser);
    await signInByKeyboard(enterprise, DEMO_USERS.ENTERPRISE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('edits and saves the enterprise profile', async () => {
    const before = await myProfile();
    expect(before.registeredAt).not.toBeNull();
    // Through the menu to the profile: the focus lands on the page's heading.
    await enterprise.getByRole('main').getByRole('heading').first().waitFor();
    await tabTo(enterprise, /^企业档案$/);
    await enterprise.keyboard.press('Enter');
    await enterprise.waitForURL('**/enterprises');
    await focusOnHeading(enterprise, /^我的企业档案$/);

    await tabTo(enterprise, /^联系人$/);
    await enterprise.keyboard.press('Control+A');
    await enterprise.keyboard.type(CONTACT);
    // The date picker takes a typed day (Enter confirms it).
    await tabTo(enterprise, /^注册成立日期$/);
    await enterprise.keyboard.press('Control+A');
    await enterprise.keyboard.type(String(before.registeredAt).slice(0, 10));
    await enterprise.keyboard.press('Enter');
    // A select opens with the arrow keys and takes the highlighted option with Enter (its own value again).
    await tabTo(enterprise, /^所有制类型$/);
    await enterprise.keyboard.press('ArrowDown');
    await enterprise.getByRole('combobox', { name: '所有制类型', expanded: true }).waitFor();
    await enterprise.keyboard.press('Enter');
    await tabTo(enterprise, /^保存档案$/);
    await enterprise.keyboard.press('Enter');
    await enterprise.getByText('企业档案已保存').first().waitFor();

    const after = await myProfile();
    expect(after).toEqual({ ...before, contactName: CONTACT });
  });

  it('applies through the wizard to submission', async () => {
    await tabTo(enterprise, /^入驻申请$/, { back: true });
    await enterprise.keyboard.press('Enter');
    await enterprise.waitForURL('**/applications');
    await focusOnHeading(enterprise, /^我的入驻申请$/);
    await tabTo(enterprise, /新建申请/);
    await enterprise.keyboard.press('Enter');
    await enterprise.waitForURL('**/applications/create');
    await focusOnHeading(enterprise, /^新建入驻申请$/);

    // Step 1: the kind with the arrow keys (a radio group is one Tab stop), then the space and the day.
    await tabTo(enterprise, /^项目用地$/);
    await enterprise.keyboard.press('ArrowRight');
    await enterprise.keyboard.press('ArrowRight');
    expect((await focused(enterprise)).name).toBe('办公用房');
    await tabTo(enterprise, /^建筑面积$/);
    await enterprise.keyboard.type('300');
    await tabTo(enterprise, /^期望入驻时间$/);
    await enterprise.keyboard.type('2027-03-01');
    await enterprise.keyboard.press('Enter');
    await tabTo(enterprise, /^下一步$/);
    await enterprise.keyboard.press('Enter');

    // Each step takes the focus: Tab goes on inside it.
    const step = async (title: string) => {
      const deadline = Date.now() + 10_000;
      while ((await focused(enterprise)).name !== title) {
        if (Date.now() > deadline) throw new Error(`the focus is not on the step "${title}"`);
        await enterprise.waitForTimeout(100);
      }
    };
    await step('第 2/5 步：意向园区');
    const combo = await tabTo(enterprise, /^意向园区$/);
    expect(combo.tag).toBe('input');
    await enterprise.keyboard.press('ArrowDown');
    await enterprise.getByRole('combobox', { name: '意向园区', expanded: true }).waitFor();
    await enterprise.keyboard.press('Enter');
    await enterprise.keyboard.press('Escape');
    await enterprise.locator('.ant-select-selection-item').first().waitFor();
    await tabTo(enterprise, /^下一步$/);
    await enterprise.keyboard.press('Enter');

    await step('第 3/5 步：项目情况');
    await tabTo(enterprise, /^项目简介$/);
    await enterprise.keyboard.type(SUMMARY);
    await tabTo(enterprise, /^计划投资$/);
    await enterprise.keyboard.type('800');
    await tabTo(enterprise, /^下一步$/);
    await enterprise.keyboard.press('Enter');

    // The document's button opens the file chooser from the keyboard.
    await step('第 4/5 步：申请材料');
    // Listening before the Tab presses: Playwright turns the chooser's interception on with a message of
    // its own, and an Enter sent at the same time could open the chooser before it took effect.
    const chooserOpened = enterprise.waitForEvent('filechooser');
    await tabTo(enterprise, /营业执照/);
    await enterprise.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles({ name: `营业执照-${SUFFIX}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await enterprise.getByText(`营业执照-${SUFFIX}.pdf`).first().waitFor();
    // The focus is back on the button, not lost to the page.
    expect((await focused(enterprise)).name).toBe('选择文件：营业执照');
    await tabTo(enterprise, /^下一步$/);
    await enterprise.keyboard.press('Enter');

    await step('第 5/5 步：确认提交');
    await enterprise.locator('.ant-descriptions-item-content').filter({ hasText: SUMMARY }).first().waitFor();
    await tabTo(enterprise, /^提交申请$/);
    await enterprise.keyboard.press('Enter');
    await enterprise.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    applicationId = new URL(enterprise.url()).pathname.split('/').pop() ?? '';
    await enterprise.getByText('已提交', { exact: true }).first().waitFor();
    await focusOnHeading(enterprise, /申请详情/);
  }, 120_000);

  it('lets staff open the application, accept it and return it for correction', async () => {
    expect(applicationId).not.toBe('');
    const staff = await newPage(browser);
    await signInByKeyboard(staff, DEMO_USERS.BUREAU_STAFF);
    await staff.getByRole('main').getByRole('heading').first().waitFor();
    await tabTo(staff, /^入驻申请$/);
    await staff.keyboard.press('Enter');
    await staff.waitForURL('**/applications');
    await focusOnHeading(staff, /^入驻申请审核$/);
    await staff.locator(`a[href="/applications/${applicationId}"]`).first().waitFor();
    await tabToElement(staff, `a[href="/applications/${applicationId}"]`);
    await staff.keyboard.press('Enter');
    await staff.waitForURL(`**/applications/${applicationId}`);
    await focusOnHeading(staff, /申请详情/);

    await tabTo(staff, /^受理审核$/);
    await staff.keyboard.press('Enter');
    await staff.getByText('审核中', { exact: true }).first().waitFor();
    // The button is gone with the new status: the focus waits on the heading, not at the page's start.
    await focusOnHeading(staff, /申请详情/);

    // The dialog puts the focus in what to correct and keeps it inside.
    await tabTo(staff, /^退回补正$/);
    await staff.keyboard.press('Enter');
    const dialog = staff.getByRole('dialog', { name: '退回补正' });
    await dialog.waitFor();
    const deadline = Date.now() + 10_000;
    while ((await focused(staff)).name !== '需要补正的内容') {
      if (Date.now() > deadline) throw new Error(`the dialog's focus is on "${(await focused(staff)).name}"`);
      await staff.waitForTimeout(100);
    }
    await staff.keyboard.type(FIX);
    // Tab goes round inside the dialog: past its buttons and back to the field, never to the page behind.
    for (let i = 0; i < 6; i += 1) {
      await staff.keyboard.press('Tab');
      expect(await staff.evaluate<boolean>('!!document.activeElement?.closest(\'[role="dialog"]\')')).toBe(true);
    }
    await tabTo(staff, /^需要补正的内容$/);
    await tabTo(staff, /^退回补正$/);
    await staff.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await focusOnHeading(staff, /申请详情/);
    await staff.getByText('待补正', { exact: true }).first().waitFor();
    await staff.getByText(FIX).first().waitFor();
    await staff.context().close();
  }, 120_000);
});

/** Tab once after the page loads: the skip link, shown; Enter: the focus is in the page's <main>. */
const skipToMain = async (page: Page, path: string, name: RegExp, ready: () => Promise<void>) => {
  await page.goto(path);
  await ready();
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first).toEqual({ tag: 'a', name: expect.stringMatching(name), visible: true });
  const box = await page.getByRole('link', { name }).boundingBox();
  expect(box && box.y >= 0 && box.width > 0).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate<boolean>("!!document.activeElement?.closest('main')")).toBe(true);
  expect(new URL(page.url()).pathname).toBe(path);
  // the next Tab goes on inside the page, not back to the menu
  await page.keyboard.press('Tab');
  expect(await page.evaluate<boolean>("!!document.activeElement?.closest('main')")).toBe(true);
};

describe('keyboard only: the skip link of every layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('skips to the main content on the sign-in and signed-in layouts, in zh and en, on a phone too', async () => {
    const page = await newPage(browser);
    await skipToMain(page, '/login', /^跳到主要内容$/, () => page.getByLabel('邮箱').waitFor());
    await skipToMain(page, '/register', /^跳到主要内容$/, () =>
      page.getByRole('heading', { name: '企业注册' }).waitFor(),
    );
    await signInByKeyboard(page, DEMO_USERS.BUREAU_STAFF);
    const heading = () => page.getByRole('main').getByRole('heading').first().waitFor();
    for (const path of ['/applications', '/enterprises/import', '/leads'])
      await skipToMain(page, path, /^跳到主要内容$/, heading);
    await page.evaluate("localStorage.setItem('uhtz.locale', 'en-US')");
    await skipToMain(page, '/applications', /^Skip to main content$/, heading);
    await page.context().close();

    const phone = await newPhonePage(browser);
    await skipToMain(phone, '/login', /^跳到主要内容$/, () => phone.getByLabel('邮箱').waitFor());
    await phone.context().close();
  }, 120_000);
});
