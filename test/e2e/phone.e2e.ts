import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { baseUrl, DEMO_PASSWORD, DEMO_USERS, launchBrowser, login } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * The enterprise portal on a 390×844 phone: a new enterprise registers (a taken USCC is refused at
 * its field), finds every page through the drawer menu, and no page scrolls sideways or squeezes its
 * text; the lists are cards that show what matters (a policy's title and cap, an application's
 * status and details). Then the same pages in English (amounts as "CNY …", one date format), and
 * staff pages on a 768 px tablet.
 */

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const PASSWORD = 'e2e-password-1';
const SUFFIX = Date.now().toString(36).toUpperCase();
const COMPANY = `新疆天山云图智能装备科技股份有限公司${SUFFIX}`;
const SHOTS = process.env.E2E_SCREENSHOTS;

const contextPage = async (
  browser: Browser,
  viewport: { width: number; height: number },
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale, viewport });
  context.setDefaultTimeout(15_000);
  // the app's language is the stored choice (zh-CN unless one was made)
  await context.addInitScript({ content: `localStorage.setItem('uhtz.locale', '${locale}')` });
  return context.newPage();
};

/** How far the page scrolls sideways (0 when it fits the screen). */
const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate<number>('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth');

const shoot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-${name}.png`, fullPage: true });
};

/** Opens a page, waits for what shows it is there, and checks that nothing sticks out sideways. */
const visit = async (page: Page, path: string, ready: (page: Page) => Locator, name: string) => {
  await page.goto(path);
  await ready(page).first().waitFor();
  // late content (charts, lists) settles before measuring
  await page.waitForLoadState('networkidle');
  await shoot(page, name);
  expect({ path, overflow: await sidewaysOverflow(page) }).toEqual({ path, overflow: 0 });
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const width = async (locator: Locator): Promise<number> => (await locator.boundingBox())?.width ?? 0;

const token = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password });
  const accessToken = session.data?.login.accessToken;
  if (!accessToken) throw new Error(`cannot sign in as ${email}`);
  return accessToken;
};

interface PolicyRow {
  id: string;
  code: string;
  title: string;
  maxBenefit: number | null;
}

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('the enterprise portal on a phone', () => {
  let browser: Browser;
  let phone: Page;
  const uscc = randomUscc();
  const email = `phone-${SUFFIX.toLowerCase()}@example.com`;
  let takenUscc = '';
  let policies: PolicyRow[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await contextPage(browser, PHONE);
    const demo = await token(DEMO_USERS.ENTERPRISE);
    const mine = await graphqlRequest<{ myEnterprise: { uscc: string } }>(
      '{ myEnterprise { uscc } }',
      {},
      { token: demo },
    );
    takenUscc = mine.data?.myEnterprise.uscc ?? '';
    expect(takenUscc).toHaveLength(18);
    const published = await graphqlRequest<{ policies: PolicyRow[] }>(
      '{ policies(status: PUBLISHED) { id code title maxBenefit } }',
      {},
      { token: demo },
    );
    policies = published.data?.policies ?? [];
    expect(policies.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a spinner, not a blank page, while it checks the session on opening the app', async () => {
    const page = await contextPage(browser, PHONE);
    await page.goto('/login');
    await page.getByLabel('邮箱').fill(DEMO_USERS.ENTERPRISE);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.getByRole('main').getByRole('heading').first().waitFor({ timeout: 30_000 });
    // Opening the app again on a slow network: every API answer, the session check first, is held (up to
    // 20 s) until the spinner has been seen. (Right after signing in the user comes with the sign-in's own
    // answer, so no check waits on the network and the spinner is only a frame: nothing to hold there.)
    let slow = true;
    await page.route('**/graphql', async (route) => {
      for (let waited = 0; slow && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      await route.continue();
    });
    await page.reload();
    await page.getByRole('status').filter({ hasText: '加载中…' }).first().waitFor();
    slow = false;
    await page.getByRole('main').getByRole('heading').first().waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('refuses a taken USCC at its field, in place of “校验位正确”, then registers', async () => {
    await phone.goto('/register');
    const field = phone.getByLabel('统一社会信用代码');
    await field.fill(takenUscc);
    await phone.getByText('校验位正确', { exact: true }).waitFor();
    await phone.getByLabel('企业名称').fill(COMPANY);
    await phone.getByLabel('邮箱').fill(email);
    await phone.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await phone.getByLabel('确认密码').fill(PASSWORD);
    await phone.getByRole('button', { name: '注册并登录' }).click();
    await phone.getByText(/该统一社会信用代码已登记/).waitFor();
    // (the check's line leaves with antd's animation)
    await phone.getByText('校验位正确', { exact: true }).waitFor({ state: 'detached' });
    // the message names no internal field
    expect(await phone.getByText(/uscc/).count()).toBe(0);
    expect(await sidewaysOverflow(phone)).toBe(0);
    await shoot(phone, 'register-taken');

    await field.fill(uscc);
    await phone.getByText('校验位正确', { exact: true }).waitFor();
    await phone.getByRole('button', { name: '注册并登录' }).click();
    await phone.waitForURL('**/enterprises');
    await phone.getByRole('heading', { name: '我的企业档案' }).waitFor();
  });

  it('shows the whole name in the header, and the menu button covers no title', async () => {
    const header = phone.getByRole('banner');
    const name = header.getByText(COMPANY, { exact: true });
    await name.waitFor();
    const box = (await name.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // wrapped, not cut: the text fits its box
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    const menuButton = phone.getByRole('button', { name: '打开菜单' });
    const button = (await menuButton.boundingBox())!;
    const title = (await phone.getByRole('heading', { name: '我的企业档案' }).boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(title.y);
    await shoot(phone, 'profile');
  });

  it('opens every page from the drawer menu', async () => {
    await phone.getByRole('button', { name: '打开菜单' }).click();
    const menu = phone.getByRole('navigation', { name: '菜单' });
    await menu.waitFor();
    // who is signed in, in full, with the role
    await phone.getByRole('group', { name: '当前用户' }).getByText('企业用户', { exact: true }).waitFor();
    for (const entry of ['企业档案', '我的政策', '政策', '入驻申请', '我的诉求', '园区']) {
      await menu.getByRole('link', { name: entry, exact: true }).waitFor();
    }
    expect(await menu.getByRole('link', { name: '招商看板', exact: true }).count()).toBe(0);
    await shoot(phone, 'menu');
    await menu.getByRole('link', { name: '入驻申请', exact: true }).click();
    await phone.waitForURL('**/applications');
    await menu.waitFor({ state: 'hidden' });
  });

  it('says what to do when there are no applications yet, and leads to the wizard', async () => {
    await phone.getByText('还没有入驻申请', { exact: true }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    await shoot(phone, 'applications-empty');
    await phone.getByRole('link', { name: '开始申请' }).click();
    await phone.waitForURL('**/applications/create');
    await phone.getByRole('heading', { name: '新建入驻申请' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
  });

  it('lists an application as a card with its status and details', async () => {
    const own = await token(email, PASSWORD);
    const submitted = await graphqlRequest<{ submitApplication: { id: string } }>(
      'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      { input: { kind: 'OFFICE', floorSqm: 300, summary: '软件研发中心', plannedInvestment: 5_000_000, jobs: 20 } },
      { token: own },
    );
    expect(submitted.errors).toBeUndefined();
    await visit(
      phone,
      '/applications',
      (page) => page.getByRole('listitem').filter({ hasText: '办公用房' }),
      'applications',
    );
    const card = phone.getByRole('listitem').filter({ hasText: '办公用房' });
    // submitted, and moving on as the jobs screen and match it
    await card.getByText(/^(已提交|初筛中|已推荐)$/).waitFor();
    await card.getByText('300 m²').waitFor();
    // the date reads as the rest of the app writes dates
    await card.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor();
    await card.getByRole('link', { name: /办公用房/ }).click();
    await phone.waitForURL(`**/applications/${submitted.data!.submitApplication.id}`);
    await phone.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(phone)).toBe(0);
    await shoot(phone, 'application');
  });

  it('reads notifications in boxes wide enough to read', async () => {
    await visit(phone, '/notifications', (page) => page.getByRole('listitem'), 'notifications');
    const welcome = phone.getByRole('listitem').filter({ hasText: '欢迎' }).first();
    await welcome.waitFor();
    expect(await width(welcome)).toBeGreaterThan(300);
    const body = welcome.getByText('您的账号已开通', { exact: false });
    expect(await width(body)).toBeGreaterThan(200);
  });

  it('says what a request is for while there is none, and offers to file one', async () => {
    await visit(phone, '/my-requests', (page) => page.getByText('还没有提交过诉求', { exact: true }), 'requests-empty');
    await phone.getByText(/可以向招商局提交诉求/).waitFor();
    // the empty list's own button opens the form, as the one beside the title does
    await phone.getByRole('button', { name: '提交诉求' }).last().click();
    await phone.getByLabel('标题', { exact: true }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
  });
});

describe('every enterprise page of the demo enterprise on a phone', () => {
  let browser: Browser;
  let phone: Page;
  let policy: PolicyRow;

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await contextPage(browser, PHONE);
    const published = await graphqlRequest<{ policies: PolicyRow[] }>(
      '{ policies(status: PUBLISHED) { id code title maxBenefit } }',
      {},
      { token: await token(DEMO_USERS.ENTERPRISE) },
    );
    // one with a cap, to see it on its card
    policy = (published.data?.policies ?? []).find((row) => row.maxBenefit !== null)!;
    expect(policy).toBeDefined();
    await login(phone, DEMO_USERS.ENTERPRISE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists policies by title with their cap, the code only small beneath', async () => {
    await visit(phone, '/policies', (page) => page.getByRole('link', { name: policy.title }), 'policies');
    const card = phone.getByRole('listitem').filter({ has: phone.getByRole('link', { name: policy.title }) });
    await card.getByText('最高支持金额').waitFor();
    const cap = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(policy.maxBenefit! / 10_000);
    await card.getByText(`${cap} 万元`, { exact: true }).waitFor();
    await card.getByRole('link', { name: policy.title }).click();
    await phone.waitForURL(`**/policies/${policy.id}`);
    await phone.getByRole('heading', { name: new RegExp(escapeRegExp(policy.title)) }).waitFor();
    // labels read across, not one character a line
    const label = phone.getByText('最高支持金额', { exact: true }).last();
    expect(await width(label)).toBeGreaterThan(70);
    expect(await sidewaysOverflow(phone)).toBe(0);
    await shoot(phone, 'policy');
  });

  it('fits every other page of the portal', async () => {
    await visit(phone, '/enterprises', (page) => page.getByRole('heading', { name: '我的企业档案' }), 'enterprise');
    await visit(phone, '/my-policies', (page) => page.getByRole('heading', { name: '我的政策' }), 'my-policies');
    await visit(phone, '/applications', (page) => page.getByRole('heading', { name: '我的入驻申请' }), 'my-apps');
    await visit(phone, '/applications/create', (page) => page.getByRole('heading', { name: '新建入驻申请' }), 'wizard');
    await visit(phone, '/my-requests', (page) => page.getByRole('heading', { name: '我的诉求' }), 'requests');
    // the demo enterprise has requests of its own (the demo set)
    const request = phone.getByRole('list', { name: '我的诉求' }).getByRole('link').first();
    const subject = await request.innerText();
    await request.click();
    await phone.waitForURL(/\/my-requests\/.+/);
    await phone.getByRole('heading', { name: subject }).waitFor();
    await phone.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(phone)).toBe(0);
    await shoot(phone, 'request');
    await visit(phone, '/parks', (page) => page.getByRole('heading', { name: /园区/ }), 'parks');
    await visit(phone, '/plan', (page) => page.getByRole('heading').first(), 'plan');
    await visit(phone, '/industries', (page) => page.getByRole('heading').first(), 'industries');
    await visit(phone, '/parks-map', (page) => page.getByRole('heading').first(), 'parks-map');
  });

  it('reads amounts as “CNY …” and dates as 2026-12-03 in English', async () => {
    const english = await contextPage(browser, PHONE, 'en-US');
    await login(english, DEMO_USERS.ENTERPRISE);
    // every cap reads "CNY 500,000" or "CNY 5 million"
    await visit(english, '/policies', (page) => page.getByText(/^CNY [\d,.]+( million| billion)?$/), 'en-policies');
    expect(await english.getByText(/×10k/).count()).toBe(0);
    await visit(
      english,
      '/my-policies',
      (page) => page.getByText('Expected support', { exact: true }),
      'en-my-policies',
    );
    expect(await english.getByText(/×10k/).count()).toBe(0);
    await visit(english, '/notifications', (page) => page.getByRole('listitem'), 'en-notifications');
    await english
      .getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
      .first()
      .waitFor();
    await english.context().close();
  });
});

describe('the parks list on a phone', () => {
  let browser: Browser;
  let phone: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await contextPage(browser, PHONE);
    await login(phone, DEMO_USERS.ENTERPRISE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each park as a card: its name, kind, free space as bars and industries, nothing clipped', async () => {
    await visit(
      phone,
      '/parks',
      (page) => page.getByRole('region', { name: '园区与孵化载体' }).getByRole('listitem'),
      'parks-cards',
    );
    // cards, not the wide table (a card's label–value pairs are a small table of their own)
    expect(await phone.locator('.ant-table').count()).toBe(0);
    const cards = phone.getByRole('region', { name: '园区与孵化载体' }).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThan(3);
    const card = cards.first();
    const name = card.getByRole('link').first();
    await name.waitFor();
    await card.getByText('可用土地').waitFor();
    await card.getByText('可用建筑面积').waitFor();
    await card.getByText('主导产业').waitFor();
    await card.getByRole('progressbar').first().waitFor();
    // every card fits the screen, its name and bars readable rather than squeezed
    const box = await card.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await width(card.getByRole('progressbar').first())).toBeGreaterThan(120);
    // the page scrolls down to the last card
    const last = cards.last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    const href = await name.getAttribute('href');
    await name.click();
    await phone.waitForURL(`**${href}`);
    await phone.getByRole('main').getByRole('heading').first().waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
  });
});

describe('staff pages on a tablet', () => {
  let browser: Browser;
  let tablet: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tablet = await contextPage(browser, TABLET);
    await login(tablet, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the review queue, leads and requests within the screen, with the menu in a drawer', async () => {
    await visit(tablet, '/applications', (page) => page.getByRole('heading', { name: '入驻申请审核' }), 'tablet-queue');
    // a table on a tablet, its rows within reach
    await tablet.getByRole('table').first().waitFor();
    await visit(tablet, '/leads', (page) => page.getByRole('heading').first(), 'tablet-leads');
    await visit(tablet, '/requests', (page) => page.getByRole('heading').first(), 'tablet-requests');
    await tablet.getByRole('button', { name: '打开菜单' }).click();
    const menu = tablet.getByRole('navigation', { name: '菜单' });
    await menu.getByRole('link', { name: '招商看板', exact: true }).click();
    await tablet.waitForURL('**/pipeline');
    await tablet.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(tablet)).toBe(0);
  });

  it('fits the parks table to the screen, and shows where a wider table scrolls inside itself', async () => {
    await visit(tablet, '/parks', (page) => page.getByRole('heading', { name: '园区与孵化载体' }), 'tablet-parks');
    // the parks' table fits: kind under the name, the space bars and the button in reach, no inner scroll
    const parks = tablet.getByRole('table').first();
    await parks.getByRole('progressbar').first().waitFor();
    expect(await scrollsInside(tablet)).toEqual([]);
    const view = parks.getByRole('link', { name: /查看/ }).first();
    const box = await view.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(TABLET.width);

    // a wider table scrolls inside itself, a shade at the edge where more columns lie
    for (const path of ['/enterprises', '/applications', '/leads', '/requests']) {
      await visit(tablet, path, (page) => page.getByRole('table'), `tablet${path.replace('/', '-')}`);
      for (const table of await scrollsInside(tablet))
        expect({ path, ...table }).toEqual({ path, ...table, cue: 'right' });
    }
    // scrolled to its end, the shade moves to the other edge
    await tablet.evaluate("document.querySelector('.ant-table-content, .ant-table-body').scrollLeft = 1e6");
    await tablet.waitForTimeout(200);
    const [scrolled] = await scrollsInside(tablet);
    expect(scrolled?.cue).toBe('left');
  });
});

/**
 * The tables on the page that scroll inside themselves, with the edge their shade is drawn at
 * ("right" while columns lie to the right, "left" once scrolled to the end, "" for none).
 */
const scrollsInside = (page: Page): Promise<{ overflow: number; cue: string }[]> =>
  page.evaluate<
    { overflow: number; cue: string }[]
  >(`[...document.querySelectorAll('.ant-table-content, .ant-table-body')]
    .filter((box) => box.scrollWidth > box.clientWidth + 1)
    .map((box) => {
      const table = box.closest('.ant-table');
      const shade = (where) => getComputedStyle(table, where).content !== 'none' && getComputedStyle(table, where).content !== '';
      const cue = shade('::after') ? 'right' : shade('::before') ? 'left' : '';
      return { overflow: box.scrollWidth - box.clientWidth, cue };
    })`);
