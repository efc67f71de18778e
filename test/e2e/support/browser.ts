import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium unless CHROMIUM_PATH names another; no downloads, no background traffic. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const DEMO_PASSWORD = 'demo-password-1';
export const DEMO_USERS = {
  ADMIN: 'admin@demo.local',
  BUREAU_STAFF: 'staff@demo.local',
  ENTERPRISE: 'enterprise@demo.local',
} as const;

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests through jest (global-setup starts the API)');
  return url;
};

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A page in a fresh context (own localStorage) against the API under test. */
export const newPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
};

/** A page in a fresh context on a 390 × 844 phone (touch), against the API under test. */
export const newPhonePage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
};

/** Fills the login form (in either language) and waits until the app leaves /login. */
export const login = async (page: Page, email: string, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto('/login');
  await page.getByLabel(/^(邮箱|Email)$/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
};

/**
 * Waits until a page expression is true. Playwright's waitForFunction evaluates its predicate with
 * eval inside the page, which the app's CSP (no 'unsafe-eval') refuses; page.evaluate goes through
 * the debugging protocol instead, so this polls with it.
 */
export const waitForExpression = async (page: Page, expression: string, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
    await page.waitForTimeout(100);
  }
};
