import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import {
  baseUrl,
  DEMO_PASSWORD,
  DEMO_USERS,
  launchBrowser,
  login,
  newPage,
  waitForExpression,
} from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * Policy matching, through the admin app: staff publish a policy and watch the re-match run's bar
 * reach its end; the demo enterprise reads 我的政策 (desktop and phone); a new enterprise lacking
 * the policy's fact follows the 需补充信息 link to that field, fills it, and sees the policy qualify.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const CODE = `E2E_MATCH_${SUFFIX}`;
const TITLE = `端到端匹配测试政策 ${SUFFIX}`;
/** The profile form's label of `inventionPatents`, the one fact the policy asks for. */
const FACT_LABEL = 'Ⅰ类知识产权数（发明专利等）';
const PHONE = { width: 390, height: 844 };

const confirm = async (page: Page, name: string) => {
  const popup = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name, exact: true }) });
  await popup.getByRole('button', { name, exact: true }).click();
};

const phonePage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', viewport: PHONE });
  context.setDefaultTimeout(15_000);
  return context.newPage();
};

const noHorizontalOverflow = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

const section = (page: Page, name: string): Locator => page.getByRole('region', { name: new RegExp(`^${name}`) });

/** Reloads 我的政策 until the policy shows in the section (the re-match runs in the background). */
const waitForPolicyIn = async (page: Page, name: string) => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const card = section(page, name).getByRole('article', { name: TITLE });
    if ((await card.count()) > 0) return card;
    if (Date.now() > deadline) throw new Error(`${TITLE} never reached ${name}`);
    await page.waitForTimeout(1000);
    await page.reload();
    await page.getByRole('heading', { name: '我的政策', level: 3 }).waitFor();
  }
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('policy matching', () => {
  let browser: Browser;
  let policyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    // A draft that pays 10万元 to every enterprise holding at least one invention patent.
    const created = await graphqlRequest<{ createPolicy: { id: string } }>(
      'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
      {
        input: {
          code: CODE,
          title: TITLE,
          titleEn: `End-to-end matching policy ${SUFFIX}`,
          kind: 'SUBSIDY',
          criteria: { '>=': [{ var: 'inventionPatents' }, 1] },
          benefitFormula: 100000,
          testCases: [
            {
              name: '有发明专利：符合',
              facts: { inventionPatents: 2 },
              expectedOutcome: 'ELIGIBLE',
              expectedBenefit: 100000,
            },
            { name: '没有发明专利：不符合', facts: { inventionPatents: 0 }, expectedOutcome: 'INELIGIBLE' },
          ],
        },
      },
      { token: session.data?.login.accessToken },
    );
    expect(created.errors).toBeUndefined();
    policyId = created.data!.createPolicy.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff publish a policy and watch the re-match progress bar reach its end', async () => {
    const page = await newPage(browser);
    await login(page, DEMO_USERS.ADMIN);
    await page.goto(`/policies/${policyId}`);
    await page.getByRole('heading', { name: new RegExp(TITLE) }).waitFor();
    await page.getByRole('button', { name: /发布/ }).click();
    await confirm(page, '发布');
    await page
      .getByRole('heading', { name: new RegExp(TITLE) })
      .getByText('已发布', { exact: true })
      .waitFor();

    const run = page.locator('.ant-card').filter({ hasText: '重新匹配进度' });
    await run.getByText('已完成', { exact: true }).waitFor({ timeout: 30_000 });
    const progress = await run.getByText(/^已完成 \d+ \/ \d+ 家企业$/).innerText();
    const [done, total] = progress.match(/\d+/g)!.map(Number);
    expect(total).toBeGreaterThan(0);
    expect(done).toBe(total);
    expect(await run.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

    // the qualifier list names the demo enterprise (it holds invention patents), on some page among
    // the sample enterprises of the demo data that hold some too
    const lists = page.locator('.ant-card').filter({ hasText: '匹配企业' });
    await lists.getByRole('tab', { name: '符合条件的企业' }).waitFor();
    const firstLink = lists.getByRole('table').getByRole('link').first();
    const demo = lists.getByRole('link', { name: '新疆示例科技有限公司' });
    for (let pages = 1; (await demo.count()) === 0; pages += 1) {
      expect(pages).toBeLessThan(50);
      const before = await firstLink.innerText();
      await lists.getByRole('button', { name: '下一页' }).click();
      for (let tries = 0; tries < 100 && (await firstLink.innerText()) === before; tries += 1) {
        await page.waitForTimeout(100);
      }
    }
    await page.context().close();
  });

  it('the demo enterprise reads 我的政策 on a desktop and on a phone, without sideways scrolling', async () => {
    const desktop = await newPage(browser);
    await login(desktop, DEMO_USERS.ENTERPRISE);
    await desktop.getByRole('menu').getByText('我的政策', { exact: true }).click();
    await desktop.waitForURL('**/my-policies');
    await desktop.getByText('预计可享', { exact: true }).waitFor();
    for (const name of ['符合条件', '差一点', '需补充信息']) await section(desktop, name).waitFor();
    const card = await waitForPolicyIn(desktop, '符合条件');
    await card.getByText('10 万元').waitFor();
    await card.getByRole('button', { name: '查看判断依据' }).click();
    await card.getByRole('list', { name: '判断依据' }).waitFor();
    expect(await noHorizontalOverflow(desktop)).toBe(true);
    await desktop.context().close();

    const phone = await phonePage(browser);
    await login(phone, DEMO_USERS.ENTERPRISE);
    await phone.goto('/my-policies');
    await phone.getByText('预计可享', { exact: true }).waitFor();
    await section(phone, '符合条件').getByRole('article', { name: TITLE }).waitFor();
    expect(await noHorizontalOverflow(phone)).toBe(true);
    await phone.screenshot({ path: '/tmp/my-policies-phone.png', fullPage: true });
    await phone.context().close();
  });

  it('an enterprise fills a missing fact from its 需补充信息 link and sees the policy qualify', async () => {
    // A new enterprise: registered with its name only, so it lacks the policy's fact.
    const email = `e2e-match-${SUFFIX.toLowerCase()}@example.com`;
    const registered = await graphqlRequest(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken } }',
      { input: { uscc: randomUscc(), name: `新疆匹配测试科技有限公司${SUFFIX}`, email, password: DEMO_PASSWORD } },
    );
    expect(registered.errors).toBeUndefined();

    const page = await phonePage(browser);
    await login(page, email);
    await page.goto('/my-policies');
    await page.getByRole('heading', { name: '我的政策', level: 3 }).waitFor();
    const card = await waitForPolicyIn(page, '需补充信息');
    expect(await noHorizontalOverflow(page)).toBe(true);

    await card.getByRole('link', { name: FACT_LABEL }).click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/edit') && url.searchParams.get('focus') === 'inventionPatents',
    );
    const field = page.getByLabel(FACT_LABEL, { exact: true });
    // the form opens at that field, focused (antd names the input after the field)
    await field.waitFor();
    await waitForExpression(page, "document.activeElement?.id === 'inventionPatents'", 5000);
    await field.fill('2');
    await page.getByRole('button', { name: /保存档案/ }).click();
    await page.getByText('企业档案已保存', { exact: true }).waitFor();

    await page.getByRole('link', { name: '返回我的政策' }).click();
    await page.waitForURL('**/my-policies');
    const qualified = await waitForPolicyIn(page, '符合条件');
    await qualified.getByText('10 万元').waitFor();
    expect(await section(page, '需补充信息').getByRole('article', { name: TITLE }).count()).toBe(0);
    await page.context().close();
  });
});
