import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { createPark, enterpriseWith } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * KPI sums on a known data set: six real leads in four clusters, two parks, four sources and two
 * owners, moved through the stages by the API, with actuals rows written straight into
 * lead_actuals (their mutation is built elsewhere), and one sample lead that counts only when asked.
 */

const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: LeadStage!, $note: String) {
  moveLeadStage(id: $id, version: $version, stage: $stage, note: $note) { id version stage } }`;
const LOG = `mutation ($leadId: ID!, $input: ActivityInput!) { logLeadActivity(leadId: $leadId, input: $input) { id } }`;
const ROW = `key label leads open signed lost conversion plannedInvestment contractedInvestment actualInvestment
  plannedJobs contractedJobs actualHires expectedTax contractedTax actualTax`;
const BREAKDOWN = `query ($dimension: LeadDimension!, $filter: LeadFilter, $period: PeriodInput, $includeSample: Boolean) {
  leadBreakdown(dimension: $dimension, filter: $filter, period: $period, includeSample: $includeSample) {
    dimension basis rows { ${ROW} } total { ${ROW} } } }`;
const TREND = `query ($period: PeriodInput, $includeSample: Boolean, $filter: LeadFilter) {
  leadTrend(period: $period, includeSample: $includeSample, filter: $filter) {
    month newLeads signed contractedInvestment landed enquiriesLate } }`;

type Row = Record<string, any>;

/** Months back on Beijing's calendar (the KPIs' months), as a timestamptz. */
const BEIJING_AGO = (months: string) =>
  `((now() AT TIME ZONE 'Asia/Shanghai') - interval '${months}') AT TIME ZONE 'Asia/Shanghai'`;

let api: TestApp;
let ownerA: { id: string; token: string };
let ownerB: { id: string; token: string };
let parkOne: string;
let parkTwo: string;
const ids: Record<string, string> = {};
let segments: string[] = [];
let seq = 0;

/** YYYY-MM of today shifted by `delta` months, Beijing time. */
const monthKey = (delta: number) => {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

async function lead(fields: Record<string, unknown>, owner = ownerA) {
  seq += 1;
  const result = await api.gql(
    CREATE,
    { input: { companyName: `新疆KPI测试${seq}号实业有限公司`, allowDuplicate: true, ownerId: owner.id, ...fields } },
    { token: ownerA.token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createLead as { id: string; version: number };
}

async function move(created: { id: string; version: number }, stage: string, note?: string) {
  const moved = await api.gql(MOVE, { id: created.id, version: created.version, stage, note }, { token: ownerA.token });
  if (!moved.data) throw new Error(JSON.stringify(moved.errors));
  return moved.data.moveLeadStage as { id: string; version: number };
}

const gql = (query: string, variables: Record<string, unknown>, locale?: string) =>
  api.gql(query, variables, { token: ownerA.token, locale });

const byKey = (rows: Row[], key: string | null) => rows.find((row) => row.key === key);

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  ownerA = await api.userWithRole('BUREAU_STAFF');
  ownerB = await api.userWithRole('BUREAU_STAFF');
  parkOne = await createPark(api, 'KPI_P1');
  parkTwo = await createPark(api, 'KPI_P2');
  const industries = await api.gql('{ industries { code segments { code } } }', {}, { token: ownerA.token });
  segments = industries
    .data!.industries.find((i: { code: string }) => i.code === 'NEW_MATERIALS')
    .segments.map((s: { code: string }) => s.code);

  // L1 NEW_MATERIALS · park 1 · 广交会 · A: signed (contract 8,000 万), two years of actuals.
  const contract = { signedOn: '2025-06-15', contractedInvestment: 80e6, contractedJobs: 90, contractedAnnualTax: 4e6 };
  const l1 = await lead({
    industryCode: 'NEW_MATERIALS',
    targetParkId: parkOne,
    source: 'CANTON_FAIR',
    plannedInvestment: 100e6,
    jobs: 100,
    expectedAnnualTax: 5e6,
    ...contract,
  });
  ids.l1 = (await move(l1, 'SIGNED')).id;
  // L2 NEW_MATERIALS · park 2 · 对口援疆 · B: negotiating.
  const l2 = await lead(
    {
      industryCode: 'NEW_MATERIALS',
      targetParkId: parkTwo,
      source: 'PAIRING_PROVINCE',
      chainSegment: segments[0],
      plannedInvestment: 200e6,
      jobs: 50,
      expectedAnnualTax: 2e6,
    },
    ownerB,
  );
  ids.l2 = (await move(l2, 'NEGOTIATING')).id;
  // L3 BIOMEDICINE · park 1 · 广交会 · B: lost (its planned figures leave the sums).
  const l3 = await lead(
    { industryCode: 'BIOMEDICINE', targetParkId: parkOne, source: 'CANTON_FAIR', plannedInvestment: 60e6, jobs: 30 },
    ownerB,
  );
  ids.l3 = (await move(l3, 'LOST', '改投他区')).id;
  // L4 BIOMEDICINE · no park · 在线咨询 · A: an enquiry two months ago, never answered.
  const enquiryDay = `${monthKey(-2)}-10T09:00:00+08:00`;
  ids.l4 = (
    await lead({
      industryCode: 'BIOMEDICINE',
      source: 'ONLINE_ENQUIRY',
      plannedInvestment: 10e6,
      enquiryReceivedAt: enquiryDay,
    })
  ).id;
  // L5 NEXT_GEN_IT · no park · 在线咨询 · B: the same enquiry, answered today (late).
  ids.l5 = (
    await lead({ industryCode: 'NEXT_GEN_IT', source: 'ONLINE_ENQUIRY', enquiryReceivedAt: enquiryDay }, ownerB)
  ).id;
  await api.gql(
    LOG,
    { leadId: ids.l5, input: { kind: 'CALL', occurredAt: new Date().toISOString(), summary: '回电答复咨询' } },
    { token: ownerA.token },
  );
  // L6 ADVANCED_EQUIPMENT · park 2 · 以商招商 · A: straight to operating, one year of actuals.
  const l6 = await lead({
    industryCode: 'ADVANCED_EQUIPMENT',
    targetParkId: parkTwo,
    source: 'VIA_ENTERPRISE',
    uscc: nextUscc(),
    plannedInvestment: 50e6,
    jobs: 20,
    expectedAnnualTax: 1e6,
    signedOn: '2026-03-01',
    contractedInvestment: 40e6,
    contractedJobs: 25,
    contractedAnnualTax: 1.5e6,
    constructionStartedOn: '2026-04-01',
    operatingSince: '2026-09-01',
  });
  ids.l6 = (await move(l6, 'OPERATING')).id;
  // A sample (demo) lead: the demo set flags it; only counted when asked.
  ids.sample = (
    await lead({
      industryCode: 'NEW_MATERIALS',
      chainSegment: segments[1],
      targetParkId: parkOne,
      source: 'CANTON_FAIR',
      plannedInvestment: 999e6,
    })
  ).id;
  await api.dataSource.query('UPDATE leads SET sample = true WHERE id = $1', [ids.sample]);

  const actual =
    'INSERT INTO lead_actuals ("leadId", year, "investmentPaid", hires, "taxPaid") VALUES ($1, $2, $3, $4, $5)';
  await api.dataSource.query(actual, [ids.l1, 2025, 30e6, 40, 1e6]);
  await api.dataSource.query(actual, [ids.l1, 2026, 20e6, 10, 2e6]);
  await api.dataSource.query(actual, [ids.l6, 2026, 40e6, 25, 0.5e6]);
  await api.dataSource.query(actual, [ids.sample, 2026, 7e6, 7, 7e6]);

  // L3 was created three months ago, L1 signed last month (the trend reads these dates).
  await api.dataSource.query(`UPDATE leads SET "createdAt" = ${BEIJING_AGO('3 months')} WHERE id = $1`, [ids.l3]);
  await api.dataSource.query(
    `UPDATE lead_stage_changes SET at = ${BEIJING_AGO('1 month')} WHERE "leadId" = $1 AND "to" = 'SIGNED'`,
    [ids.l1],
  );
});
afterAll(() => api?.close());

describe('lead KPIs on a known data set', () => {
  it('sums planned, contracted and actual figures per cluster, with counts and conversion', async () => {
    const result = await gql(BREAKDOWN, { dimension: 'INDUSTRY' });
    const { rows, total } = result.data!.leadBreakdown;
    expect(rows.map((r: Row) => r.key).sort()).toEqual([
      'ADVANCED_EQUIPMENT',
      'BIOMEDICINE',
      'NEW_MATERIALS',
      'NEXT_GEN_IT',
    ]);
    expect(byKey(rows, 'NEW_MATERIALS')).toEqual({
      key: 'NEW_MATERIALS',
      label: '新材料',
      leads: 2,
      open: 1,
      signed: 1,
      lost: 0,
      conversion: 0.5,
      plannedInvestment: 300e6,
      contractedInvestment: 80e6,
      actualInvestment: 50e6,
      plannedJobs: 150,
      contractedJobs: 90,
      actualHires: 50,
      expectedTax: 7e6,
      contractedTax: 4e6,
      actualTax: 3e6,
    });
    expect(byKey(rows, 'BIOMEDICINE')).toMatchObject({
      leads: 2,
      open: 1,
      lost: 1,
      plannedInvestment: 10e6,
      plannedJobs: 0,
    });
    expect(byKey(rows, 'ADVANCED_EQUIPMENT')).toMatchObject({
      signed: 1,
      contractedInvestment: 40e6,
      actualInvestment: 40e6,
      actualHires: 25,
      actualTax: 0.5e6,
    });
    expect(total).toMatchObject({
      key: null,
      label: '合计',
      leads: 6,
      open: 3,
      signed: 2,
      lost: 1,
      plannedInvestment: 360e6,
      contractedInvestment: 120e6,
      actualInvestment: 90e6,
      actualHires: 75,
    });
    expect(total.conversion).toBeCloseTo(2 / 6);
  });

  it('groups by park, source and owner, labelled in the caller’s language', async () => {
    const parks = (await gql(BREAKDOWN, { dimension: 'PARK' }, 'en-US')).data!.leadBreakdown.rows;
    expect(byKey(parks, parkOne)).toMatchObject({ label: 'Test park KPI_P1', leads: 2, signed: 1, lost: 1 });
    expect(byKey(parks, parkTwo)).toMatchObject({ leads: 2, plannedInvestment: 250e6, contractedInvestment: 40e6 });
    expect(byKey(parks, null)).toMatchObject({ label: 'No target park', leads: 2 });

    const sources = (await gql(BREAKDOWN, { dimension: 'SOURCE' })).data!.leadBreakdown.rows;
    expect(byKey(sources, 'CANTON_FAIR')).toMatchObject({ label: '广交会', leads: 2, plannedInvestment: 100e6 });
    expect(byKey(sources, 'ONLINE_ENQUIRY')).toMatchObject({ label: '在线咨询', leads: 2, open: 2 });

    const owners = (await gql(BREAKDOWN, { dimension: 'OWNER' })).data!.leadBreakdown.rows;
    const names = await api.dataSource.query('SELECT id, name FROM users WHERE id = ANY($1)', [[ownerA.id, ownerB.id]]);
    const nameOf = (id: string) => names.find((u: { id: string }) => u.id === id).name;
    expect(byKey(owners, ownerA.id)).toMatchObject({
      label: nameOf(ownerA.id),
      leads: 3,
      signed: 2,
      actualInvestment: 90e6,
    });
    expect(byKey(owners, ownerB.id)).toMatchObject({ label: nameOf(ownerB.id), leads: 3, signed: 0, lost: 1 });
  });

  it('narrows to a period of creation or of signing, and groups by year signed', async () => {
    const thisMonth = `${monthKey(0)}-01`;
    const recent = (await gql(BREAKDOWN, { dimension: 'INDUSTRY', period: { from: thisMonth } })).data!.leadBreakdown;
    expect(recent.total.leads).toBe(5);
    expect(byKey(recent.rows, 'BIOMEDICINE')).toMatchObject({ leads: 1, lost: 0 });

    const signed2025 = await gql(BREAKDOWN, {
      dimension: 'SOURCE',
      period: { from: '2025-01-01', to: '2025-12-31', basis: 'SIGNED' },
    });
    expect(signed2025.data!.leadBreakdown.rows).toEqual([
      expect.objectContaining({ key: 'CANTON_FAIR', leads: 1, contractedInvestment: 80e6, actualInvestment: 50e6 }),
    ]);

    const years = (await gql(BREAKDOWN, { dimension: 'YEAR', period: { basis: 'SIGNED' } })).data!.leadBreakdown;
    expect(years.basis).toBe('SIGNED');
    expect(years.rows.map((r: Row) => [r.key, r.label, r.leads])).toEqual([
      ['2025', '2025年', 1],
      ['2026', '2026年', 1],
      [null, '无日期', 4],
    ]);
  });

  it('counts per month with zeros between: new leads, signings, landings and late enquiries', async () => {
    const months = (await gql(TREND, {})).data!.leadTrend as Row[];
    expect(months).toHaveLength(12);
    expect(months[11]!.month).toBe(monthKey(0));
    const at = (delta: number) => months.find((m) => m.month === monthKey(delta));
    expect(at(0)).toEqual({
      month: monthKey(0),
      newLeads: 5,
      signed: 1,
      contractedInvestment: 40e6,
      landed: 1,
      enquiriesLate: 0,
    });
    expect(at(-1)).toMatchObject({ newLeads: 0, signed: 1, contractedInvestment: 80e6, landed: 0 });
    expect(at(-2)).toMatchObject({ newLeads: 0, signed: 0, enquiriesLate: 2 });
    expect(at(-3)).toMatchObject({ newLeads: 1 });
    expect(months.reduce((sum, m) => sum + m.newLeads, 0)).toBe(6);
    expect(at(-6)).toEqual({
      month: monthKey(-6),
      newLeads: 0,
      signed: 0,
      contractedInvestment: 0,
      landed: 0,
      enquiriesLate: 0,
    });

    const narrowed = await gql(TREND, {
      period: { from: `${monthKey(-1)}-01`, to: `${monthKey(0)}-01` },
      filter: { industryCode: 'NEW_MATERIALS' },
    });
    expect(narrowed.data!.leadTrend.map((m: Row) => [m.month, m.newLeads, m.signed])).toEqual([
      [monthKey(-1), 0, 1],
      [monthKey(0), 2, 0],
    ]);
  });

  it('counts sample leads only when asked, in every KPI', async () => {
    const withSample = await gql(BREAKDOWN, { dimension: 'INDUSTRY', includeSample: true });
    expect(byKey(withSample.data!.leadBreakdown.rows, 'NEW_MATERIALS')).toMatchObject({
      leads: 3,
      plannedInvestment: 1299e6,
      actualInvestment: 57e6,
    });
    const summary = `query ($s: Boolean) { pipelineSummary(includeSample: $s) { total } dashboard(includeSample: $s) {
      realLeads sampleLeads pipeline { total } } leadTrend(includeSample: $s) { newLeads } }`;
    const without = (await gql(summary, { s: false })).data!;
    const withIt = (await gql(summary, { s: true })).data!;
    expect([without.pipelineSummary.total, without.dashboard.pipeline.total]).toEqual([6, 6]);
    expect([withIt.pipelineSummary.total, withIt.dashboard.pipeline.total]).toEqual([7, 7]);
    expect(without.dashboard).toMatchObject({ realLeads: 6, sampleLeads: 1 });
    const newLeads = (d: Row) => (d.leadTrend as Row[]).reduce((sum, m) => sum + m.newLeads, 0);
    expect([newLeads(without), newLeads(withIt)]).toEqual([6, 7]);
  });

  it('maps chain coverage with samples only when asked, and lists a segment’s leads for its cell', async () => {
    const coverage = `query ($s: Boolean) { dashboard(includeSample: $s) {
      chainCoverage { industryCode segments { code status openLeads } } } }`;
    const cells = async (includeSample: boolean) => {
      const result = await gql(coverage, { s: includeSample });
      const cluster = result.data!.dashboard.chainCoverage.find((c: Row) => c.industryCode === 'NEW_MATERIALS');
      return segments.slice(0, 2).map((code) => cluster.segments.find((s: Row) => s.code === code));
    };
    expect(await cells(false)).toEqual([
      { code: segments[0], status: 'IN_PIPELINE', openLeads: 1 },
      { code: segments[1], status: 'MISSING', openLeads: 0 },
    ]);
    expect((await cells(true))[1]).toEqual({ code: segments[1], status: 'IN_PIPELINE', openLeads: 1 });

    const list = `query ($filter: LeadFilter) { leads(filter: $filter, first: 10) { edges { node { id } } } }`;
    const inSegment = await gql(list, { filter: { industryCode: 'NEW_MATERIALS', chainSegment: segments[0] } });
    expect(inSegment.data!.leads.edges.map((e: Row) => e.node.id)).toEqual([ids.l2]);
  });

  it('refuses a bad period naming the field, and every KPI to an enterprise user', async () => {
    const bad = await gql(BREAKDOWN, { dimension: 'PARK', period: { from: '2026-02-30' } });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toEqual([{ field: 'period.from', message: '应为日期（年-月-日）' }]);
    const reversed = await gql(TREND, { period: { from: '2026-05-01', to: '2026-04-01' } });
    expect(reversed.errors![0].extensions.fields![0].field).toBe('period.to');

    const enterprise = await enterpriseWith(api);
    for (const query of [
      '{ leadBreakdown(dimension: INDUSTRY) { total { leads } } }',
      '{ leadTrend { month } }',
      '{ pipelineSummary(includeSample: true) { total } }',
      '{ dashboard(includeSample: true) { realLeads } }',
    ]) {
      const refused = await api.gql(query, {}, { token: enterprise.token });
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });
});
