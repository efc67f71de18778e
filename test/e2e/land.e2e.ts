import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

const STAMP = Date.now().toString(36).toUpperCase();
const PARK_NAME = `腾笼换鸟园${STAMP}`;
const PLOT = `C-${STAMP}`;

/** antd's Select with search, found by its label: type the option's name, take it with Enter. */
const pick = async (scope: Locator, label: string, option: string) => {
  await scope.getByRole('combobox', { name: label }).fill(option);
  await scope.page().keyboard.press('Enter');
  await scope.getByTitle(option, { exact: true }).first().waitFor();
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('idle land: record a plot, recover it, and see the park’s free land rise', () => {
  let browser: Browser;
  let staff: Page;
  let parkId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    const created = await graphqlRequest<{ createPark: { id: string } }>(
      `mutation ($input: CreateParkInput!) { createPark(input: $input) { id } }`,
      {
        input: {
          code: `LAND_${STAMP}`,
          name: PARK_NAME,
          nameEn: `Idle land park ${STAMP}`,
          kind: 'INDUSTRIAL_PARK',
          forbidsThreeHigh: true,
          maxPollution: 'MEDIUM',
          totalLandMu: 500,
          freeLandMu: 40,
          totalFloorSqm: 20000,
          freeFloorSqm: 5000,
          lng: 87.6,
          lat: 43.8,
        },
      },
      { token: session.data!.login.accessToken },
    );
    expect(created.errors).toBeUndefined();
    parkId = created.data!.createPark.id;
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const row = () => staff.getByRole('row').filter({ hasText: PLOT });
  const step = async (action: string, fill?: () => Promise<void>) => {
    await row().getByRole('button', { name: action }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.waitFor();
    if (fill) await fill();
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  it('takes an idle plot through recovery; the park’s free land rises by its area', async () => {
    await staff.goto(`/parks/${parkId}`);
    await staff.getByRole('heading', { name: PARK_NAME }).waitFor();
    await staff.getByText('40 亩', { exact: true }).first().waitFor();

    await staff.goto('/land');
    await staff.getByRole('heading', { name: '闲置用地处置（腾笼换鸟）' }).waitFor();
    await staff.getByRole('button', { name: /登记地块/ }).click();
    const form = staff.getByRole('dialog');
    await form.getByLabel('地块编号').fill(PLOT);
    await pick(form, '所在园区', PARK_NAME);
    await form.getByLabel('面积（亩）').fill('25');
    await form.getByLabel('使用权人名称').fill(`长期停产企业${STAMP}`);
    await staff.screenshot({ path: '/tmp/land-record.png', fullPage: true });
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await row().getByText('闲置', { exact: true }).waitFor();
    await row().getByText('25 亩').waitFor();

    await step('开始收回', () => pick(staff.getByRole('dialog'), '处置方式', '收储'));
    await row().getByText('收回中', { exact: true }).waitFor();
    await row().getByText('收储', { exact: true }).waitFor();
    await step('确认收回');
    await row().getByText('已收回', { exact: true }).waitFor();
    await staff.screenshot({ path: '/tmp/land-list.png', fullPage: true });
    // once recovered, the plot's area is the park's: the edit form locks it
    await row()
      .getByRole('button', { name: `编辑 ${PLOT}` })
      .click();
    const edit = staff.getByRole('dialog');
    await expect(edit.getByLabel('面积（亩）').isDisabled()).resolves.toBe(true);
    await staff.screenshot({ path: '/tmp/land-edit.png' });
    await edit.getByRole('button', { name: '取消' }).click();
    await edit.waitFor({ state: 'hidden' });
    // The fading 已保存 toast is half transparent while it leaves: not content to judge.
    expect(await axeViolations(staff, { exclude: ['.ant-table-measure-row', '.ant-message'] })).toEqual([]);

    await staff.goto(`/parks/${parkId}`);
    await staff.getByRole('heading', { name: PARK_NAME }).waitFor();
    await staff.getByText('65 亩', { exact: true }).first().waitFor();
    const history = staff.getByRole('table', { name: '空间变动记录' });
    await history.getByRole('row').filter({ hasText: '闲置地块收回' }).getByText('+25 亩').waitFor();
    await staff.screenshot({ path: '/tmp/land-park.png', fullPage: true });
  });

  it('fits a 390 px phone', async () => {
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.goto('/land');
    // a card per plot below 768 px, with its next step
    const card = staff.getByRole('listitem').filter({ hasText: PLOT });
    await card.getByText('已收回', { exact: true }).waitFor();
    await card.getByRole('button', { name: '再配置' }).waitFor();
    await staff.screenshot({ path: '/tmp/land-phone.png', fullPage: true });
    const overflow = await staff.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
