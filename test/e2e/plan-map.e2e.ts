import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { baseUrl, DEMO_USERS, launchBrowser, login, newPage, newPhonePage } from './support/browser.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

jest.setTimeout(E2E_TIMEOUT_MS);

const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The parks map (Leaflet): outlines drawn offline, a polygon that opens its park, the list beside it. */
describe('plan map', () => {
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    // nothing but the app itself may be fetched: no tile URL is configured in the tests
    const origin = new URL(baseUrl()).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await login(page, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the district outline and the plan’s axes with no tile URL, and fetches nothing outside', async () => {
    await page.goto('/parks-map');
    const map = page.getByRole('region', { name: '园区分布图' });
    await map.locator('path[data-frame="DISTRICT"]').waitFor();
    await map.locator('path[data-frame="AXIS_BEIJING_NORTH_ROAD"]').waitFor();
    await page.getByText('未配置底图', { exact: false }).waitFor();
    expect(await map.locator('img.leaflet-tile').count()).toBe(0);
    expect(outside).toEqual([]);
    // the 两轴六片区 layer can be switched off
    await map.locator('path[data-frame="PRECINCT_LIYUSHAN"]').waitFor();
    await page.getByRole('checkbox', { name: '两轴六片区' }).uncheck();
    await map.locator('path[data-frame="PRECINCT_LIYUSHAN"]').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${SHOTS}/plan-map-desktop.png` });
  });

  it('marks sample outlines, lists the parks as links, and has no axe violations', async () => {
    const list = page.getByRole('heading', { name: '园区列表' });
    await list.waitFor();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '临空产业园B区' }) });
    await item.getByText('示例', { exact: true }).first().waitFor();
    await page.getByText('空闲空间', { exact: true }).click();
    await page.getByText('空闲 30% 以上', { exact: false }).first().waitFor();
    expect(await axeViolations(page, { exclude: ['.leaflet-pane'] })).toEqual([]);
  });

  it('opens a park from its polygon', async () => {
    const polygon = page.getByRole('region', { name: '园区分布图' }).locator('path[data-park="AIRPORT_B"]');
    await polygon.waitFor();
    expect(await polygon.getAttribute('data-sample-outline')).toBe('true');
    // B区 holds the outlines of its own parts at its centre: click its western part, which is B区 alone.
    const box = (await polygon.boundingBox())!;
    await polygon.click({ position: { x: box.width * 0.2, y: box.height * 0.5 } });
    await page.waitForURL(/\/parks\/[^/]+$/);
    await page.getByRole('heading', { name: /B区/ }).waitFor();
  });

  it('draws the idle plots layer: a plot opens its popup with its area and status; one without a location sits at its park', async () => {
    await page.goto('/parks-map');
    const map = page.getByRole('region', { name: '园区分布图' });
    const plot = map.locator('path[data-plot="示例-北区-01"]');
    await plot.waitFor();
    expect(await plot.getAttribute('data-plot-at-park')).toBe('false');
    await plot.click();
    const popup = map.locator('.leaflet-popup-content');
    await popup.getByText('地块 示例-北区-01').waitFor();
    await expect(popup.innerText()).resolves.toMatch(/面积: 45\.6\s*亩[\s\S]*状态: 闲置/);
    await page.screenshot({ path: `${SHOTS}/plan-map-idle-plot.png` });
    // a plot without a location sits on its park's point, so the park's popup may open too: close every one
    const closeEveryPopup = async () => {
      await page.evaluate("document.querySelectorAll('.leaflet-popup-close-button').forEach((b) => b.click())");
      await map.locator('.leaflet-popup').first().waitFor({ state: 'detached' });
    };
    await closeEveryPopup();
    const atPark = map.locator('path[data-plot="示例-C区-02"]');
    expect(await atPark.getAttribute('data-plot-at-park')).toBe('true');
    await atPark.click();
    await popup.getByText('位置取园区中心', { exact: false }).first().waitFor();
    await closeEveryPopup();
    // recovered plots are not idle: not on the layer
    expect(await map.locator('path[data-plot="示例-北区-03"]').count()).toBe(0);
    // the layer is toggled like the others
    await page.getByRole('checkbox', { name: '闲置地块' }).uncheck();
    await plot.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: '闲置地块' }).check();
    await plot.waitFor();
    expect(await axeViolations(page, { exclude: ['.leaflet-pane'] })).toEqual([]);
  });

  it('fits a 390 px phone', async () => {
    const phone = await newPhonePage(browser);
    await login(phone, DEMO_USERS.BUREAU_STAFF);
    await phone.goto('/parks-map');
    await phone.locator('path[data-park="AIRPORT_B"]').waitFor();
    const overflow = await phone.evaluate<number>(
      'document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SHOTS}/plan-map-phone.png`, fullPage: true });
    await phone.context().close();
  });
});
