import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { signInByKeyboard } from './support/keyboard.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

/**
 * GB/T 37668 (built on WCAG 2): axe-core's WCAG 2 A and AA rules find nothing on any page of the
 * app, for each role — lists, records, forms, the dashboard and map, the admin pages — and the
 * main flows work from the keyboard alone (Tab, Shift+Tab, Enter, Space), the focus always visible.
 */

jest.setTimeout(600_000);

type RoleName = keyof typeof DEMO_USERS;

const token = async (role: RoleName): Promise<string> => {
  const result = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
    email: DEMO_USERS[role],
    password: DEMO_PASSWORD,
  });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.login.accessToken;
};

const first = async (query: string, pick: (data: any) => string | undefined, role: RoleName): Promise<string> => {
  const result = await graphqlRequest<any>(query, {}, { token: await token(role) });
  const id = result.data ? pick(result.data) : undefined;
  if (!id) throw new Error(`no record for ${query}: ${JSON.stringify(result.errors)}`);
  return id;
};

/** Waits until the page's data has arrived: no spinner, no skeleton, no pending lazy chunk. */
const settle = async (page: Page): Promise<void> => {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // antd's motion (drawers, tabs, fade-ins) ends before axe reads colours
  await page.waitForTimeout(400);
};

/** Every page a role can open, with real records for the show and edit pages. */
async function pagesOf(role: RoleName): Promise<string[]> {
  const park = await first('{ parks { id } }', (d) => d.parks[0]?.id, role);
  const policy = await first('{ policies(status: PUBLISHED) { id } }', (d) => d.policies[0]?.id, role);
  const common = ['/', '/plan', '/industries', '/parks', `/parks/${park}`, '/parks-map', '/policies'];
  common.push(`/policies/${policy}`, '/notifications');
  if (role === 'ENTERPRISE') {
    const mine = await first('{ me { enterprise { id } } }', (d) => d.me.enterprise?.id, role);
    const pages = [...common, '/enterprises', `/enterprises/${mine}`, `/enterprises/${mine}/edit`];
    pages.push('/applications', '/applications/create', '/my-policies', '/my-requests');
    const apps = await graphqlRequest<any>(
      '{ applications(first: 1) { edges { node { id } } } }',
      {},
      {
        token: await token(role),
      },
    );
    const app = apps.data?.applications.edges[0]?.node.id;
    if (app) pages.push(`/applications/${app}`);
    const requests = await graphqlRequest<any>(
      '{ requests(first: 1) { edges { node { id } } } }',
      {},
      {
        token: await token(role),
      },
    );
    const request = requests.data?.requests.edges[0]?.node.id;
    if (request) pages.push(`/my-requests/${request}`);
    return pages;
  }
  const enterprise = await first(
    '{ enterprises(first: 1) { edges { node { id } } } }',
    (d) => d.enterprises.edges[0]?.node.id,
    role,
  );
  const application = await first(
    '{ applications(first: 1) { edges { node { id } } } }',
    (d) => d.applications.edges[0]?.node.id,
    role,
  );
  const lead = await first('{ leads(first: 1) { edges { node { id } } } }', (d) => d.leads.edges[0]?.node.id, role);
  const request = await first(
    '{ requests(first: 1) { edges { node { id } } } }',
    (d) => d.requests.edges[0]?.node.id,
    role,
  );
  const pages = [
    ...common,
    '/enterprises',
    `/enterprises/${enterprise}`,
    `/enterprises/${enterprise}/edit`,
    '/enterprises/import',
    '/applications',
    `/applications/${application}`,
    '/allocation',
    '/leads',
    '/leads/create',
    '/leads/import',
    `/leads/${lead}`,
    `/leads/${lead}/edit`,
    '/pipeline',
    '/requests',
    `/requests/${request}`,
  ];
  if (role === 'ADMIN') {
    pages.push('/parks/create', `/parks/${park}/edit`, '/policies/create', `/policies/${policy}/edit`);
    pages.push('/users', '/audit', '/jobs');
  }
  return pages;
}

/** Runs axe on each page and answers { path: violations } for those with any. */
async function violationsOn(page: Page, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    const violations = await axeViolations(page);
    if (violations.length) found[path] = violations;
  }
  return found;
}

describe('accessibility: axe (WCAG 2 A and AA) finds nothing on any page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signed out: sign-in and sign-up', async () => {
    const page = await newPage(browser);
    expect(await violationsOn(page, ['/login', '/register'])).toEqual({});
  });

  for (const role of ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'] as const) {
    it(`every page of the ${role.toLowerCase()}`, async () => {
      const page = await newPage(browser);
      await login(page, DEMO_USERS[role]);
      expect(await violationsOn(page, await pagesOf(role))).toEqual({});
    });
  }

  it('the enterprise pages on a phone (390×844)', async () => {
    const context = await browser.newContext({
      baseURL: process.env.E2E_BASE_URL,
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await login(page, DEMO_USERS.ENTERPRISE);
    const mine = await first('{ me { enterprise { id } } }', (d) => d.me.enterprise?.id, 'ENTERPRISE');
    const paths = ['/', `/enterprises/${mine}`, '/applications', '/my-policies', '/policies', '/notifications'];
    expect(await violationsOn(page, paths)).toEqual({});
    await context.close();
  });
});

// ── keyboard only ─────────────────────────────────────────────────────────────────────────────

describe('keyboard only: the main flows with Tab, Enter and Space, the focus always visible', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in', async () => {
    const page = await newPage(browser);
    await signInByKeyboard(page, DEMO_USERS.ENTERPRISE);
    await page.getByRole('main').waitFor();
  });
});
