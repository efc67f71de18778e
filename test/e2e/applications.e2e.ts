import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { checkUscc, randomUscc } from '../../apps/admin/src/pages/register/uscc.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN } from './support/graphql.js';

interface ParkRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  freeLandMu: number;
  totalLandMu: number;
  targetIndustries: string[];
  forbiddenIndustries: string[];
}

const INCUBATION = new Set(['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR']);
const REQUESTED_MU = 12.5;
const PASSWORD = 'e2e-password-1';

/** A number as the park list prints it (zh-CN grouping, 1 decimal). */
const landText = (mu: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(mu);

/** The park's row in the park list (searched by its code). */
const parkRow = async (page: Page, park: ParkRow) => {
  await page.getByRole('menu').getByText('园区', { exact: true }).click();
  await page.waitForURL('**/parks');
  await page.getByLabel('按名称搜索').fill(park.code);
  await page.keyboard.press('Enter');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: park.name, exact: true }) });
  await row.waitFor();
  return row;
};

/** The free land the row shows ("1,187.5 / 3,000 亩 · …"), once it reads `expected`. */
const freeLandShown = async (page: Page, park: ParkRow, expected: number): Promise<number> => {
  const row = await parkRow(page, park);
  const bar = row.getByText(new RegExp(`^${landText(expected)} / .* 亩 · `));
  await bar.waitFor();
  return Number((await bar.innerText()).split(' / ')[0]!.replace(/,/g, ''));
};

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024, 0x20), Buffer.from('\n%%EOF\n')]);

/** Picks a PDF for each named document of the wizard's checklist (its button: "选择文件：营业执照"). */
const attachDocuments = async (page: Page, ...documents: string[]) => {
  for (const document of documents) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: `选择文件：${document}` }).click(),
    ]);
    await chooser.setFiles({ name: `${document}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await page.getByText(`${document}.pdf`, { exact: true }).first().waitFor();
  }
};

jest.setTimeout(E2E_TIMEOUT_MS * 2);
describe('placement applications', () => {
  let browser: Browser;
  let enterprise: Page;
  let park: ParkRow;
  const uscc = randomUscc();
  const suffix = String(Date.now() % 1_000_000);
  const companyName = `新疆天山智造科技有限公司${suffix}`;
  const email = `e2e-${suffix}@example.com`;

  beforeAll(async () => {
    browser = await launchBrowser();
    enterprise = await newPage(browser);
    const { data } = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, {
      email: DEMO_USERS.BUREAU_STAFF,
      password: DEMO_PASSWORD,
    });
    const parks = await graphqlRequest<{ parks: ParkRow[] }>(
      '{ parks { id code name kind freeLandMu totalLandMu targetIndustries forbiddenIndustries } }',
      {},
      { token: data?.login.accessToken },
    );
    const all = parks.data?.parks ?? [];
    // a park with land to spare that takes a new-materials project (the profile below), whose name
    // no other park's name contains (so typing it picks it)
    const candidates = all.filter(
      (p) =>
        !INCUBATION.has(p.kind) &&
        (p.targetIndustries.length === 0 || p.targetIndustries.includes('NEW_MATERIALS')) &&
        !p.forbiddenIndustries.includes('NEW_MATERIALS') &&
        p.freeLandMu >= 100 &&
        p.totalLandMu > 0 &&
        !all.some((other) => other.id !== p.id && other.name.includes(p.name)),
    );
    expect(candidates.length).toBeGreaterThan(0);
    park = candidates[0]!;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an enterprise registers with its USCC, checked while it types, and is signed in', async () => {
    expect(checkUscc(uscc).valid).toBe(true);
    await enterprise.goto('/login');
    await enterprise.getByRole('link', { name: '企业注册' }).click();
    await enterprise.waitForURL('**/register');
    const wrongCheck = uscc.charAt(17) === '0' ? '1' : '0';
    await enterprise.getByLabel('统一社会信用代码').fill(`${uscc.slice(0, 17)}${wrongCheck}`);
    await enterprise.getByText(`校验位应为 ${uscc.charAt(17)}`, { exact: true }).waitFor();
    await enterprise.getByLabel('统一社会信用代码').fill(uscc);
    await enterprise.getByText('校验位正确', { exact: true }).waitFor();
    await enterprise.getByLabel('企业名称').fill(companyName);
    await enterprise.getByLabel('邮箱').fill(email);
    await enterprise.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await enterprise.getByLabel('确认密码').fill(PASSWORD);
    await enterprise.getByRole('button', { name: '注册并登录' }).click();
    await enterprise.waitForURL('**/enterprises');
    await enterprise.getByRole('heading', { name: '我的企业档案' }).waitFor();
    await enterprise.getByText(uscc, { exact: true }).waitFor();
    await enterprise.getByRole('group', { name: '当前用户' }).getByText('企业用户', { exact: true }).waitFor();
  });

  it('refuses a code whose check character is wrong, with the server’s reason too', async () => {
    const { errors } = await graphqlRequest(
      'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken } }',
      {
        input: {
          uscc: `${uscc.slice(0, 17)}${uscc.charAt(17) === '0' ? '1' : '0'}`,
          name: '校验位错误的企业',
          email: `bad-${suffix}@example.com`,
          password: PASSWORD,
        },
      },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(uscc.charAt(17));
  });

  it('fills its profile; money typed in 万元 is stored in yuan', async () => {
    await enterprise.getByLabel('职工总数').fill('120');
    await enterprise.getByLabel('科技人员数').fill('36');
    await enterprise.getByLabel('近一年销售（营业）收入').fill('1500');
    await enterprise.getByLabel('近一年研发费用').fill('82.5');
    await enterprise.getByLabel('所属产业').fill('新材料');
    await enterprise.keyboard.press('Enter');
    await enterprise.getByLabel('注册成立日期').fill('2018-05-01');
    await enterprise.keyboard.press('Enter');
    await enterprise.getByRole('button', { name: '保存档案' }).click();
    await enterprise.getByText('企业档案已保存').waitFor();
    // each saved fact now shows its source
    await enterprise.getByText('自报', { exact: true }).first().waitFor();

    const session = await graphqlRequest<{ login: { accessToken: string } }>(LOGIN, { email, password: PASSWORD });
    const mine = await graphqlRequest<{
      myEnterprise: { revenue: number; rdExpense: number; employees: number; registeredAt: string; industry: string };
    }>(
      '{ myEnterprise { revenue rdExpense employees registeredAt industry } }',
      {},
      { token: session.data?.login.accessToken },
    );
    expect(mine.data?.myEnterprise).toMatchObject({
      revenue: 15_000_000,
      rdExpense: 825_000,
      employees: 120,
      registeredAt: '2018-05-01',
    });
    expect(mine.data?.myEnterprise.industry).toBeTruthy();
  });

  it('submits an application for land in a park through the wizard', async () => {
    await enterprise.getByRole('menu').getByText('入驻申请', { exact: true }).click();
    await enterprise.getByRole('heading', { name: '我的入驻申请' }).waitFor();
    await enterprise.getByRole('button', { name: '新建申请' }).click();
    await enterprise.waitForURL('**/applications/create');
    await enterprise.getByText('项目用地', { exact: true }).click();
    await expect(enterprise.getByRole('radio', { name: '项目用地' }).isChecked()).resolves.toBe(true);
    await enterprise.getByLabel('用地面积').fill(String(REQUESTED_MU));
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByRole('combobox', { name: '意向园区' }).click();
    await enterprise.keyboard.type(park.name);
    await enterprise
      .getByRole('option', { name: new RegExp(`^${park.name} `) })
      .first()
      .waitFor({ state: 'attached' });
    await enterprise.keyboard.press('Enter');
    await enterprise.keyboard.press('Escape');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByLabel('项目简介').fill('年产 5000 吨铝基电子新材料生产线');
    await enterprise.getByLabel('计划投资').fill('8000');
    await enterprise.getByLabel('预计新增就业').fill('60');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await attachDocuments(enterprise, '营业执照', '可行性研究报告', '项目能耗及环保情况说明');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByRole('cell', { name: `${landText(REQUESTED_MU)} 亩`, exact: true }).waitFor();
    await enterprise.getByRole('cell', { name: park.name, exact: true }).waitFor();
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    await enterprise.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await enterprise.getByText('已提交', { exact: true }).first().waitFor();
  });

  it('staff approve it to that park, and the park’s free land drops by the land applied for', async () => {
    const staff = await newPage(browser);
    await login(staff, DEMO_USERS.BUREAU_STAFF);
    const before = await freeLandShown(staff, park, park.freeLandMu);
    expect(before).toBe(park.freeLandMu);

    await staff.getByRole('menu').getByText('入驻申请', { exact: true }).click();
    await staff.getByRole('heading', { name: '入驻申请审核' }).waitFor();
    const row = staff.getByRole('row').filter({ hasText: companyName });
    await row.getByRole('link', { name: '项目用地' }).click();
    await staff.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await staff.getByRole('button', { name: '受理审核' }).click();
    await staff.getByText('审核中', { exact: true }).first().waitFor();
    await staff.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: '批准申请' });
    await dialog.getByText(`本申请需要 ${landText(REQUESTED_MU)} 亩`).waitFor();
    // the preferred park that has room is chosen already, with its free space shown
    await dialog
      .getByText(new RegExp(`${park.name}.*可用土地`))
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: '批准' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('已批准', { exact: true }).first().waitFor();
    await staff.getByRole('link', { name: park.name, exact: true }).first().waitFor();

    const after = await freeLandShown(staff, park, before - REQUESTED_MU);
    expect(after).toBeCloseTo(before - REQUESTED_MU, 6);
    // and the park's own page says so too
    await staff.getByRole('link', { name: park.name, exact: true }).first().click();
    await staff.getByRole('cell', { name: `${landText(before - REQUESTED_MU)} 亩`, exact: true }).waitFor();
    await staff.context().close();
  });

  it('the enterprise sees the decision in its timeline and a notification', async () => {
    await enterprise.reload();
    const timeline = enterprise.getByRole('region', { name: '办理进度' });
    for (const status of ['已提交', '审核中', '已批准']) await timeline.getByText(status, { exact: true }).waitFor();
    await enterprise.getByRole('link', { name: /^消息通知，[1-9]\d* 条未读$/ }).click();
    await enterprise.waitForURL('**/notifications');
    await enterprise.getByRole('table').getByText(/批准/).first().waitFor();
  });
  it('keeps an unfinished application as a draft, continued and submitted later', async () => {
    await enterprise.goto('/applications/create');
    await enterprise.getByText('办公用房', { exact: true }).click();
    await enterprise.getByLabel('建筑面积').fill('300');
    await enterprise.getByRole('button', { name: '保存草稿' }).click();
    await enterprise.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await enterprise.getByText('草稿', { exact: true }).first().waitFor();
    await enterprise.getByRole('button', { name: '继续填写' }).click();
    await enterprise.waitForURL(/\/applications\/create\?draft=/);
    await expect(enterprise.getByLabel('建筑面积').inputValue()).resolves.toBe('300');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByLabel('项目简介').fill('研发中心办公');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await attachDocuments(enterprise, '营业执照');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByRole('cell', { name: '300 m²', exact: true }).waitFor();
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    await enterprise.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await enterprise.getByRole('region', { name: '办理进度' }).getByText('已提交', { exact: true }).waitFor();
  });
});
