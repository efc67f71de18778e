import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { createPark, enterpriseWith } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SHARE = 0.2;
const INTERVAL = 30;

const VISIT = 'id leadId dueOn status doneOn summary assigneeId assigneeName overdue version';
const LEAD = `id stage version commitmentShortfall expansionIntent atRisk atRiskReason aftercareOverdue
  commitments { contractedInvestment investmentPaid hires taxPaid allowedShare recordable
    years { id year investmentPaid hires taxPaid note version }
    shortfalls { measure year committed actual share message } }
  aftercareVisits { ${VISIT} }`;
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
  updateLead(id: $id, version: $version, input: $input) { ${LEAD} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: LeadStage!) {
  moveLeadStage(id: $id, version: $version, stage: $stage) { id version stage } }`;
const GET = `query ($id: ID!) { lead(id: $id) { ${LEAD} } }`;
const LIST = `query ($filter: LeadFilter) { leads(filter: $filter, first: 100) { edges { node { id aftercareOverdue } } } }`;
const RECORD = `mutation ($leadId: ID!, $input: LeadActualInput!, $version: Int) {
  recordLeadActual(leadId: $leadId, input: $input, version: $version) { ${LEAD} } }`;
const DELETE = `mutation ($id: ID!, $version: Int!) { deleteLeadActual(id: $id, version: $version) { ${LEAD} } }`;
const FLAGS = `mutation ($id: ID!, $version: Int!, $input: LeadAftercareFlagsInput!) {
  setLeadAftercareFlags(id: $id, version: $version, input: $input) { ${LEAD} } }`;
const SCHEDULE = `mutation ($leadId: ID!, $input: ScheduleAftercareVisitInput!) {
  scheduleAftercareVisit(leadId: $leadId, input: $input) { ${VISIT} } }`;
const RESCHEDULE = `mutation ($id: ID!, $version: Int!, $input: ScheduleAftercareVisitInput!) {
  rescheduleAftercareVisit(id: $id, version: $version, input: $input) { ${VISIT} } }`;
const COMPLETE = `mutation ($id: ID!, $version: Int!, $input: CompleteAftercareVisitInput!) {
  completeAftercareVisit(id: $id, version: $version, input: $input) { ${VISIT} } }`;
const CANCEL = `mutation ($id: ID!, $version: Int!, $reason: String) {
  cancelAftercareVisit(id: $id, version: $version, reason: $reason) { ${VISIT} } }`;

let api: TestApp;
let staff: { id: string; token: string };
let parkId: string;
let seq = 0;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const ids = (result: { data: Record<string, any> | null }) =>
  result.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id);

/** A lead carrying every field up to OPERATING, moved to `stage`. */
async function leadAt(stage: string): Promise<Record<string, any>> {
  seq += 1;
  const created = await api.gql(
    CREATE,
    {
      input: {
        companyName: `乌鲁木齐落地服务测试${seq}号装备有限公司`,
        source: 'VIA_ENTERPRISE',
        allowDuplicate: true,
        uscc: nextUscc(),
        plannedInvestment: 120_000_000,
        targetParkId: parkId,
        signedOn: '2024-03-01',
        contractedInvestment: 100_000_000,
        contractedJobs: 200,
        contractedAnnualTax: 5_000_000,
        constructionStartedOn: '2024-05-01',
        operatingSince: '2024-12-01',
      },
    },
    { token: staff.token },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const lead = created.data.createLead;
  if (stage === 'LEAD') return lead;
  const moved = await api.gql(MOVE, { id: lead.id, version: lead.version, stage }, { token: staff.token });
  if (!moved.data) throw new Error(JSON.stringify(moved.errors));
  return moved.data.moveLeadStage;
}

async function read(id: string): Promise<Record<string, any>> {
  const result = await api.gql(GET, { id }, { token: staff.token });
  return result.data!.lead;
}

beforeAll(async () => {
  api = await startTestApp({
    redis: false,
    env: { COMMITMENT_SHORTFALL_SHARE: String(SHARE), AFTERCARE_VISIT_INTERVAL_DAYS: String(INTERVAL) },
  });
  staff = await api.userWithRole('BUREAU_STAFF');
  parkId = await createPark(api, 'AFTERCARE_PARK');
});
afterAll(() => api?.close());

describe('commitments and actuals', () => {
  it('records a year, corrects it on its version, refuses a stale version with CONFLICT', async () => {
    const lead = await leadAt('CONSTRUCTING');
    const input = { year: 2024, investmentPaid: 40_000_000, hires: 50, note: '首期到资' };
    const first = await api.gql(RECORD, { leadId: lead.id, input }, { token: staff.token });
    const year = first.data!.recordLeadActual.commitments.years[0];
    expect(year).toMatchObject({ year: 2024, investmentPaid: 40_000_000, hires: 50, taxPaid: null, version: 1 });

    // The same year again without its version: someone recorded it already.
    const blind = await api.gql(RECORD, { leadId: lead.id, input }, { token: staff.token });
    expect(blind.errors![0].extensions.code).toBe('CONFLICT');

    const corrected = await api.gql(
      RECORD,
      { leadId: lead.id, input: { ...input, investmentPaid: 45_000_000 }, version: 1 },
      { token: staff.token },
    );
    expect(corrected.data!.recordLeadActual.commitments).toMatchObject({ investmentPaid: 45_000_000, hires: 50 });
    const stale = await api.gql(
      RECORD,
      { leadId: lead.id, input: { ...input, investmentPaid: 1 }, version: 1 },
      { token: staff.token },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');

    await api.gql(RECORD, { leadId: lead.id, input: { year: 2025, hires: 30 } }, { token: staff.token });
    const saved = await read(lead.id);
    expect(saved.commitments).toMatchObject({ investmentPaid: 45_000_000, hires: 80, recordable: true });
    expect(saved.commitments.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025]);

    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE "entityId" = $1 AND action LIKE 'lead.actual%' ORDER BY at`,
      [lead.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'lead.actual.record',
      'lead.actual.record',
      'lead.actual.record',
    ]);
  });

  it('refuses actuals before signing, naming the stage', async () => {
    const lead = await leadAt('LEAD');
    const result = await api.gql(
      RECORD,
      { leadId: lead.id, input: { year: 2024, hires: 5 } },
      { token: staff.token, locale: 'en-US' },
    );
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'stage' })]);
    expect(result.errors![0].message).toContain('lead stage');
    const zh = await api.gql(RECORD, { leadId: lead.id, input: { year: 2024, hires: 5 } }, { token: staff.token });
    expect(zh.errors![0].message).toContain('“线索”阶段');
  });

  it('names the faulty field of bad input', async () => {
    const lead = await leadAt('SIGNED');
    const nextYear = Number(today().slice(0, 4)) + 1;
    const cases: [Record<string, unknown>, string][] = [
      [{ year: nextYear, hires: 3 }, 'year'],
      [{ year: 2024 }, 'investmentPaid'],
      [{ year: 2024, hires: -1 }, 'hires'],
      [{ year: 2024, taxPaid: -5 }, 'taxPaid'],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(RECORD, { leadId: lead.id, input }, { token: staff.token });
      expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
    }
    expect((await read(lead.id)).commitments.years).toEqual([]);
  });

  it('flags a shortfall beyond the configured share, filterable, and clears it when the gap closes', async () => {
    const lead = await leadAt('OPERATING');
    // 15 % short of 100 million: within the 20 % allowed.
    const ok = await api.gql(
      RECORD,
      { leadId: lead.id, input: { year: 2024, investmentPaid: 85_000_000 } },
      { token: staff.token },
    );
    expect(ok.data!.recordLeadActual).toMatchObject({ commitmentShortfall: false });
    expect(ok.data!.recordLeadActual.commitments).toMatchObject({ allowedShare: SHARE, shortfalls: [] });

    // Corrected down to 70 million: 30 % short.
    const short = await api.gql(
      RECORD,
      { leadId: lead.id, input: { year: 2024, investmentPaid: 70_000_000 }, version: 1 },
      { token: staff.token },
    );
    const flagged = short.data!.recordLeadActual;
    expect(flagged.commitmentShortfall).toBe(true);
    expect(flagged.commitments.shortfalls).toEqual([
      {
        measure: 'INVESTMENT',
        year: null,
        committed: 100_000_000,
        actual: 70_000_000,
        share: 0.3,
        message: '累计到资低于合同承诺 30%（允许 20%）',
      },
    ]);
    expect(ids(await api.gql(LIST, { filter: { shortfall: true } }, { token: staff.token }))).toContain(lead.id);

    // A full tax year far below the contract is a second shortfall, in the caller's language.
    const taxed = await api.gql(
      RECORD,
      { leadId: lead.id, input: { year: 2025, taxPaid: 1_000_000 } },
      { token: staff.token, locale: 'en-US' },
    );
    const shortfalls = taxed.data!.recordLeadActual.commitments.shortfalls;
    expect(shortfalls.map((s: { measure: string; year: number | null }) => [s.measure, s.year])).toEqual([
      ['INVESTMENT', null],
      ['TAX', 2025],
    ]);
    expect(shortfalls[1].message).toContain('80% below the contract');

    // The contract amended: 80 million committed, 70 paid in (12.5 % short); tax row removed.
    const amended = await api.gql(
      UPDATE,
      { id: lead.id, version: flagged.version, input: { contractedInvestment: 80_000_000 } },
      { token: staff.token },
    );
    expect(amended.data!.updateLead.commitments.shortfalls.map((s: { measure: string }) => s.measure)).toEqual(['TAX']);
    const taxRow = amended.data!.updateLead.commitments.years.find((y: { year: number }) => y.year === 2025);
    const cleared = await api.gql(DELETE, { id: taxRow.id, version: taxRow.version }, { token: staff.token });
    expect(cleared.data!.deleteLeadActual).toMatchObject({ commitmentShortfall: false });
    expect(ids(await api.gql(LIST, { filter: { shortfall: true } }, { token: staff.token }))).not.toContain(lead.id);
  });
});

describe('aftercare', () => {
  it('schedules the first visit in a job once the lead reaches OPERATING, for its owner', async () => {
    const lead = await leadAt('CONSTRUCTING');
    expect((await read(lead.id)).aftercareVisits).toEqual([]);
    await api.gql(MOVE, { id: lead.id, version: lead.version, stage: 'OPERATING' }, { token: staff.token });
    await api.waitForJobs();
    const visits = (await read(lead.id)).aftercareVisits;
    expect(visits).toEqual([
      expect.objectContaining({
        status: 'PLANNED',
        dueOn: plusDays(today(), INTERVAL),
        assigneeId: staff.id,
        overdue: false,
      }),
    ]);
    expect(visits[0].assigneeName).toBeTruthy();
  });

  it('completing a visit records what it found and schedules the next; one planned at a time', async () => {
    const lead = await leadAt('OPERATING');
    await api.waitForJobs();
    const [planned] = (await read(lead.id)).aftercareVisits;
    const twice = await api.gql(SCHEDULE, { leadId: lead.id, input: { dueOn: '2027-01-10' } }, { token: staff.token });
    expect(twice.errors![0].extensions.fields![0].field).toBe('dueOn');

    const doneOn = plusDays(today(), -2);
    const noSummary = await api.gql(
      COMPLETE,
      { id: planned.id, version: planned.version, input: { doneOn, summary: '  ' } },
      { token: staff.token },
    );
    expect(noSummary.errors![0].extensions.fields![0].field).toBe('summary');
    const done = await api.gql(
      COMPLETE,
      { id: planned.id, version: planned.version, input: { doneOn, summary: '二期扩产用地需求 30 亩' } },
      { token: staff.token },
    );
    expect(done.data!.completeAftercareVisit).toMatchObject({
      status: 'DONE',
      doneOn,
      summary: '二期扩产用地需求 30 亩',
    });
    const again = await api.gql(
      COMPLETE,
      { id: planned.id, version: planned.version + 1, input: { doneOn, summary: 'x' } },
      { token: staff.token },
    );
    expect(again.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const visits = (await read(lead.id)).aftercareVisits;
    expect(visits.map((v: { status: string; dueOn: string }) => [v.status, v.dueOn])).toEqual([
      ['PLANNED', plusDays(doneOn, INTERVAL)],
      ['DONE', planned.dueOn],
    ]);
    const cancelled = await api.gql(
      CANCEL,
      { id: visits[0].id, version: visits[0].version, reason: '企业停产检修' },
      { token: staff.token },
    );
    expect(cancelled.data!.cancelAftercareVisit).toMatchObject({ status: 'CANCELLED', summary: '企业停产检修' });
    const rescheduled = await api.gql(
      SCHEDULE,
      { leadId: lead.id, input: { dueOn: '2027-03-01' } },
      { token: staff.token },
    );
    expect(rescheduled.data!.scheduleAftercareVisit).toMatchObject({ status: 'PLANNED', dueOn: '2027-03-01' });
  });

  it('a visit past its due date is overdue for the lead’s owner, on the lead and the list', async () => {
    const lead = await leadAt('AFTERCARE');
    await api.waitForJobs();
    const [planned] = (await read(lead.id)).aftercareVisits;
    const late = await api.gql(
      RESCHEDULE,
      { id: planned.id, version: planned.version, input: { dueOn: plusDays(today(), -1) } },
      { token: staff.token },
    );
    expect(late.data!.rescheduleAftercareVisit).toMatchObject({ overdue: true, version: planned.version + 1 });
    expect((await read(lead.id)).aftercareOverdue).toBe(true);
    const mine = await api.gql(LIST, { filter: { aftercareOverdue: true, ownerId: staff.id } }, { token: staff.token });
    expect(ids(mine)).toContain(lead.id);
    // The list reads the flag in its page's statement: the same answer as the single lead's.
    expect((mine.data as any).leads.edges.find((e: any) => e.node.id === lead.id).node.aftercareOverdue).toBe(true);
    const stale = await api.gql(
      RESCHEDULE,
      { id: planned.id, version: planned.version, input: { dueOn: '2027-01-01' } },
      { token: staff.token },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('refuses visits before the project operates, naming the stage', async () => {
    const lead = await leadAt('SIGNED');
    const result = await api.gql(SCHEDULE, { leadId: lead.id, input: { dueOn: '2027-01-10' } }, { token: staff.token });
    expect(result.errors![0].extensions.fields![0]).toMatchObject({ field: 'stage' });
    expect(result.errors![0].message).toContain('签约');
  });

  it('sets the expansion and at-risk flags (a reason required), audited and filterable', async () => {
    const lead = await leadAt('OPERATING');
    const noReason = await api.gql(
      FLAGS,
      { id: lead.id, version: lead.version, input: { atRisk: true } },
      { token: staff.token },
    );
    expect(noReason.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'atRiskReason' })]);
    const set = await api.gql(
      FLAGS,
      { id: lead.id, version: lead.version, input: { expansionIntent: true, atRisk: true, atRiskReason: '订单下滑' } },
      { token: staff.token },
    );
    expect(set.data!.setLeadAftercareFlags).toMatchObject({
      expansionIntent: true,
      atRisk: true,
      atRiskReason: '订单下滑',
      version: lead.version + 1,
    });
    const stale = await api.gql(
      FLAGS,
      { id: lead.id, version: lead.version, input: { atRisk: false } },
      { token: staff.token },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    expect(ids(await api.gql(LIST, { filter: { atRisk: true } }, { token: staff.token }))).toContain(lead.id);
    expect(ids(await api.gql(LIST, { filter: { expansionIntent: true } }, { token: staff.token }))).toContain(lead.id);

    const cleared = await api.gql(
      FLAGS,
      { id: lead.id, version: lead.version + 1, input: { atRisk: false } },
      { token: staff.token },
    );
    expect(cleared.data!.setLeadAftercareFlags).toMatchObject({
      atRisk: false,
      atRiskReason: null,
      expansionIntent: true,
    });
    expect(ids(await api.gql(LIST, { filter: { atRisk: true } }, { token: staff.token }))).not.toContain(lead.id);
    const [row] = await api.dataSource.query(
      `SELECT "actorId", before, after FROM audit_log WHERE "entityId" = $1 AND action = 'lead.aftercare.flags'
       ORDER BY at LIMIT 1`,
      [lead.id],
    );
    expect(row).toMatchObject({ actorId: staff.id, before: { atRisk: false }, after: { atRisk: true } });
  });
});

describe('merge', () => {
  it('a merged duplicate brings its yearly actuals and visit history; the kept lead’s own stay', async () => {
    const keep = await leadAt('OPERATING');
    const gone = await leadAt('OPERATING');
    await api.waitForJobs();
    await api.gql(RECORD, { leadId: keep.id, input: { year: 2024, hires: 10 } }, { token: staff.token });
    await api.gql(RECORD, { leadId: gone.id, input: { year: 2024, hires: 99 } }, { token: staff.token });
    await api.gql(RECORD, { leadId: gone.id, input: { year: 2025, hires: 20 } }, { token: staff.token });
    const [gonePlanned] = (await read(gone.id)).aftercareVisits;
    await api.gql(
      COMPLETE,
      { id: gonePlanned.id, version: gonePlanned.version, input: { doneOn: today(), summary: '合并前的走访' } },
      { token: staff.token },
    );
    const merged = await api.gql(
      `mutation ($keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {
        mergeLeads(keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) { ${LEAD} } }`,
      { keepId: keep.id, keepVersion: keep.version, mergeId: gone.id, mergeVersion: gone.version },
      { token: staff.token },
    );
    const lead = merged.data!.mergeLeads;
    expect(lead.commitments.years.map((y: { year: number; hires: number }) => [y.year, y.hires])).toEqual([
      [2024, 10],
      [2025, 20],
    ]);
    expect(lead.aftercareVisits.map((v: { status: string }) => v.status).sort()).toEqual(['DONE', 'PLANNED']);
    expect(lead.aftercareVisits.find((v: { status: string }) => v.status === 'DONE').summary).toBe('合并前的走访');
  });
});

describe('access', () => {
  it('refuses every commitments and aftercare operation to an enterprise user', async () => {
    const lead = await leadAt('OPERATING');
    await api.waitForJobs();
    const before = await read(lead.id);
    const visit = before.aftercareVisits[0];
    await api.gql(RECORD, { leadId: lead.id, input: { year: 2024, hires: 10 } }, { token: staff.token });
    const actual = (await read(lead.id)).commitments.years[0];
    const { token } = await enterpriseWith(api);
    const attempts = [
      api.gql(RECORD, { leadId: lead.id, input: { year: 2025, hires: 1 } }, { token }),
      api.gql(DELETE, { id: actual.id, version: actual.version }, { token }),
      api.gql(FLAGS, { id: lead.id, version: before.version, input: { expansionIntent: true } }, { token }),
      api.gql(SCHEDULE, { leadId: lead.id, input: { dueOn: '2027-01-10' } }, { token }),
      api.gql(RESCHEDULE, { id: visit.id, version: visit.version, input: { dueOn: '2027-01-10' } }, { token }),
      api.gql(COMPLETE, { id: visit.id, version: visit.version, input: { doneOn: today(), summary: 'x' } }, { token }),
      api.gql(CANCEL, { id: visit.id, version: visit.version }, { token }),
      api.gql(LIST, { filter: { shortfall: true } }, { token }),
      api.gql(LIST, { filter: { aftercareOverdue: true } }, { token }),
      api.gql(GET, { id: lead.id }, { token }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const after = await read(lead.id);
    expect(after).toMatchObject({ version: before.version, expansionIntent: false });
    expect(after.aftercareVisits).toEqual([visit]);
    expect(after.commitments.years).toHaveLength(1);
  });
});
