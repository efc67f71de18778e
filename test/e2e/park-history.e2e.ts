import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

const STAMP = Date.now().toString(36).toUpperCase();
const PARK_CODE = `HIST_${STAMP}`;
const PARK_NAME = `空间记录园${STAMP}`;
const TENANT = `入驻测试企业${STAMP}`;
const REASON = `东侧地块划为市政道路${STAMP}`;

const tokenOf = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password });
  return session.data!.login.accessToken;
};

/** Staff approve an application once park matching has screened it (the version moves meanwhile). */
const approve = async (token: string, applicationId: string, parkId: string) => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const { data } = await graphqlRequest<{ application: { version: number; status: string } }>(
      'query ($id: ID!) { application(id: $id) { version status } }',
      { id: applicationId },
      { token },
    );
    const result = await graphqlRequest(
      `mutation ($id: ID!, $version: Int!, $parkId: ID) {
        decideApplication(id: $id, version: $version, decision: APPROVED, parkId: $parkId, reason: "符合园区定位") { id } }`,
      { id: applicationId, version: data!.application.version, parkId },
      { token },
    );
    if (!result.errors) return;
    if (result.errors[0].extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(result.errors));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the application kept changing');
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('a park’s tenants and space history', () => {
  let browser: Browser;
  let admin: Page;
  let parkId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const adminToken = await tokenOf(DEMO_USERS.ADMIN);
    const created = await graphqlRequest<{ createPark: { id: string } }>(
      `mutation ($input: CreateParkInput!) { createPark(input: $input) { id } }`,
      {
        input: {
          code: PARK_CODE,
          name: PARK_NAME,
          nameEn: `Space history park ${STAMP}`,
          kind: 'INDUSTRIAL_PARK',
          forbidsThreeHigh: false,
          maxPollution: 'HIGH',
          totalLandMu: 500,
          freeLandMu: 100,
          totalFloorSqm: 20000,
          freeFloorSqm: 5000,
          lng: 87.6,
          lat: 43.8,
        },
      },
      { token: adminToken },
    );
    expect(created.errors).toBeUndefined();
    parkId = created.data!.createPark.id;

    // An enterprise applies for 12 mu; staff approve it into the park and confirm the move-in.
    const password = 'tenant-password-42';
    const registered = await graphqlRequest<{
      registerEnterprise: { accessToken: string; user: { enterprise: { id: string } } };
    }>(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { enterprise { id } } } }',
      { input: { uscc: randomUscc(), name: TENANT, email: `tenant-${STAMP.toLowerCase()}@example.com`, password } },
    );
    expect(registered.errors).toBeUndefined();
    const tenantToken = registered.data!.registerEnterprise.accessToken;
    const profile = await graphqlRequest(
      'mutation ($id: ID!, $input: EnterpriseProfileInput!) { updateEnterpriseProfile(id: $id, input: $input) { id } }',
      {
        id: registered.data!.registerEnterprise.user.enterprise.id,
        input: { industry: 'NEW_MATERIALS', tier: 'HIGH_TECH' },
      },
      { token: tenantToken },
    );
    expect(profile.errors).toBeUndefined();
    const submitted = await graphqlRequest<{ submitApplication: { id: string } }>(
      'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      {
        input: {
          kind: 'LAND',
          landMu: 12,
          summary: '新建生产线',
          plannedInvestment: 100_000_000,
          jobs: 80,
          energyTce: 500,
          pollutionCategory: 'LOW',
        },
      },
      { token: tenantToken },
    );
    expect(submitted.errors).toBeUndefined();
    const staffToken = await tokenOf(DEMO_USERS.BUREAU_STAFF);
    const applicationId = submitted.data!.submitApplication.id;
    await approve(staffToken, applicationId, parkId);
    const { data } = await graphqlRequest<{ application: { version: number } }>(
      'query ($id: ID!) { application(id: $id) { version } }',
      { id: applicationId },
      { token: staffToken },
    );
    const moved = await graphqlRequest(
      'mutation ($id: ID!, $version: Int!) { markMovedIn(id: $id, version: $version) { id } }',
      { id: applicationId, version: data!.application.version },
      { token: staffToken },
    );
    expect(moved.errors).toBeUndefined();

    admin = await newPage(browser);
    await login(admin, DEMO_USERS.ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the park’s tenants with the space they hold, linking to the enterprise', async () => {
    await admin.goto(`/parks/${parkId}`);
    await admin.getByRole('heading', { name: PARK_NAME }).waitFor();
    const tenants = admin.getByRole('table', { name: '入驻企业' });
    const row = tenants.getByRole('row').filter({ has: admin.getByRole('link', { name: TENANT }) });
    await row.waitFor();
    await row.getByRole('cell', { name: '新材料' }).waitFor();
    await row.getByRole('cell', { name: '高新技术企业', exact: true }).waitFor();
    await row.getByRole('cell', { name: '12 亩', exact: true }).waitFor();
    // the approval that took the space, linked to its application
    const history = admin.getByRole('table', { name: '空间变动记录' });
    const taken = history.getByRole('row').filter({ hasText: '审批占用' });
    await taken.getByText('−12 亩').waitFor();
    await taken.getByRole('link', { name: TENANT }).waitFor();
    await taken.getByRole('link', { name: '查看入驻申请' }).waitFor();
    await history.getByRole('row').filter({ hasText: '园区建档' }).waitFor();
    // the two new parts of the page (the page's header and park fields are checked elsewhere)
    const scope = { include: ['#park-tenants', '#park-space-history'], exclude: ['.ant-table-measure-row'] };
    expect(await axeViolations(admin, scope)).toEqual([]);
    await admin.screenshot({ path: '/tmp/parks-show.png', fullPage: true });
  });

  it('asks for a reason when an admin edits the free space, then shows the edit in the history', async () => {
    await admin.getByRole('button', { name: /编辑/ }).click();
    await admin.waitForURL(/\/parks\/[0-9a-f-]{36}\/edit$/);
    const freeLand = admin.getByLabel('可用土地', { exact: true });
    await freeLand.fill('80');
    const reason = admin.getByLabel('空间调整原因');
    await reason.waitFor();
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByText('请说明调整可用空间的原因').waitFor();
    expect(admin.url()).toMatch(/\/edit$/);
    await admin.screenshot({ path: '/tmp/parks-edit-reason.png', fullPage: true });
    await reason.fill(REASON);
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(/\/parks\/[0-9a-f-]{36}$/);
    const history = admin.getByRole('table', { name: '空间变动记录' });
    const edit = history.getByRole('row').filter({ hasText: REASON });
    await edit.getByText('手动调整', { exact: true }).waitFor();
    await edit.getByText('−8 亩').waitFor();
    await edit.getByText('管理员', { exact: false }).first().waitFor();
    // newest first
    await expect(history.getByRole('row').nth(1).textContent()).resolves.toContain(REASON);
    await admin.screenshot({ path: '/tmp/parks-history.png', fullPage: true });

    // the same in English
    await admin.getByRole('radiogroup', { name: '语言' }).getByText('English', { exact: true }).click();
    const english = admin.getByRole('table', { name: 'Space history' });
    await english.getByRole('row').filter({ hasText: REASON }).getByText('Edited by hand', { exact: true }).waitFor();
    await admin.getByRole('table', { name: 'Tenants' }).getByRole('link', { name: TENANT }).waitFor();
    await admin.screenshot({ path: '/tmp/parks-history-en.png', fullPage: true });
    await admin.getByRole('radiogroup', { name: 'Language' }).getByText('中文', { exact: true }).click();
  });

  it('shows staff the tenants and history, and an enterprise neither', async () => {
    const staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
    await staff.goto(`/parks/${parkId}`);
    await staff.getByRole('table', { name: '空间变动记录' }).getByText(REASON).waitFor();
    await staff.context().close();
    const enterprise = await newPage(browser);
    await login(enterprise, DEMO_USERS.ENTERPRISE);
    await enterprise.goto(`/parks/${parkId}`);
    await enterprise.getByRole('heading', { name: PARK_NAME }).waitFor();
    expect(await enterprise.getByRole('table', { name: '空间变动记录' }).count()).toBe(0);
    expect(await enterprise.getByText(TENANT).count()).toBe(0);
    await enterprise.context().close();
  });
});
