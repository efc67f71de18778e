import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * Policies as rules, through the admin app: an admin writes a policy with two conditions in the
 * query builder, a failing test case blocks publishing, publishing without it succeeds, and an
 * enterprise reads the published policy in plain language without any editing control.
 */

// One code per run, so the test also passes against a server that ran it before (E2E_BASE_URL).
const CODE = `E2E_POLICY_${Date.now().toString(36).toUpperCase()}`;
const TITLE = `端到端测试政策 ${CODE}`;
const TITLE_EN = `End-to-end test policy ${CODE}`;
const PASSING_CASE = '100人、研发占比5%：符合';
const FAILING_CASE = '5人却预期符合（故意写错）';
/** The conditions as the policy page and the preview say them (libs/matching describeRule). */
const SENTENCES = ['职工总数 ≥ 10人', '近一年研发费用占销售收入比例 ≥ 3%'];

/** antd's Select with search: type to filter by its label, take the first match with Enter. */
const choose = async (page: Page, label: string, option: string) => {
  const select = page.getByRole('combobox', { name: label, exact: true });
  await select.fill(option);
  await page.keyboard.press('Enter');
  await page.getByTitle(option, { exact: true }).first().waitFor();
};

/** The OK button of the open confirmation (antd Popconfirm). */
const confirm = async (page: Page, name: string) => {
  const popup = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name, exact: true }) });
  await popup.getByRole('button', { name, exact: true }).click();
};

const heading = (page: Page): Locator => page.getByRole('heading', { name: new RegExp(TITLE) });

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('policies', () => {
  let browser: Browser;
  let page: Page;
  let policyPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses to save a yes/no condition whose value nobody chose, and never shows a value for it', async () => {
    // Its own page: the unsaved draft it leaves behind must not hold up the next test.
    const editor = await newPage(browser);
    await login(editor, DEMO_USERS.ADMIN);
    await editor.goto('/policies/create');
    const code = `${CODE}_BLANK`;
    await editor.getByLabel(/^政策编码/).fill(code);
    await editor.getByLabel('标题', { exact: true }).fill(`${TITLE}（未选取值）`);
    await editor.getByLabel('英文标题', { exact: true }).fill(`${TITLE_EN} (no value)`);

    // 列入严重违法失信名单 等于 … with the value left as it comes.
    await editor.getByRole('button', { name: '添加条件', exact: true }).click();
    await choose(editor, '条件 1：指标', '列入严重违法失信名单');
    const value = editor.getByRole('combobox', { name: '条件 1：取值', exact: true });
    await editor.getByText('选择取值', { exact: true }).waitFor();
    expect(await editor.getByTitle('列入严重违法失信名单', { exact: true }).count()).toBe(1); // the fact only
    const preview = editor.getByText('每个条件都选好取值后，这里显示条件的文字。', { exact: true });
    await preview.waitFor();

    await editor.getByRole('button', { name: /保存/ }).click();
    await editor.getByText('条件 1 还没有选择取值', { exact: true }).waitFor();
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(editor.url()).pathname).toBe('/policies/create');
    expect(await editor.getByRole('list', { name: '预览' }).count()).toBe(0);

    // Nothing reached the API.
    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    const saved = await graphqlRequest<{ policies: { code: string }[] }>(
      'query ($search: String) { policies(search: $search) { code } }',
      { search: code },
      { token: session.data?.login.accessToken },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.policies).toEqual([]);

    // Once somebody chooses, the preview says what was chosen and the error goes.
    await value.click();
    await editor.getByRole('option', { name: '未列入严重违法失信名单', exact: true }).click();
    await editor.getByRole('list', { name: '预览' }).getByText('未列入严重违法失信名单', { exact: true }).waitFor();
    await editor.getByText('条件 1 还没有选择取值', { exact: true }).waitFor({ state: 'detached' });
    await editor.context().close();
  });

  it('lets an admin author a policy with two conditions in the query builder and save it', async () => {
    await page.getByRole('menu').getByText('政策', { exact: true }).click();
    await page.waitForURL('**/policies');
    await page.getByRole('button', { name: /新建/ }).click();
    await page.waitForURL('**/policies/create');

    await page.getByLabel(/^政策编码/).fill(CODE);
    await page.getByLabel('标题', { exact: true }).fill(TITLE);
    await page.getByLabel('英文标题', { exact: true }).fill(TITLE_EN);

    // Two conditions in the builder: employees ≥ 10, R&D ratio ≥ 3 % (entered in %, stored as 0.03).
    await page.getByRole('button', { name: '添加条件', exact: true }).click();
    await choose(page, '条件 1：指标', '职工总数');
    await page.getByLabel('条件 1：取值', { exact: true }).fill('10');
    await page.getByRole('button', { name: '添加条件', exact: true }).click();
    await choose(page, '条件 2：指标', '近一年研发费用占销售收入比例');
    await page.getByLabel('条件 2：取值', { exact: true }).fill('3');
    const preview = page.getByRole('list', { name: '预览' });
    for (const sentence of SENTENCES) await preview.getByText(sentence, { exact: true }).waitFor();

    // A fixed amount of 10万元, and two test cases: one right, one deliberately wrong.
    await page.getByRole('spinbutton', { name: '固定金额', exact: true }).fill('10');
    await page.getByRole('button', { name: '添加用例' }).click();
    const first = page.getByRole('group', { name: '用例 1' });
    await first.getByLabel('用例名称').fill(PASSING_CASE);
    await first.getByLabel('用例 1：职工总数', { exact: true }).fill('100');
    await first.getByLabel('用例 1：近一年销售（营业）收入', { exact: true }).fill('1000');
    await first.getByLabel('用例 1：近一年研发费用', { exact: true }).fill('50');
    await first.getByLabel(/^预期金额/).fill('10');
    await page.getByRole('button', { name: '运行用例 1', exact: true }).click();
    const result = first.getByRole('region', { name: '运行结果' });
    await result.getByText('通过', { exact: true }).waitFor();
    await result
      .getByRole('list', { name: '判断依据' })
      .getByText(/职工总数 ≥ 10人/)
      .waitFor();

    await page.getByRole('button', { name: '添加用例' }).click();
    const second = page.getByRole('group', { name: '用例 2' });
    await second.getByLabel('用例名称').fill(FAILING_CASE);
    await second.getByLabel('用例 2：职工总数', { exact: true }).fill('5');
    await second.getByLabel('用例 2：近一年销售（营业）收入', { exact: true }).fill('1000');
    await second.getByLabel('用例 2：近一年研发费用', { exact: true }).fill('50');
    await page.getByRole('button', { name: '运行用例 2', exact: true }).click();
    await second.getByRole('region', { name: '运行结果' }).getByText('未通过', { exact: true }).waitFor();

    await page.getByRole('button', { name: /保存/ }).click();
    await page.waitForURL(/\/policies\/[0-9a-f-]{36}$/);
    policyPath = new URL(page.url()).pathname;
    await heading(page).getByText('草稿', { exact: true }).waitFor();
    const criteria = page.getByRole('list', { name: '申报条件（中文）' });
    for (const sentence of SENTENCES) await criteria.getByText(sentence, { exact: true }).waitFor();
  });

  it('refuses to publish while a test case fails, naming the case, and keeps the draft', async () => {
    await page.getByRole('button', { name: /发布/ }).click();
    await confirm(page, '发布');
    const refusal = page.getByRole('alert').filter({ hasText: '测试用例未通过' });
    await refusal.getByText('有 1 个测试用例未通过，不能发布').waitFor();
    await refusal.getByRole('list', { name: '未通过的测试用例' }).getByText(FAILING_CASE).waitFor();
    await page.reload();
    await heading(page).getByText('草稿', { exact: true }).waitFor();
    expect(await heading(page).getByText('已发布', { exact: true }).count()).toBe(0);
  });

  it('publishes once the failing case is removed', async () => {
    await page.getByRole('button', { name: /编辑/ }).click();
    await page.waitForURL('**/edit');
    await page.getByRole('button', { name: '删除用例 2', exact: true }).click();
    await confirm(page, '删除');
    await page.getByRole('group', { name: '用例 2' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /保存/ }).click();
    await page.waitForURL((url) => url.pathname === policyPath);

    await page.getByRole('button', { name: /发布/ }).click();
    await confirm(page, '发布');
    // Embedded mode shares PGlite's one connection with the in-process jobs (the demo set's re-match
    // runs), so publishing may wait its turn behind them on a busy CI machine.
    await heading(page).getByText('已发布', { exact: true }).waitFor({ timeout: 45_000 });
    expect(await page.getByRole('alert').filter({ hasText: '测试用例未通过' }).count()).toBe(0);
  }, 90_000);

  it('shows the published policy to an enterprise in plain language, without editing controls', async () => {
    const enterprise = await newPage(browser);
    await login(enterprise, DEMO_USERS.ENTERPRISE);
    await enterprise.getByRole('menu').getByText('政策', { exact: true }).click();
    await enterprise.waitForURL('**/policies');
    expect(await enterprise.getByRole('button', { name: /新建/ }).count()).toBe(0);
    await enterprise.getByRole('link', { name: TITLE }).click();
    await enterprise.waitForURL((url) => url.pathname === policyPath);

    await heading(enterprise).getByText('已发布', { exact: true }).waitFor();
    const criteria = enterprise.getByRole('list', { name: '申报条件（中文）' });
    for (const sentence of SENTENCES) await criteria.getByText(sentence, { exact: true }).waitFor();
    await enterprise.getByText('10万元', { exact: true }).first().waitFor();
    for (const control of [/编辑/, /发布/, /废止/]) {
      expect(await enterprise.getByRole('button', { name: control }).count()).toBe(0);
    }
    expect(await enterprise.getByText('测试用例', { exact: true }).count()).toBe(0);
    await enterprise.context().close();
  });
});
