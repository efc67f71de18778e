import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

const STAMP = Date.now().toString(36).toUpperCase();
const MAKERSPACE = `测试众创空间${STAMP}`;
const INCUBATOR = `测试孵化器${STAMP}`;
const TENANT = `孵化测试企业${STAMP}`;
const TENANT_EMAIL = `incubation-${STAMP.toLowerCase()}@example.com`;
const TENANT_PASSWORD = 'tenant-password-42';

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('incubation ladder: staff record a graduation and see the graduation rate change', () => {
  let browser: Browser;
  let staff: Page;
  let makerspaceId: string;

  const carrier = async (token: string, kind: string, name: string) => {
    const created = await graphqlRequest<{ createPark: { id: string } }>(
      `mutation ($input: CreateParkInput!) { createPark(input: $input) { id } }`,
      {
        input: {
          code: `INC_${kind}_${STAMP}`,
          name,
          nameEn: `${kind} ${STAMP}`,
          kind,
          level: kind === 'MAKERSPACE' ? 'NATIONAL' : 'REGIONAL',
          forbidsThreeHigh: true,
          maxPollution: 'LOW',
          totalFloorSqm: 1000,
          freeFloorSqm: 1000,
          servedTiers: ['TECH_SME', 'HIGH_TECH'],
          lng: 87.58,
          lat: 43.88,
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createPark.id;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.ADMIN,
      password: DEMO_PASSWORD,
    });
    const token = admin.data!.login.accessToken;
    makerspaceId = await carrier(token, 'MAKERSPACE', MAKERSPACE);
    await carrier(token, 'INCUBATOR', INCUBATOR);
    const registered = await graphqlRequest<{ registerEnterprise: { user: { enterprise: { id: string } } } }>(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { user { enterprise { id } } } }',
      {
        input: {
          uscc: randomUscc(),
          name: TENANT,
          email: TENANT_EMAIL,
          password: TENANT_PASSWORD,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const entered = await graphqlRequest(
      'mutation ($input: IncubationEntryInput!) { recordIncubationEntry(input: $input) { id } }',
      {
        input: {
          parkId: makerspaceId,
          enterpriseId: registered.data!.registerEnterprise.user.enterprise.id,
          seats: 6,
          floorSqm: 150,
          enteredOn: '2025-06-01',
        },
      },
      { token },
    );
    expect(entered.errors).toBeUndefined();
    staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const statistic = (title: string) => staff.locator('.ant-statistic').filter({ hasText: title });

  it('lets staff correct a tenant’s seats and floor space in a dialog', async () => {
    await staff.goto(`/incubation/${makerspaceId}`);
    await staff.getByRole('heading', { name: MAKERSPACE }).waitFor();
    const row = staff.getByRole('row').filter({ hasText: TENANT });
    await row.getByText('6 个工位').waitFor();
    await row.getByRole('button', { name: '修改' }).click();
    const dialog = staff.getByRole('dialog', { name: `修改在孵记录：${TENANT}` });
    const seats = dialog.getByLabel('工位数（个）');
    await expect(seats.inputValue()).resolves.toBe('6');
    await seats.fill('8');
    await dialog.getByLabel('使用面积（m²）').fill('180');
    await staff.screenshot({ path: '/tmp/incubation-edit.png' });
    expect(await axeViolations(staff, { exclude: ['.ant-table-measure-row'] })).toEqual([]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('8 个工位').waitFor();
    await statistic('在孵企业').getByText('1', { exact: true }).waitFor();
  });

  it('shows the ladder, and a graduation raises the carrier’s graduation rate to 100 %', async () => {
    await staff.goto('/incubation');
    await staff.getByRole('heading', { name: '孵化载体（众创空间—孵化器—加速器—产业园区）' }).waitFor();
    const ladder = staff.getByRole('list', { name: '孵化链条' });
    for (const rung of ['1. 众创空间', '2. 孵化器', '3. 加速器', '4. 产业园区']) await ladder.getByText(rung).waitFor();
    await staff.getByText('深圳离岸创新中心').first().waitFor();
    await staff.screenshot({ path: '/tmp/incubation-ladder.png', fullPage: true });
    expect(await axeViolations(staff, { exclude: ['.ant-table-measure-row'] })).toEqual([]);

    await ladder.getByRole('link', { name: MAKERSPACE }).click();
    await staff.getByRole('heading', { name: MAKERSPACE }).waitFor();
    await statistic('在孵企业').getByText('1', { exact: true }).waitFor();
    await statistic('毕业率').getByText('—').waitFor();

    const row = staff.getByRole('row').filter({ hasText: TENANT });
    await row.getByRole('button', { name: '毕业' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '下一级载体或园区' }).fill(INCUBATOR);
    await staff.keyboard.press('Enter');
    await dialog.getByTitle(INCUBATOR, { exact: true }).first().waitFor();
    await staff.screenshot({ path: '/tmp/incubation-graduate.png' });
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await row.getByText('毕业', { exact: true }).waitFor();
    await row.getByText(`已生成入驻申请草稿：${INCUBATOR}`).waitFor();
    await statistic('毕业率').getByText('100%').waitFor();
    await statistic('在孵企业').getByText('0', { exact: true }).waitFor();
    await staff.screenshot({ path: '/tmp/incubation-carrier.png', fullPage: true });
    expect(await axeViolations(staff, { exclude: ['.ant-table-measure-row', '.ant-message'] })).toEqual([]);
  });

  it('is usable on a 768 px tablet', async () => {
    await staff.setViewportSize({ width: 768, height: 1024 });
    await staff.goto(`/incubation/${makerspaceId}`);
    await staff.getByRole('heading', { name: MAKERSPACE }).waitFor();
    await staff.getByRole('row').filter({ hasText: TENANT }).waitFor();
    await staff.screenshot({ path: '/tmp/incubation-tablet.png', fullPage: true });
    const overflow = await staff.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows the graduate where it stands on the ladder, with its draft to the next rung (390 px phone)', async () => {
    const tenant = await newPage(browser);
    await tenant.setViewportSize({ width: 390, height: 844 });
    await login(tenant, TENANT_EMAIL, TENANT_PASSWORD);
    await tenant.goto('/enterprises');
    const card = tenant.locator('.ant-card').filter({ hasText: '我的孵化进程' });
    await card.getByText(MAKERSPACE).waitFor();
    await card.getByText('毕业', { exact: true }).waitFor();
    await card.getByRole('link', { name: '查看申请草稿' }).waitFor();
    await tenant.screenshot({ path: '/tmp/incubation-enterprise.png', fullPage: true });
    expect(await axeViolations(tenant)).toEqual([]);
    await tenant.close();
  });
});
