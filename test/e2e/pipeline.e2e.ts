import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { DEMO_PASSWORD, DEMO_USERS, launchBrowser, login, newPage } from './support/browser.js';
import { graphqlRequest, LOGIN, type SessionUser } from './support/graphql.js';
import { E2E_TIMEOUT_MS } from './support/timeouts.js';

/**
 * The bureau's dashboard (招商看板): staff land on it; a lead created through the API is counted in
 * the funnel's table and in the breakdown, whose dimension switch regroups the same leads; a cell
 * of the chain-coverage map opens its segment's leads, and from there the lead's page.
 */

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
/** antd's theme colours and internals, as in the other pages' checks (see leads.e2e.ts). */
const THEME = [
  '.ant-btn-primary',
  '.ant-btn-dangerous',
  'a',
  '.ant-descriptions-item-label',
  '.ant-table-measure-row',
  '.ant-select',
  '.ant-page-header-back-button',
  '.ant-segmented',
  '.ant-picker',
  '.ant-switch',
];

type Row = { key: string | null; label: string; leads: number };

jest.setTimeout(E2E_TIMEOUT_MS * 3);
describe('the bureau’s dashboard', () => {
  let browser: Browser;
  let staff: Page;
  let token = '';
  let user: SessionUser;
  const suffix = String(Date.now() % 1_000_000);
  const companyName = `新疆看板测试材料有限公司${suffix}`;
  let segment = { code: '', name: '' };
  let leadId = '';

  const api = async <T = any>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphqlRequest<T>(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  /** The breakdown's table row of one group, read after the chart is switched to its table. */
  const breakdownRow = (label: string) =>
    staff
      .getByRole('region', { name: '分项统计' })
      .getByRole('row')
      .filter({ has: staff.getByRole('cell', { name: label, exact: true }) });

  beforeAll(async () => {
    const session = await graphqlRequest<{ login: { accessToken: string; user: SessionUser } }>(LOGIN, {
      email: DEMO_USERS.BUREAU_STAFF,
      password: DEMO_PASSWORD,
    });
    token = session.data!.login.accessToken;
    user = session.data!.login.user;
    const industries = await api<{ industries: { code: string; segments: { code: string; name: string }[] }[] }>(
      '{ industries { code segments { code name } } }',
    );
    const materials = industries.industries.find((i) => i.code === 'NEW_MATERIALS')!;
    segment = materials.segments[materials.segments.length - 1]!;
    const created = await api<{ createLead: { id: string } }>(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          companyName,
          source: 'OFFSHORE_INCUBATOR',
          industryCode: 'NEW_MATERIALS',
          chainSegment: segment.code,
          plannedInvestment: 123_400_000,
          allowDuplicate: true,
        },
      },
    );
    leadId = created.createLead.id;
    browser = await launchBrowser();
    staff = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('staff land on the dashboard, and the new lead is counted in the funnel’s table', async () => {
    await login(staff, DEMO_USERS.BUREAU_STAFF);
    await staff.waitForURL('**/pipeline');
    await staff.getByRole('heading', { name: '招商看板' }).waitFor();
    await expect(staff.getByRole('switch', { name: '包含示例数据' }).isChecked()).resolves.toBe(false);
    const summary = await api<{ pipelineSummary: { stages: { stage: string; count: number }[] } }>(
      '{ pipelineSummary { stages { stage count } } }',
    );
    const atLead = summary.pipelineSummary.stages.find((s) => s.stage === 'LEAD')!.count;
    expect(atLead).toBeGreaterThan(0);
    const stages = staff.getByRole('region', { name: '各阶段明细' });
    const leadRow = stages.getByRole('row').filter({ has: staff.getByRole('cell', { name: '线索', exact: true }) });
    await expect(leadRow.getByRole('cell').nth(1).textContent()).resolves.toBe(String(atLead));
    await staff.getByRole('img', { name: /月度趋势折线图/ }).waitFor();
    await staff.getByRole('img', { name: /招商漏斗/ }).waitFor();
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
    await staff.screenshot({ path: `${SHOTS}/pipeline-dashboard-desktop.png`, fullPage: true, timeout: 60_000 });
  });

  it('the breakdown counts the lead by source, then regroups by cluster and owner', async () => {
    const rows = async (dimension: string) =>
      (
        await api<{ leadBreakdown: { rows: Row[] } }>(
          'query ($d: LeadDimension!) { leadBreakdown(dimension: $d) { rows { key label leads } } }',
          { d: dimension },
        )
      ).leadBreakdown.rows;
    const region = staff.getByRole('region', { name: '分项统计' });
    await region.getByRole('switch', { name: '分项统计：以表格显示' }).click();

    await region.getByText('来源', { exact: true }).click();
    const offshore = (await rows('SOURCE')).find((r) => r.key === 'OFFSHORE_INCUBATOR')!;
    expect(offshore.leads).toBeGreaterThanOrEqual(1);
    await breakdownRow('离岸孵化器').waitFor();
    await expect(breakdownRow('离岸孵化器').getByRole('cell').nth(1).textContent()).resolves.toBe(
      String(offshore.leads),
    );

    await region.getByText('产业', { exact: true }).click();
    const materials = (await rows('INDUSTRY')).find((r) => r.key === 'NEW_MATERIALS')!;
    await expect(breakdownRow('新材料').getByRole('cell').nth(1).textContent()).resolves.toBe(String(materials.leads));

    await region.getByText('负责人', { exact: true }).click();
    const mine = (await rows('OWNER')).find((r) => r.key === user.id)!;
    await expect(breakdownRow(user.name).getByRole('cell').nth(1).textContent()).resolves.toBe(String(mine.leads));

    await staff.getByRole('region', { name: '计划 · 合同 · 实际' }).getByText('投资', { exact: true }).waitFor();
    expect(await axeViolations(staff, { include: ['.ant-layout-content'], exclude: THEME })).toEqual([]);
  });

  it('a chain-coverage cell opens its segment’s leads, and the lead’s page from there', async () => {
    const map = staff.getByRole('region', { name: /产业链图谱/ });
    await map
      .getByRole('list', { name: '图例' })
      .getByText(/缺失：/)
      .waitFor();
    const cell = map.getByRole('button', { name: new RegExp(`^新材料 · ${segment.name}：`) });
    await expect(cell.getAttribute('aria-label')).resolves.toMatch(/(跟进中|已落地)/);
    await cell.click();
    const drawer = staff.getByRole('dialog', { name: `新材料 · ${segment.name}` });
    await drawer.waitFor();
    await drawer.getByRole('link', { name: companyName }).waitFor();
    const inSegment = await api<{ leads: { totalCount: number } }>(
      'query ($f: LeadFilter) { leads(filter: $f, first: 1) { totalCount } }',
      { f: { industryCode: 'NEW_MATERIALS', chainSegment: segment.code } },
    );
    await drawer.getByText(`共 ${inSegment.leads.totalCount} 条线索`, { exact: false }).waitFor();
    expect(await axeViolations(staff, { include: ['.ant-drawer-content'], exclude: THEME })).toEqual([]);
    await staff.screenshot({ path: `${SHOTS}/pipeline-coverage-drawer.png` });
    await drawer.getByRole('link', { name: companyName }).click();
    await staff.waitForURL(`**/leads/${leadId}`);
    await staff.getByText(companyName).first().waitFor();
  });
});
