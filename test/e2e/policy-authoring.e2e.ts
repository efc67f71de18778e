import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * Policy authoring without JSON: an admin builds the rule, the benefit as "a share of a fact with
 * a cap" in the formula builder (its sentence beside it), and a test case through the form — filled
 * from a sample enterprise, then one value changed — runs it, and publishes; nobody types JSON, an
 * internal fact name or yuan. Publishing without a case is refused in the form's words. Then the
 * editor in English.
 */

const CODE = `E2E_AUTHOR_${Date.now().toString(36).toUpperCase()}`;
const TITLE = `无 JSON 编写的政策 ${CODE}`;
const CASE_NAME = '研发投入 800 万元：封顶 50 万元';

interface Sample {
  id: string;
  name: string;
  employees: number | null;
  rdExpense: number | null;
  industry: string | null;
}

/** antd's Select with search: type to filter by its label, take the first match with Enter. */
const choose = async (page: Page, label: string, option: string) => {
  const select = page.getByRole('combobox', { name: label, exact: true });
  await select.fill(option);
  await page.keyboard.press('Enter');
  await page.getByTitle(option, { exact: true }).first().waitFor();
};

const confirm = async (page: Page, name: string) => {
  const popup = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name, exact: true }) });
  await popup.getByRole('button', { name, exact: true }).click();
};

/** Waits until a locator's input value passes a check (the fill from an enterprise arrives asynchronously). */
const valueOf = async (locator: Locator, check: (value: string) => boolean): Promise<string> => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await locator.inputValue();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`the value stayed "${value}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const heading = (page: Page): Locator => page.getByRole('heading', { name: new RegExp(TITLE) });

/** A demo enterprise whose profile holds the facts the rule reads (its R&D expense and headcount). */
const sampleEnterprise = async (): Promise<Sample> => {
  const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
    email: DEMO_USERS.ADMIN,
    password: DEMO_PASSWORD,
  });
  const answer = await graphqlRequest<{ enterprises: { edges: { node: Sample }[] } }>(
    `query { enterprises(filter: { sample: true }, first: 100) {
      edges { node { id name employees rdExpense industry } } } }`,
    {},
    { token: session.data?.login.accessToken },
  );
  const found = answer.data?.enterprises.edges
    .map((edge) => edge.node)
    .find((node) => node.employees !== null && node.employees >= 10 && node.rdExpense !== null && node.industry);
  if (!found) throw new Error(`no sample enterprise with employees and R&D expense: ${JSON.stringify(answer)}`);
  return found;
};

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('policy authoring without JSON', () => {
  let browser: Browser;
  let page: Page;
  let policyPath = '';
  let sample: Sample;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
    sample = await sampleEnterprise();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds the rule and a capped share of a fact with its sentence beside it, without an English title', async () => {
    await page.goto('/policies/create');
    await page.getByLabel(/^政策编码/).fill(CODE);
    await page.getByLabel('标题', { exact: true }).fill(TITLE);

    // 近一年研发费用 ≥ 100万元 and 职工总数 ≥ 10.
    await page.getByRole('button', { name: '添加条件', exact: true }).click();
    await choose(page, '条件 1：指标', '近一年研发费用');
    await page.getByLabel('条件 1：取值', { exact: true }).fill('100');
    await page.getByRole('button', { name: '添加条件', exact: true }).click();
    await choose(page, '条件 2：指标', '职工总数');
    await page.getByLabel('条件 2：取值', { exact: true }).fill('10');
    const preview = page.getByRole('list', { name: '预览' });
    await preview.getByText('近一年研发费用 ≥ 100万元', { exact: true }).waitFor();

    // 10 % of the R&D expense, at most 50万元.
    await page.getByRole('radiogroup', { name: '计算方式' }).getByText('按指标比例', { exact: true }).click();
    await choose(page, '依据指标', '近一年研发费用');
    await page.getByLabel('比例', { exact: true }).fill('10');
    // One maximum: the policy's 最高支持金额 is the builder's cap, not a second input beside it.
    const maximum = page.getByRole('region', { name: '最高支持金额', exact: true });
    await maximum.getByText('不限', { exact: true }).waitFor();
    await page.getByLabel('最高支持金额（封顶）', { exact: true }).fill('50');
    const sentence = page.getByRole('region', { name: '金额说明预览' });
    await sentence.getByText('近一年研发费用的 10%，最高 50万元', { exact: true }).waitFor();
    expect(await sentence.textContent()).not.toMatch(/rdExpense|"var"|500000/);
    await maximum.getByText(/^50 ?万元$/).waitFor();
    expect(await page.getByRole('spinbutton', { name: '最高支持金额', exact: true }).count()).toBe(0);

    // The advanced view holds the JsonLogic the builder wrote.
    await page.getByRole('radiogroup', { name: '金额编辑方式' }).getByText('高级（JsonLogic）').click();
    const json = page.getByLabel('支持金额公式（JsonLogic，单位：元）', { exact: true });
    expect(JSON.parse(await json.inputValue())).toEqual({ min: [{ '*': [{ var: 'rdExpense' }, 0.1] }, 500000] });
    await page.getByRole('radiogroup', { name: '金额编辑方式' }).getByText('构建器').click();
    await page.getByLabel('比例', { exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/authoring-benefit.png', fullPage: true });

    await page.getByRole('button', { name: /保存/ }).click();
    await page.waitForURL(/\/policies\/[0-9a-f-]{36}$/);
    policyPath = new URL(page.url()).pathname;
    await heading(page).getByText('草稿', { exact: true }).waitFor();
    // The saved policy's maximum is the cap the builder was given.
    const details = page.getByRole('main');
    await details.getByText('最高支持金额', { exact: true }).first().waitFor();
    await details
      .getByText(/^50 ?万元$/)
      .first()
      .waitFor();
  });

  it('refuses to publish without a test case, in the form’s words, not the API’s field names', async () => {
    await page.getByRole('button', { name: /发布/ }).click();
    await confirm(page, '发布');
    const refusal = page.getByRole('alert').filter({ hasText: '发布前至少需要一个测试用例' });
    await refusal.waitFor();
    await refusal.getByText('测试用例：发布前至少需要一个测试用例', { exact: true }).waitFor();
    expect(await refusal.getByText(/testCases/).count()).toBe(0);
    expect(await refusal.getByText('测试用例：发布前至少需要一个测试用例').count()).toBe(1);
    await page.screenshot({ path: '/tmp/authoring-refusal.png', fullPage: true });
  });

  it('adds a test case through the form, filled from a sample enterprise, runs it and publishes', async () => {
    await page.getByRole('button', { name: /编辑/ }).click();
    await page.waitForURL('**/edit');
    await page.getByRole('button', { name: '添加用例' }).click();
    const first = page.getByRole('group', { name: '用例 1' });

    // The facts the rule reads, by their labels, in 万元 and people.
    const rd = first.getByLabel('用例 1：近一年研发费用', { exact: true });
    const employees = first.getByLabel('用例 1：职工总数', { exact: true });
    await rd.waitFor();
    await employees.waitFor();

    // Filled from a sample enterprise found by its name.
    const picker = first.getByRole('combobox', { name: '用例 1：从示例企业填入', exact: true });
    await picker.fill(sample.name);
    await page.getByTitle(sample.name, { exact: true }).click();
    await valueOf(first.getByLabel('用例名称'), (name) => name !== '');
    const filled = await valueOf(rd, (value) => value !== '');
    expect(Number(filled.replace(/,/g, ''))).toBeCloseTo((sample.rdExpense ?? 0) / 10_000, 4);
    expect(Number(await employees.inputValue())).toBe(sample.employees);
    await expect(first.getByLabel('用例名称').inputValue()).resolves.toBe(`参照 ${sample.name}`);

    // Then one value changed: 800万元 of R&D (10 % is 80万元, capped at 50万元).
    await first.getByLabel('用例名称').fill(CASE_NAME);
    await rd.fill('800');
    await first
      .getByRole('radiogroup', { name: /预期结果/ })
      .getByText('符合', { exact: true })
      .click();
    await first.getByLabel(/^预期金额/).fill('50');
    await page.getByRole('button', { name: '运行用例 1', exact: true }).click();
    const result = first.getByRole('region', { name: '运行结果' });
    await result.getByText('通过', { exact: true }).waitFor();
    await result.getByText(/^金额：50 ?万元$/).waitFor();
    await result
      .getByRole('list', { name: '判断依据' })
      .getByText(/近一年研发费用 ≥ 100万元/)
      .waitFor();

    // JSON stays an advanced view, holding yuan and the vocabulary's names.
    await first.getByRole('radiogroup', { name: '用例 1：企业情况的编辑方式' }).getByText('高级（JSON）').click();
    const facts = JSON.parse(await first.getByLabel('用例 1：企业档案事实（JSON）').inputValue()) as Record<
      string,
      unknown
    >;
    expect(facts.rdExpense).toBe(8_000_000);
    expect(facts.employees).toBe(sample.employees);
    await first.getByRole('radiogroup', { name: '用例 1：企业情况的编辑方式' }).getByText('表单').click();
    await rd.waitFor();

    // The parts this flow adds: the benefit builder, the expected outcome, the case's facts form.
    const violations = await axeViolations(page, {
      include: ['#benefitFormula', '[aria-label="用例 1：预期结果"]', '#testCases_0_facts'],
    });
    await page.screenshot({ path: '/tmp/authoring-case.png', fullPage: true });
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: /保存/ }).click();
    await page.waitForURL((url) => url.pathname === policyPath);
    // The page shows the saved case (not the version cached before the edit) before publishing it.
    await page.getByRole('cell', { name: CASE_NAME, exact: true }).waitFor();
    await page.getByRole('button', { name: /发布/ }).click();
    await confirm(page, '发布');
    await page.screenshot({ path: '/tmp/authoring-publishing.png', fullPage: true });
    // Embedded mode shares PGlite's one connection with the in-process jobs (the demo set's re-match).
    await heading(page).getByText('已发布', { exact: true }).waitFor({ timeout: 75_000 });
  }, 150_000);

  it('shows the benefit builder and the test case form in English', async () => {
    await page.goto('/policies/create');
    await page.getByRole('radiogroup', { name: '语言' }).getByText('English', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'How it is computed' }).getByText('Share of a figure').click();
    await page.getByLabel('Share', { exact: true }).fill('5');
    await page.getByLabel('Maximum support (cap)', { exact: true }).fill('20');
    await page
      .getByRole('region', { name: 'Benefit in words' })
      .getByText('5 % of R&D expense (last fiscal year), at most CNY 200,000', { exact: true })
      .waitFor();
    await page.getByRole('region', { name: 'Maximum support', exact: true }).getByText('CNY 200,000').waitFor();
    await page.getByRole('button', { name: 'Add test case' }).click();
    const first = page.getByRole('group', { name: 'Case 1' });
    await first.getByLabel('Case 1: R&D expense (last fiscal year)', { exact: true }).waitFor();
    await first.getByRole('radiogroup', { name: 'Case 1: expected outcome' }).getByText('Not eligible').waitFor();
    await page.screenshot({ path: '/tmp/authoring-en.png', fullPage: true });
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('中文', { exact: true }).click();
  });
});
