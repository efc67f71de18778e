import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextUscc } from '../fixtures/uscc.js';
import { createPark, enterpriseWith } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LEAD_FIELDS = `id companyName uscc stage version ownerId ownerName targetParkId plannedInvestment lostReason
  lostFromStage enterpriseId nextActionDate overdue history { from to note actorName } activities { kind summary actorName }`;
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
  updateLead(id: $id, version: $version, input: $input) { ${LEAD_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: LeadStage!, $note: String) {
  moveLeadStage(id: $id, version: $version, stage: $stage, note: $note) { ${LEAD_FIELDS} } }`;
const LOG = `mutation ($leadId: ID!, $input: ActivityInput!) { logLeadActivity(leadId: $leadId, input: $input) { id kind } }`;
const GET = `query ($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
const LIST = `query ($filter: LeadFilter) { leads(filter: $filter, first: 50) { edges { node { id companyName } } } }`;

let api: TestApp;
let staff: { id: string; token: string };
let parkId: string;
let seq = 0;

async function newLead(fields: Record<string, unknown> = {}) {
  seq += 1;
  const result = await api.gql(
    CREATE,
    {
      input: {
        companyName: `乌鲁木齐测试线索${seq}号材料有限公司`,
        source: 'CANTON_FAIR',
        allowDuplicate: true,
        ...fields,
      },
    },
    { token: staff.token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createLead as Record<string, any>;
}

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = await api.userWithRole('BUREAU_STAFF');
  parkId = await createPark(api, 'LEADS_PARK');
});
afterAll(() => api?.close());

describe('leads', () => {
  it('creates a lead at LEAD, owned by its creator, with the move in its history', async () => {
    const lead = await newLead({ plannedInvestment: 80_000_000 });
    expect(lead).toMatchObject({ stage: 'LEAD', version: 1, ownerId: staff.id, plannedInvestment: 80_000_000 });
    expect(lead.ownerName).toBeTruthy();
    expect(lead.history).toEqual([{ from: null, to: 'LEAD', note: null, actorName: lead.ownerName }]);
  });

  it('refuses NEGOTIATING naming each missing field, then accepts it once they are filled', async () => {
    const lead = await newLead();
    const refused = await api.gql(MOVE, { id: lead.id, version: 1, stage: 'NEGOTIATING' }, { token: staff.token });
    expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['plannedInvestment', 'targetParkId']);
    expect(refused.errors![0].message).toContain('意向园区');
    const unchanged = await api.gql(GET, { id: lead.id }, { token: staff.token });
    expect(unchanged.data!.lead).toMatchObject({ stage: 'LEAD', version: 1 });

    const filled = await api.gql(
      UPDATE,
      { id: lead.id, version: 1, input: { plannedInvestment: 50_000_000, targetParkId: parkId } },
      { token: staff.token },
    );
    const moved = await api.gql(
      MOVE,
      { id: lead.id, version: filled.data!.updateLead.version, stage: 'NEGOTIATING', note: '第二轮洽谈' },
      { token: staff.token },
    );
    expect(moved.data!.moveLeadStage.stage).toBe('NEGOTIATING');
    expect(moved.data!.moveLeadStage.history.map((h: { to: string }) => h.to)).toEqual(['LEAD', 'NEGOTIATING']);
    expect(moved.data!.moveLeadStage.history[1].note).toBe('第二轮洽谈');
  });

  it('loses a lead with a reason and reopens it at the stage it left', async () => {
    const lead = await newLead();
    const contacted = await api.gql(MOVE, { id: lead.id, version: 1, stage: 'CONTACTED' }, { token: staff.token });
    const noReason = await api.gql(MOVE, { id: lead.id, version: 2, stage: 'LOST' }, { token: staff.token });
    expect(noReason.errors![0].extensions.fields).toEqual([{ field: 'note', message: '标记为流失需要填写原因' }]);
    const lost = await api.gql(
      MOVE,
      { id: lead.id, version: contacted.data!.moveLeadStage.version, stage: 'LOST', note: '对方选址霍尔果斯' },
      { token: staff.token },
    );
    expect(lost.data!.moveLeadStage).toMatchObject({
      stage: 'LOST',
      lostFromStage: 'CONTACTED',
      lostReason: '对方选址霍尔果斯',
    });
    const tooFar = await api.gql(MOVE, { id: lead.id, version: 3, stage: 'VISITED' }, { token: staff.token });
    expect(tooFar.errors![0].extensions.fields![0].field).toBe('stage');
    const reopened = await api.gql(MOVE, { id: lead.id, version: 3, stage: 'CONTACTED' }, { token: staff.token });
    expect(reopened.data!.moveLeadStage).toMatchObject({ stage: 'CONTACTED', lostFromStage: null, lostReason: null });
  });

  it('refuses a stale version with CONFLICT and keeps the saved values', async () => {
    const lead = await newLead({ plannedInvestment: 1_000_000 });
    await api.gql(UPDATE, { id: lead.id, version: 1, input: { plannedInvestment: 2_000_000 } }, { token: staff.token });
    const stale = await api.gql(
      UPDATE,
      { id: lead.id, version: 1, input: { plannedInvestment: 3_000_000 } },
      { token: staff.token },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    const saved = await api.gql(GET, { id: lead.id }, { token: staff.token });
    expect(saved.data!.lead.plannedInvestment).toBe(2_000_000);
  });

  it('warns of a duplicate by USCC or a similar Chinese name, among leads and enterprises', async () => {
    const first = await api.gql(
      CREATE,
      { input: { companyName: '新疆天池云图科技有限公司', source: 'REFERRAL' } },
      { token: staff.token },
    );
    const similar = await api.gql(
      CREATE,
      { input: { companyName: '新疆天池云图科技股份有限公司', source: 'ONLINE_ENQUIRY' } },
      { token: staff.token },
    );
    expect(similar.errors![0].extensions.code).toBe('CONFLICT');
    const duplicates = similar.errors![0].extensions.duplicates as { leads: { id: string }[]; enterprises: unknown[] };
    expect(duplicates.leads.map((l) => l.id)).toEqual([first.data!.createLead.id]);

    const unrelated = await api.gql(
      CREATE,
      { input: { companyName: '新疆昆仑星海科技有限公司', source: 'REFERRAL' } },
      { token: staff.token },
    );
    expect(unrelated.errors).toBeUndefined();

    const anyway = await api.gql(
      CREATE,
      { input: { companyName: '新疆天池云图科技股份有限公司', source: 'ONLINE_ENQUIRY', allowDuplicate: true } },
      { token: staff.token },
    );
    expect(anyway.data!.createLead.id).toBeTruthy();

    const enterprise = await enterpriseWith(api);
    const registered = await api.dataSource.query('SELECT name, uscc FROM enterprises WHERE id = $1', [
      enterprise.enterpriseId,
    ]);
    const sameCode = await api.gql(
      CREATE,
      { input: { companyName: '完全不同的名称', uscc: registered[0].uscc, source: 'VIA_ENTERPRISE' } },
      { token: staff.token },
    );
    const found = sameCode.errors![0].extensions.duplicates as { enterprises: { id: string; similarity: number }[] };
    expect(found.enterprises).toEqual([expect.objectContaining({ id: enterprise.enterpriseId, similarity: 1 })]);
  });

  it('REGISTERED links the enterprise of the USCC, registering it when the district has none', async () => {
    const uscc = nextUscc();
    let lead = await newLead({
      uscc,
      industryCode: 'NEW_MATERIALS',
      plannedInvestment: 100_000_000,
      targetParkId: parkId,
      signedOn: '2026-11-20',
      contractedInvestment: 90_000_000,
      contractedJobs: 120,
      contractedAnnualTax: 5_000_000,
    });
    const moved = await api.gql(MOVE, { id: lead.id, version: 1, stage: 'REGISTERED' }, { token: staff.token });
    lead = moved.data!.moveLeadStage;
    expect(lead.stage).toBe('REGISTERED');
    const [enterprise] = await api.dataSource.query('SELECT id, name, industry FROM enterprises WHERE uscc = $1', [
      uscc,
    ]);
    expect(enterprise).toMatchObject({ id: lead.enterpriseId, industry: 'NEW_MATERIALS' });
  });

  it('logs activities; a follow-up date becomes the next action, overdue once it passes', async () => {
    const lead = await newLead();
    const logged = await api.gql(
      LOG,
      {
        leadId: lead.id,
        input: {
          kind: 'SITE_VISIT',
          occurredAt: '2026-11-01',
          summary: '实地考察甘泉堡地块',
          followUpOn: '2026-11-15',
        },
      },
      { token: staff.token },
    );
    expect(logged.data!.logLeadActivity.kind).toBe('SITE_VISIT');
    const read = await api.gql(GET, { id: lead.id }, { token: staff.token });
    expect(read.data!.lead).toMatchObject({ nextActionDate: '2026-11-15', overdue: true, version: 2 });
    expect(read.data!.lead.activities).toEqual([
      { kind: 'SITE_VISIT', summary: '实地考察甘泉堡地块', actorName: lead.ownerName },
    ]);
    const overdue = await api.gql(LIST, { filter: { overdue: true } }, { token: staff.token });
    expect(overdue.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(lead.id);
  });

  it('scores a lead in a job from its fields and the chain coverage, with named components', async () => {
    const lead = await newLead({
      industryCode: 'NEW_MATERIALS',
      plannedInvestment: 1_000_000_000,
      expectedAnnualTax: 50_000_000,
      pollutionCategory: 'LOW',
      targetFlags: ['INDUSTRY_LEADER'],
    });
    await api.waitForJobs();
    const read = await api.gql(
      `query ($id: ID!) { lead(id: $id) { score scoreComponents { code label points detail } } }`,
      { id: lead.id },
      { token: staff.token },
    );
    const scored = read.data!.lead;
    expect(scored.score).toBeGreaterThanOrEqual(80);
    expect(scored.scoreComponents.map((c: { code: string }) => c.code)).toEqual([
      'SIZE',
      'CHAIN',
      'TECHNOLOGY',
      'TAX',
      'CLUSTER',
      'GREEN',
    ]);
    expect(scored.scoreComponents[0]).toMatchObject({ label: '投资规模', detail: '计划投资 10 亿元', points: 25 });
  });

  it('sums the pipeline per stage and converts between stages, on a known set', async () => {
    const only = { source: 'PAIRING_PROVINCE' };
    const a = await newLead({ ...only, plannedInvestment: 100_000_000, targetParkId: parkId, jobs: 50 });
    const b = await newLead({ ...only, plannedInvestment: 300_000_000, targetParkId: parkId, jobs: 70 });
    await newLead({ ...only, plannedInvestment: 20_000_000, nextActionDate: '2020-01-01' });
    const move = async (lead: Record<string, any>, stage: string, note?: string) => {
      const version = (await api.gql(GET, { id: lead.id }, { token: staff.token })).data!.lead.version;
      const moved = await api.gql(MOVE, { id: lead.id, version, stage, note }, { token: staff.token });
      if (!moved.data) throw new Error(JSON.stringify(moved.errors));
    };
    await move(a, 'CONTACTED');
    await move(a, 'NEGOTIATING');
    await move(b, 'CONTACTED');
    await move(b, 'LOST', '改投他区');
    const result = await api.gql(
      `query ($filter: LeadFilter) { pipelineSummary(filter: $filter) {
        total lost stages { stage count plannedInvestment jobs overdue averageDays }
        conversion { from to reachedFrom reachedTo rate } } }`,
      { filter: only },
      { token: staff.token },
    );
    const summary = result.data!.pipelineSummary;
    expect(summary).toMatchObject({ total: 3, lost: 1 });
    const stage = (name: string) => summary.stages.find((s: { stage: string }) => s.stage === name);
    expect(stage('LEAD')).toMatchObject({ count: 1, plannedInvestment: 20_000_000, overdue: 1 });
    expect(stage('NEGOTIATING')).toMatchObject({ count: 1, plannedInvestment: 100_000_000, jobs: 50 });
    expect(stage('CONTACTED')).toMatchObject({ count: 0 });
    expect(stage('LEAD').averageDays).toBeGreaterThanOrEqual(0);
    // All three were leads; two were contacted; one went on (skipping VISITED counts as passing it).
    expect(summary.conversion[0]).toEqual({ from: 'LEAD', to: 'CONTACTED', reachedFrom: 3, reachedTo: 2, rate: 2 / 3 });
    expect(summary.conversion[1]).toMatchObject({ from: 'CONTACTED', to: 'VISITED', reachedFrom: 2, reachedTo: 1 });
    expect(summary.conversion[3]).toMatchObject({
      from: 'NEGOTIATING',
      to: 'SIGNED',
      reachedFrom: 1,
      reachedTo: 0,
      rate: 0,
    });
  });

  it('an inbound enquiry is overdue once its working days pass unanswered; the first activity answers it', async () => {
    const late = await newLead({ source: 'ONLINE_ENQUIRY', enquiryReceivedAt: '2026-11-02T09:00:00+08:00' });
    const answered = await newLead({ source: 'ONLINE_ENQUIRY', enquiryReceivedAt: '2026-11-02T09:00:00+08:00' });
    const fresh = await newLead({ source: 'ONLINE_ENQUIRY' });
    await api.gql(
      LOG,
      { leadId: answered.id, input: { kind: 'CALL', occurredAt: '2026-11-03', summary: '电话回复了咨询' } },
      { token: staff.token },
    );
    const overdue = await api.gql(LIST, { filter: { enquiryOverdue: true } }, { token: staff.token });
    const overdueIds = overdue.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(overdueIds).toContain(late.id);
    expect(overdueIds).not.toContain(answered.id);
    expect(overdueIds).not.toContain(fresh.id);
    const read = await api.gql(
      `query ($id: ID!) { lead(id: $id) { enquiryOverdue responseDueAt } }`,
      { id: late.id },
      { token: staff.token },
    );
    // Monday 2 November + 2 working days = Wednesday 4 November, 09:00 Beijing time.
    expect(read.data!.lead).toEqual({ enquiryOverdue: true, responseDueAt: '2026-11-04T01:00:00.000Z' });
  });

  it('merges a duplicate into the kept lead, keeping every activity and history entry', async () => {
    const keep = await newLead({ companyName: '新疆合并测试科技有限公司', tags: ['补链'] });
    const gone = await newLead({
      companyName: '新疆合并测试科技股份有限公司',
      plannedInvestment: 60_000_000,
      tags: ['重点'],
    });
    await api.gql(
      LOG,
      { leadId: gone.id, input: { kind: 'MEETING', occurredAt: '2026-11-10', summary: '在广交会洽谈' } },
      { token: staff.token },
    );
    const goneVersion = (await api.gql(GET, { id: gone.id }, { token: staff.token })).data!.lead.version;
    const merged = await api.gql(
      `mutation ($keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {
        mergeLeads(keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) {
          id plannedInvestment tags activities { summary } history { to note } } }`,
      { keepId: keep.id, keepVersion: 1, mergeId: gone.id, mergeVersion: goneVersion },
      { token: staff.token },
    );
    const lead = merged.data!.mergeLeads;
    expect(lead).toMatchObject({ id: keep.id, plannedInvestment: 60_000_000, tags: ['补链', '重点'] });
    expect(lead.activities).toEqual([{ summary: '在广交会洽谈' }]);
    expect(lead.history).toHaveLength(3);
    expect(lead.history[2].note).toBe('合并了线索“新疆合并测试科技股份有限公司”');
    const goneNow = await api.gql(GET, { id: gone.id }, { token: staff.token });
    expect(goneNow.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('the dashboard shows each priority chain’s coverage: landed, in the pipeline, missing', async () => {
    const industries = await api.gql('{ industries { code category segments { code } } }', {}, { token: staff.token });
    const [first, second, third] = industries.data!.industries.find((i: { code: string }) => i.code === 'BIOMEDICINE')
      .segments as { code: string }[];
    await enterpriseWith(api, { industry: 'BIOMEDICINE', chainSegment: first!.code });
    const signedFields = {
      industryCode: 'BIOMEDICINE',
      chainSegment: second!.code,
      plannedInvestment: 1e8,
      targetParkId: parkId,
      signedOn: '2026-10-01',
      contractedInvestment: 1e8,
      contractedJobs: 80,
      contractedAnnualTax: 3e6,
    };
    const signed = await newLead(signedFields);
    await api.gql(MOVE, { id: signed.id, version: 1, stage: 'SIGNED' }, { token: staff.token });
    await newLead({ industryCode: 'BIOMEDICINE', chainSegment: third!.code });
    const result = await api.gql(
      `{ dashboard { overdueActions openRequests overdueRequests pipeline { total }
         chainCoverage { industryCode name missing segments { code status enterprises signedProjects openLeads } } } }`,
      {},
      { token: staff.token },
    );
    const dashboard = result.data!.dashboard;
    expect(dashboard.chainCoverage.map((c: { industryCode: string }) => c.industryCode).sort()).toEqual([
      'ADVANCED_EQUIPMENT',
      'BIOMEDICINE',
      'NEW_MATERIALS',
      'NEXT_GEN_IT',
    ]);
    const bio = dashboard.chainCoverage.find((c: { industryCode: string }) => c.industryCode === 'BIOMEDICINE');
    const status = (code: string) => bio.segments.find((s: { code: string }) => s.code === code);
    expect(status(first!.code)).toMatchObject({ status: 'LANDED', enterprises: 1 });
    expect(status(second!.code)).toMatchObject({ status: 'LANDED', signedProjects: 1 });
    expect(status(third!.code)).toMatchObject({ status: 'IN_PIPELINE', openLeads: 1 });
    expect(bio.missing).toBe(bio.segments.length - 3);
    expect(dashboard.pipeline.total).toBeGreaterThan(0);
    const refused = await api.gql('{ dashboard { overdueActions } }', {}, { token: (await enterpriseWith(api)).token });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('finds leads by a Chinese substring of the name', async () => {
    const lead = await newLead({ companyName: '新疆雪莲生物医药有限公司' });
    const found = await api.gql(LIST, { filter: { search: '雪莲生物' } }, { token: staff.token });
    expect(found.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([lead.id]);
  });

  it('refuses a NUL byte as BAD_USER_INPUT naming the field, never INTERNAL', async () => {
    const result = await api.gql(
      CREATE,
      { input: { companyName: '新疆\u0000测试', source: 'OTHER' } },
      { token: staff.token },
    );
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields![0].field).toBe('input.companyName');
  });

  it('refuses every lead operation to an enterprise user, before reading anything', async () => {
    const lead = await newLead();
    const enterprise = await enterpriseWith(api);
    const token = enterprise.token;
    const attempts = [
      api.gql(LIST, {}, { token }),
      api.gql(GET, { id: lead.id }, { token }),
      api.gql(CREATE, { input: { companyName: '越权企业', source: 'OTHER' } }, { token }),
      api.gql(UPDATE, { id: lead.id, version: 1, input: { summary: 'x' } }, { token }),
      api.gql(MOVE, { id: lead.id, version: 1, stage: 'CONTACTED' }, { token }),
      api.gql(LOG, { leadId: lead.id, input: { kind: 'NOTE', occurredAt: '2026-11-01', summary: 'x' } }, { token }),
      api.gql('query { leadDuplicates(companyName: "测试") { leads { id } } }', {}, { token }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const still = await api.gql(GET, { id: lead.id }, { token: staff.token });
    expect(still.data!.lead).toMatchObject({ stage: 'LEAD', version: 1 });
  });
});
