import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

const STAMP = Date.now().toString(36);
const EMAIL = `basics-${STAMP}@example.com`;
const NAME = `待改名${STAMP}`;
const RENAMED = `已改名${STAMP}`;
const PASSWORD = 'first-password-42';
const NEW_PASSWORD = 'second-password-42';

const signIn = async (email: string, password: string) =>
  graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password });

/** The admin's row of the account, found by searching for it (the demo set holds hundreds of accounts). */
const findRow = async (admin: Page) => {
  await admin.getByRole('searchbox', { name: '搜索' }).fill(STAMP);
  await admin.getByRole('searchbox', { name: '搜索' }).press('Enter');
  // the header and the one match: a third row goes once the search has narrowed the list
  await admin.getByRole('row').nth(2).waitFor({ state: 'detached' });
  const row = admin.getByRole('row').filter({ hasText: EMAIL });
  await row.waitFor();
  return row;
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('admin basics: accounts and the activity log', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    const session = await signIn(DEMO_USERS.ADMIN, DEMO_PASSWORD);
    const created = await graphqlRequest(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: EMAIL, name: NAME, password: PASSWORD, role: 'BUREAU_STAFF' } },
      { token: session.data?.login.accessToken },
    );
    expect(created.errors).toBeUndefined();
    admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds an account, renames and disables it (it can no longer sign in), and shows its last sign-in', async () => {
    expect((await signIn(EMAIL, PASSWORD)).data?.login.accessToken).toEqual(expect.any(String));
    await admin.goto('/users');
    const row = await findRow(admin);
    expect(await row.innerText()).not.toContain('从未登录');

    await row.getByRole('button', { name: `编辑 ${EMAIL}` }).click();
    const dialog = admin.getByRole('dialog', { name: `编辑用户 ${EMAIL}` });
    await dialog.getByLabel('姓名').fill(RENAMED);
    await dialog.getByRole('switch', { name: '启用' }).click();
    await dialog.getByText('停用后该账号立即退出所有设备，且不能再登录').waitFor();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(RENAMED).waitFor();
    await row.getByText('已停用').waitFor();
    expect((await signIn(EMAIL, PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('resets the password: the two entries must match, then only the new one signs in', async () => {
    const row = await findRow(admin);
    await row.getByRole('button', { name: `编辑 ${EMAIL}` }).click();
    const edit = admin.getByRole('dialog', { name: `编辑用户 ${EMAIL}` });
    await edit.getByRole('switch', { name: '启用' }).click();
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: `重置 ${EMAIL} 的密码` }).click();
    const dialog = admin.getByRole('dialog', { name: `重置 ${EMAIL} 的密码` });
    await dialog.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await dialog.getByLabel('再次输入新密码').fill('something-else-42');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialog.getByText('两次输入的密码不一致').waitFor();
    await dialog.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await admin.getByText(`已重置 ${EMAIL} 的密码`).waitFor();
    expect((await signIn(EMAIL, PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(EMAIL, NEW_PASSWORD)).data?.login.accessToken).toEqual(expect.any(String));
  });

  it('shows the account’s changes in the activity log, before beside after, filtered by type and action', async () => {
    await admin.goto('/users');
    const row = await findRow(admin);
    await row.getByRole('link', { name: `${EMAIL} 的操作记录` }).click();
    await admin.waitForURL((url) => url.pathname === '/audit');
    await admin.getByRole('heading', { name: '操作记录' }).waitFor();
    // the link narrows the log to what the account itself did: it has only signed in, which is not a change
    await admin.getByText('没有符合条件的记录').waitFor();

    await admin.goto('/audit');
    await admin.getByRole('combobox', { name: '对象类型' }).click();
    await admin.getByTitle('用户', { exact: true }).click();
    await admin.getByRole('combobox', { name: /^操作\s*:?$/ }).fill('修改用户');
    await admin.keyboard.press('Enter');
    const entry = admin.getByRole('row').filter({ hasText: '修改用户' }).first();
    await entry.waitFor();
    await entry.click();
    // the newest change is the re-enabling: only what changed shows, until every field is asked for
    const diff = admin.getByRole('region', { name: '修改前后对比' }).first();
    await diff.getByRole('row').filter({ hasText: 'active' }).waitFor();
    expect(await diff.getByRole('row').filter({ hasText: RENAMED }).count()).toBe(0);
    await diff.getByRole('switch', { name: '显示全部字段' }).click();
    await diff.getByRole('row').filter({ hasText: 'name' }).filter({ hasText: RENAMED }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.screenshot({ path: 'test-results/audit-log.png', fullPage: true });
  });
});
