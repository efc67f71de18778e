import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN, type SessionUser } from './support/graphql.js';

const ROLE_LABELS = { ADMIN: '管理员', BUREAU_STAFF: '招商局工作人员', ENTERPRISE: '企业用户' } as const;
/**
 * What each role's menu holds. 企业档案 is the list of records for staff and its own record for an
 * enterprise; 入驻申请 the review queue for staff and its own applications for an enterprise.
 */
const MENU: Record<keyof typeof DEMO_USERS, string[]> = {
  ADMIN: [
    ...['规划概览', '产业', '园区', '园区地图', '政策', '企业档案', '入驻申请'],
    ...['招商线索', '入园分配', '诉求处理', '闲置用地', '孵化载体', '招商看板', '用户管理', '操作记录', '任务队列'],
  ],
  BUREAU_STAFF: [
    ...['规划概览', '产业', '园区', '园区地图', '政策', '企业档案', '入驻申请'],
    ...['招商线索', '入园分配', '诉求处理', '闲置用地', '孵化载体', '招商看板'],
  ],
  ENTERPRISE: ['规划概览', '产业', '园区', '园区地图', '政策', '企业档案', '我的政策', '入驻申请', '我的诉求'],
};

const menuEntry = (page: Page, label: string) => page.getByRole('menu').getByText(label, { exact: true });

jest.setTimeout(E2E_TIMEOUT_MS);
describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, string][])(
    '%s sees its name, its role and the menu of its role',
    async (role, email) => {
      const { data } = await graphqlRequest<{ login: { user: SessionUser } }>(LOGIN, {
        email,
        password: DEMO_PASSWORD,
      });
      const user = data?.login.user;
      expect(user?.role).toBe(role);

      const page = await newPage(browser);
      await login(page, email);
      const header = page.getByRole('group', { name: '当前用户' });
      await header.getByText(user?.name || email, { exact: true }).waitFor();
      await header.getByText(ROLE_LABELS[role], { exact: true }).waitFor();

      for (const label of MENU[role]) await menuEntry(page, label).waitFor();
      const entries = (await page.getByRole('menu').getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
      expect(entries).toEqual([...MENU[role], '退出登录']);

      const token = await page.evaluate<string | null>("localStorage.getItem('uhtz.accessToken')");
      expect(token).toBeTruthy();
      await menuEntry(page, '退出登录').click();
      await page.waitForURL((url) => url.pathname === '/login');
      // Signing out revokes the token on the server: a copy of it is refused too.
      const after = await graphqlRequest('{ me { id } }', {}, { token: token! });
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await page.context().close();
    },
  );

  it('shows the server’s message for a wrong password and stays on the login page', async () => {
    const { errors } = await graphqlRequest(LOGIN, { email: DEMO_USERS.ADMIN, password: 'not-the-password' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const message = errors?.[0]?.message ?? '';
    expect(message).not.toBe('');

    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('邮箱').fill(DEMO_USERS.ADMIN);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '登录失败' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(message);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('sends a visitor without a session to the login page', async () => {
    const page = await newPage(browser);
    await page.goto('/parks');
    await page.waitForURL('**/login**');
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.context().close();
  });

  it('signs out when the server no longer accepts the stored token', async () => {
    const page = await newPage(browser);
    await page.addInitScript({ content: "localStorage.setItem('uhtz.accessToken', 'expired-or-forged-token')" });
    await page.goto('/parks');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: '登录' }).waitFor();
    await expect(page.evaluate("localStorage.getItem('uhtz.accessToken')")).resolves.toBeNull();
    await page.context().close();
  });
});
