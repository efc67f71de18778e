import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

const STAMP = Date.now().toString(36);
const EMAIL = `staff-${STAMP}@example.com`;
const NAME = `测试招商员${STAMP}`;
const PASSWORD = 'e2e-password-42';

const menuEntry = (page: Page, label: string) => page.getByRole('menu').getByText(label, { exact: true });

/** antd's Select with search: type to filter by its label, take the first match with Enter. */
const choose = async (page: Page, label: string, option: string) => {
  // the dialog's field, not the list filter of the same name; a required field's name starts with antd's "* " mark
  const select = page.getByRole('dialog', { name: '新建用户' }).getByRole('combobox', { name: label });
  await select.fill(option);
  await page.keyboard.press('Enter');
  await page.getByTitle(option, { exact: true }).first().waitFor();
};

jest.setTimeout(E2E_TIMEOUT_MS);
describe('users', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin creates a bureau staff user, who signs in without the Users menu', async () => {
    const admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
    await menuEntry(admin, '用户管理').click();
    await admin.waitForURL((url) => url.pathname === '/users');
    await admin.getByRole('heading', { name: '用户管理' }).waitFor();
    await admin.getByRole('row').filter({ hasText: DEMO_USERS.ADMIN }).waitFor();

    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建用户' });
    await dialog.waitFor();
    await dialog.getByLabel('邮箱').fill(EMAIL);
    await dialog.getByLabel('姓名').fill(NAME);
    await dialog.getByLabel('初始密码').fill('too-short');
    await choose(admin, '角色', '招商局工作人员');
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.getByText('密码至少 10 位').waitFor();

    await dialog.getByLabel('初始密码').fill(PASSWORD);
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = admin.getByRole('row').filter({ hasText: EMAIL });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(NAME);
    await expect(row.innerText()).resolves.toContain('招商局工作人员');

    // the server's refusal of a taken email shows next to the email field
    await admin.getByRole('button', { name: '新建用户' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('邮箱').fill(EMAIL);
    await dialog.getByLabel('姓名').fill(NAME);
    await dialog.getByLabel('初始密码').fill(PASSWORD);
    await choose(admin, '角色', '招商局工作人员');
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.getByText('该邮箱已注册').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    // Ten wrong guesses lock the account: even the right password is refused on the sign-in page…
    for (let i = 0; i < 10; i++) await graphqlRequest(LOGIN, { email: EMAIL, password: `wrong-${i}-password` });
    const locked = await newPage(browser);
    await locked.goto('/login');
    await locked.getByLabel('邮箱', { exact: true }).fill(EMAIL);
    await locked.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await locked.getByRole('button', { name: '登录', exact: true }).click();
    await locked.getByText(/登录失败次数过多，请 \d+ 分钟后再试/).waitFor();
    await locked.context().close();

    // …until the admin lifts the lockout, after a confirmation that names the account.
    await row.getByRole('button', { name: `解除 ${EMAIL} 的登录锁定` }).click();
    const confirmation = admin.getByRole('tooltip').filter({ hasText: '解除登录锁定' });
    await confirmation.getByText(EMAIL).waitFor();
    await confirmation.getByRole('button', { name: '取消' }).click();
    await confirmation.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: `解除 ${EMAIL} 的登录锁定` }).click();
    await confirmation.getByRole('button', { name: '解除锁定' }).click();
    await admin.getByText(`已解除 ${EMAIL} 的登录锁定`).waitFor();
    await admin.context().close();

    const staff = await newPage(browser);
    await login(staff, EMAIL, PASSWORD);
    const header = staff.getByRole('group', { name: '当前用户' });
    await header.getByText(NAME, { exact: true }).waitFor();
    await header.getByText('招商局工作人员', { exact: true }).waitFor();
    await menuEntry(staff, '入驻申请').waitFor();
    const entries = (await staff.getByRole('menu').getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
    expect(entries).not.toContain('用户管理');
    await staff.goto('/users');
    await staff.getByText('403', { exact: true }).waitFor();
    await staff.context().close();
  });
});
