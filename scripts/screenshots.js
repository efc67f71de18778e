// The README's screenshots from the running app: `npm run screenshots` builds, starts the API in
// embedded mode (PGlite in a scratch DATA_DIR with the demo set, no Redis; as the e2e suite does),
// signs in as each demo role and saves zh-CN pictures of its landing page and a second page, on a
// desktop (1440×900) and a phone (390×844), as JPEG into docs/screenshots/. SCREENSHOTS_BASE_URL
// names a server already running instead.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');
const PASSWORD = 'demo-password-1';
const MAX_BYTES = 300 * 1024;

/** What each role sees: its landing page, and the page it works in most. */
const SHOTS = [
  {
    role: 'admin',
    email: 'admin@demo.local',
    pages: [
      { name: 'home', path: '/' },
      { name: 'parks-map', path: '/parks-map' },
    ],
  },
  {
    role: 'staff',
    email: 'staff@demo.local',
    pages: [
      { name: 'home', path: '/' },
      { name: 'applications', path: '/applications' },
    ],
  },
  {
    role: 'enterprise',
    email: 'enterprise@demo.local',
    pages: [
      { name: 'home', path: '/' },
      { name: 'policies', path: '/my-policies' },
    ],
  },
];
const DEVICES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts the built API embedded on a free port; resolves with its URL and a stop function. */
async function startApi() {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'uhtz-screenshots-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr.on('data', (chunk) => (tail = (tail + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${tail}`);
    try {
      if ((await globalThis.fetch(`${url}/health`)).status === 200) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`the API did not become healthy:\n${tail}`);
}

/**
 * Waits for the page's data: network quiet, no spinner or skeleton left twice in a row (a page may
 * start a second query after the first answered), animations over; then the focus is taken off the
 * heading the app focuses after a move (its keyboard ring is no part of the picture).
 */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const busy = page.locator('.ant-spin-spinning, .ant-skeleton-active');
  const deadline = Date.now() + 30_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    quiet = (await busy.count()) === 0 ? quiet + 1 : 0;
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(1200);
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
}

/** A GraphQL call to the API under the given token (none: anonymous). */
async function gql(url, query, variables, token) {
  const response = await globalThis.fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/**
 * Waits until the demo set is loaded and its re-match run has ended: until then the pages that
 * count (招商看板, the matches) show no sample data or keep their spinners, the machine being busy.
 */
async function waitForDemoSet(url) {
  const login = await gql(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email: 'admin@demo.local', password: PASSWORD },
  );
  const token = login.data?.login.accessToken;
  if (!token) throw new Error(`cannot sign in as the demo admin: ${JSON.stringify(login.errors)}`);
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    const { data } = await gql(url, '{ demoDataLoad { matchRun { status } } }', {}, token);
    const status = data?.demoDataLoad?.matchRun.status;
    if (status === 'FINISHED' || status === 'FAILED') return;
    await sleep(2000);
  }
  throw new Error('the demo set was not loaded and matched within 10 minutes');
}

async function main() {
  const external = process.env.SCREENSHOTS_BASE_URL;
  const api = external ? { url: external, stop: async () => undefined } : await startApi();
  await waitForDemoSet(api.url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  await mkdir(OUT, { recursive: true });
  const saved = [];
  try {
    for (const { role, email, pages } of SHOTS) {
      for (const device of DEVICES) {
        const context = await browser.newContext({
          baseURL: api.url,
          locale: 'zh-CN',
          viewport: device.viewport,
          isMobile: device.isMobile,
          hasTouch: device.isMobile,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        await page.goto('/login');
        await page.getByLabel('邮箱').fill(email);
        await page.getByLabel('密码').fill(PASSWORD);
        await page.getByRole('button', { name: '登录' }).click();
        await page.waitForURL((url) => url.pathname !== '/login');
        for (const { name, path } of pages) {
          await page.goto(path);
          await settle(page);
          const file = join(OUT, `${role}-${name}-${device.name}.jpg`);
          await page.screenshot({ path: file, type: 'jpeg', quality: 72 });
          const { size } = await stat(file);
          if (size > MAX_BYTES) throw new Error(`${file} is ${Math.round(size / 1024)} KB (over 300 KB)`);
          saved.push(`${file.slice(ROOT.length)} (${Math.round(size / 1024)} KB)`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await api.stop();
  }
  console.log(`saved:\n${saved.join('\n')}`);
}

await main();
