import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { nextUscc } from '../fixtures/uscc.js';

const APP_FIELDS = `id status version kind landMu floorSqm reservedLandMu reservedFloorSqm decisionReason decidedAt decidedBy parkId
  park { id code freeLandMu } enterprise { id name } preferredParks { code } timeline { from to actorRole note }`;
const SUBMIT = `mutation ($input: ApplicationInput!) { submitApplication(input: $input) { ${APP_FIELDS} } }`;
const GET = `query ($id: ID!) { application(id: $id) { ${APP_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $status: ApplicationStatus!, $note: String) {
  moveApplication(id: $id, version: $version, status: $status, note: $note) { id status version } }`;
const REVIEW =
  'mutation ($id: ID!, $version: Int!) { reviewApplication(id: $id, version: $version) { id status version } }';
const DECIDE = `mutation ($id: ID!, $version: Int!, $decision: Decision!, $parkId: ID, $reason: String) {
  decideApplication(id: $id, version: $version, decision: $decision, parkId: $parkId, reason: $reason) { ${APP_FIELDS} } }`;
const MOVED_IN =
  'mutation ($id: ID!, $version: Int!) { markMovedIn(id: $id, version: $version) { id status version } }';
const WITHDRAW =
  'mutation ($id: ID!, $version: Int!) { withdrawApplication(id: $id, version: $version) { id status version } }';
/** The current optimistic-lock version, for a write that is not about the lock. */
const versionOf = async (api: TestApp, id: string): Promise<number> =>
  (await api.dataSource.query('SELECT version FROM placement_applications WHERE id = $1', [id]))[0].version;
/** Attaches a small PDF as the application's `category` document (营业执照, …). */
const attach = async (api: TestApp, id: string, category: string, token: string): Promise<void> => {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')], { type: 'application/pdf' }), `${category}.pdf`);
  const response = await fetch(`${api.url}/files/application/${id}?category=${category}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 201) throw new Error(await response.text());
};
const LIST = `query ($filter: ApplicationFilter) { applications(filter: $filter, first: 100) { totalCount edges { node { id status enterprise { id } } } } }`;
const PARK = 'query ($id: ID!) { park(id: $id) { freeLandMu freeFloorSqm version } }';
const CREATE_PARK = 'mutation ($input: CreateParkInput!) { createPark(input: $input) { id code } }';

let seq = 0;
async function registerEnterprise(api: TestApp) {
  seq += 1;
  const result = await api.gql(
    'mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { accessToken user { id enterprise { id } } } }',
    {
      input: {
        uscc: nextUscc(),
        name: `申请测试企业${seq}`,
        email: `apply-${seq}-${Date.now()}@test.local`,
        password: 'a-long-enterprise-password',
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const payload = result.data.registerEnterprise;
  return {
    token: payload.accessToken as string,
    userId: payload.user.id as string,
    enterpriseId: payload.user.enterprise.id as string,
  };
}

const landInput = (landMu: number, extra: Record<string, unknown> = {}) => ({
  kind: 'LAND',
  landMu,
  summary: '新建铝基电子新材料生产线',
  plannedInvestment: 300_000_000,
  jobs: 200,
  expectedAnnualTax: 12_000_000,
  energyTce: 800,
  pollutionCategory: 'MEDIUM',
  desiredMoveIn: '2027-06-01',
  ...extra,
});

describe('placement applications', () => {
  let api: TestApp;
  let staff: { id: string; token: string };
  let admin: string;
  let a: Awaited<ReturnType<typeof registerEnterprise>>;
  let b: Awaited<ReturnType<typeof registerEnterprise>>;
  const parkIds: Record<string, string> = {};

  async function createPark(code: string, freeLandMu: number, kind = 'INDUSTRIAL_PARK', freeFloorSqm = 500) {
    const result = await api.gql(
      CREATE_PARK,
      {
        input: {
          code,
          name: `测试园区${code}`,
          nameEn: `Test park ${code}`,
          kind,
          totalLandMu: Math.max(100, freeLandMu),
          freeLandMu,
          totalFloorSqm: 1000,
          freeFloorSqm,
          lng: 87.6,
          lat: 43.8,
          // Every defaulted field given: graphql-jit refuses omitted non-null fields with defaults.
          level: 'DISTRICT',
          positioning: '',
          positioningEn: '',
          targetIndustries: [],
          forbiddenIndustries: [],
          forbidsThreeHigh: true,
          maxPollution: 'HIGH',
          servedTiers: [],
          infrastructure: [],
        },
      },
      { token: admin },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    parkIds[code] = result.data.createPark.id;
    return result.data.createPark.id as string;
  }

  /** Submitted, and screened by park matching in the background (→ RECOMMENDED where a park suits). */
  async function submitted(token: string, input: Record<string, unknown>) {
    const result = await api.gql(SUBMIT, { input }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    await api.waitForJobs();
    return (await api.gql(GET, { id: result.data.submitApplication.id }, { token })).data?.application;
  }

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = await api.userWithRole('BUREAU_STAFF');
    a = await registerEnterprise(api);
    b = await registerEnterprise(api);
    await createPark('LIFECYCLE_PARK', 80);
    await createPark('TEST_INCUBATOR', 0, 'INCUBATOR', 300);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs the whole lifecycle, takes the land from the park once, and notifies the enterprise at each step', async () => {
    // Park matching screened it: SUBMITTED → RECOMMENDED by the system.
    const app = await submitted(a.token, landInput(25, { preferredParkIds: [parkIds.LIFECYCLE_PARK] }));
    expect(app).toMatchObject({ status: 'RECOMMENDED', version: 2, landMu: 25, park: null, reservedLandMu: 0 });
    expect(app.preferredParks).toEqual([{ code: 'LIFECYCLE_PARK' }]);
    expect(app.timeline[0]).toEqual({ from: null, to: 'SUBMITTED', actorRole: 'ENTERPRISE', note: null });
    expect(app.timeline[1]).toMatchObject({ from: 'SUBMITTED', to: 'RECOMMENDED', actorRole: 'SYSTEM' });

    const notAStep = await api.gql(MOVE, { id: app.id, version: 2, status: 'APPROVED' }, { token: staff.token });
    expect(notAStep.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const backToScreening = await api.gql(
      MOVE,
      { id: app.id, version: 2, status: 'SCREENING' },
      { token: staff.token },
    );
    expect(backToScreening.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const review = await api.gql(REVIEW, { id: app.id, version: 2 }, { token: staff.token });
    expect(review.data?.reviewApplication).toMatchObject({ status: 'UNDER_REVIEW', version: 3 });

    const stale = await api.gql(
      DECIDE,
      { id: app.id, version: 2, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK },
      { token: staff.token },
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const noPark = await api.gql(DECIDE, { id: app.id, version: 3, decision: 'APPROVED' }, { token: staff.token });
    expect(noPark.errors?.[0].extensions.fields?.[0].field).toBe('parkId');
    const noReason = await api.gql(
      DECIDE,
      { id: app.id, version: 3, decision: 'REJECTED', reason: '  ' },
      { token: staff.token },
    );
    expect(noReason.errors?.[0].extensions.fields?.[0].field).toBe('reason');
    const byEnterprise = await api.gql(
      DECIDE,
      { id: app.id, version: 3, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK },
      { token: a.token },
    );
    expect(byEnterprise.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const seat = await api.gql(
      DECIDE,
      { id: app.id, version: 3, decision: 'APPROVED', parkId: parkIds.TEST_INCUBATOR },
      { token: staff.token },
    );
    expect(seat.errors?.[0].extensions.fields?.[0].field).toBe('parkId');

    const parkBefore = (await api.gql(PARK, { id: parkIds.LIFECYCLE_PARK }, { token: staff.token })).data?.park;
    const approved = await api.gql(
      DECIDE,
      { id: app.id, version: 3, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK, reason: '符合园区定位' },
      { token: staff.token },
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.decideApplication).toMatchObject({
      status: 'APPROVED',
      version: 4,
      parkId: parkIds.LIFECYCLE_PARK,
      park: { code: 'LIFECYCLE_PARK', freeLandMu: 55 },
      reservedLandMu: 25,
      decisionReason: '符合园区定位',
      decidedBy: staff.id,
    });
    const parkAfter = (await api.gql(PARK, { id: parkIds.LIFECYCLE_PARK }, { token: staff.token })).data?.park;
    expect(parkAfter).toEqual({
      freeLandMu: parkBefore.freeLandMu - 25,
      freeFloorSqm: parkBefore.freeFloorSqm,
      version: parkBefore.version + 1,
    });

    // Illegal moves name the allowed ones; nothing changes.
    const backToReview = await api.gql(REVIEW, { id: app.id, version: 4 }, { token: staff.token });
    expect(backToReview.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(backToReview.errors?.[0].message).toContain(
      '只能从“已批准”（APPROVED）变更为 “已入驻”（MOVED_IN）、“已撤回”（WITHDRAWN）',
    );
    const approveAgain = await api.gql(
      DECIDE,
      { id: app.id, version: 4, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK },
      { token: staff.token },
    );
    expect(approveAgain.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const movedIn = await api.gql(MOVED_IN, { id: app.id, version: 4 }, { token: staff.token });
    expect(movedIn.data?.markMovedIn).toMatchObject({ status: 'MOVED_IN', version: 5 });
    const final = await api.gql(MOVED_IN, { id: app.id, version: 5 }, { token: staff.token });
    expect(final.errors?.[0].message).toContain('是最终状态');
    expect((await api.gql(PARK, { id: parkIds.LIFECYCLE_PARK }, { token: staff.token })).data?.park.freeLandMu).toBe(
      55,
    );

    const got = (await api.gql(GET, { id: app.id }, { token: a.token })).data?.application;
    expect(got.timeline.map((t: { to: string }) => t.to)).toEqual([
      'SUBMITTED',
      'RECOMMENDED',
      'UNDER_REVIEW',
      'APPROVED',
      'MOVED_IN',
    ]);
    expect(got.timeline[2]).toMatchObject({ from: 'RECOMMENDED', actorRole: 'BUREAU_STAFF' });
    expect(got.enterprise.id).toBe(a.enterpriseId);

    await api.waitForJobs();
    const notes = await api.gql(
      '{ notifications(first: 50) { edges { node { kind title titleEn body data } } } unreadNotificationCount }',
      {},
      { token: a.token },
    );
    const mine = notes.data?.notifications.edges
      .map((e: { node: { kind: string; data: { applicationId: string; status: string } } }) => e.node)
      .filter(
        (n: { kind: string; data: { applicationId: string } }) =>
          n.kind === 'APPLICATION_STATUS' && n.data.applicationId === app.id,
      );
    expect(mine.map((n: { data: { status: string } }) => n.data.status).sort()).toEqual(
      ['APPROVED', 'MOVED_IN', 'RECOMMENDED', 'SUBMITTED', 'UNDER_REVIEW'].sort(),
    );
    const approval = mine.find((n: { data: { status: string } }) => n.data.status === 'APPROVED');
    expect(approval).toMatchObject({ title: '入驻申请已批准', titleEn: 'Placement application approved' });
    expect(approval.body).toContain('测试园区LIFECYCLE_PARK');
    // Enterprise B hears nothing about A's application.
    const other = await api.gql(
      '{ notifications(first: 50) { edges { node { kind data } } } }',
      {},
      { token: b.token },
    );
    expect(JSON.stringify(other.data)).not.toContain(app.id);
    // The bureau hears that work arrived (the enterprise does not get the staff's notice).
    const staffNotes = await api.gql(
      '{ notifications(first: 100) { edges { node { kind title data } } } }',
      {},
      { token: staff.token },
    );
    const arrival = staffNotes.data?.notifications.edges
      .map((e: { node: { kind: string; title: string; data: { applicationId?: string } } }) => e.node)
      .filter((n: { kind: string; data: { applicationId?: string } }) => n.data.applicationId === app.id);
    expect(arrival).toEqual([
      { kind: 'APPLICATION_SUBMITTED', title: '新的入驻申请待受理', data: { applicationId: app.id } },
    ]);
    expect(JSON.stringify(notes.data)).not.toContain('APPLICATION_SUBMITTED');
  });

  it('rejects with a reason and withdraws before a decision, releasing nothing', async () => {
    const parkBefore = (await api.gql(PARK, { id: parkIds.LIFECYCLE_PARK }, { token: staff.token })).data?.park;
    const rejected = await submitted(a.token, landInput(10));
    const decision = await api.gql(
      DECIDE,
      { id: rejected.id, version: rejected.version, decision: 'REJECTED', reason: '不符合园区产业定位' },
      { token: staff.token },
    );
    expect(decision.data?.decideApplication).toMatchObject({
      status: 'REJECTED',
      decisionReason: '不符合园区产业定位',
      park: null,
      reservedLandMu: 0,
    });
    const withdrawRejected = await api.gql(
      WITHDRAW,
      { id: rejected.id, version: await versionOf(api, rejected.id) },
      { token: a.token },
    );
    expect(withdrawRejected.errors?.[0].message).toContain('是最终状态');

    const withdrawn = await submitted(a.token, landInput(10));
    await api.gql(REVIEW, { id: withdrawn.id, version: withdrawn.version }, { token: staff.token });
    const stale = await api.gql(WITHDRAW, { id: withdrawn.id, version: withdrawn.version }, { token: a.token });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const result = await api.gql(
      WITHDRAW,
      { id: withdrawn.id, version: await versionOf(api, withdrawn.id) },
      { token: a.token },
    );
    expect(result.data?.withdrawApplication).toMatchObject({ status: 'WITHDRAWN', version: withdrawn.version + 2 });
    const decideWithdrawn = await api.gql(
      DECIDE,
      { id: withdrawn.id, version: withdrawn.version + 2, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK },
      { token: staff.token },
    );
    expect(decideWithdrawn.errors?.[0].message).toContain('“已撤回”（WITHDRAWN）是最终状态');
    expect((await api.gql(PARK, { id: parkIds.LIFECYCLE_PARK }, { token: staff.token })).data?.park).toEqual(
      parkBefore,
    );

    await api.waitForJobs();
    const notes = await api.gql(
      '{ notifications(first: 100) { edges { node { body data } } } }',
      {},
      { token: a.token },
    );
    const rejection = notes.data?.notifications.edges.find(
      (e: { node: { data: { applicationId: string; status: string } } }) =>
        e.node.data.applicationId === rejected.id && e.node.data.status === 'REJECTED',
    );
    expect(rejection.node.body).toContain('不符合园区产业定位');
  });

  it('keeps drafts with the enterprise until submitted, and checks what a submission needs', async () => {
    const draft = await submitted(a.token, { kind: 'FACTORY', draft: true, summary: '' });
    expect(draft.status).toBe('DRAFT');
    expect((await api.gql(GET, { id: draft.id }, { token: staff.token })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const staffList = await api.gql(LIST, { filter: { enterpriseId: a.enterpriseId } }, { token: staff.token });
    expect(staffList.data?.applications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(draft.id);

    const incomplete = await api.gql(
      'mutation ($id: ID!, $version: Int!) { submitDraftApplication(id: $id, version: $version) { id } }',
      { id: draft.id, version: 1 },
      { token: a.token },
    );
    expect(incomplete.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['floorSqm', 'summary']);
    const updated = await api.gql(
      'mutation ($id: ID!, $input: ApplicationInput!) { updateDraftApplication(id: $id, input: $input, version: 1) { status version floorSqm } }',
      { id: draft.id, input: { kind: 'FACTORY', floorSqm: 1200, summary: '智能农机装备总装厂房', draft: true } },
      { token: a.token },
    );
    expect(updated.data?.updateDraftApplication).toEqual({ status: 'DRAFT', version: 2, floorSqm: 1200 });
    // a factory application carries its 营业执照 and 可行性研究报告 (see application-attachments.spec.ts)
    for (const category of ['BUSINESS_LICENSE', 'FEASIBILITY_STUDY']) await attach(api, draft.id, category, a.token);
    const sent = await api.gql(
      'mutation ($id: ID!) { submitDraftApplication(id: $id, version: 2) { status version timeline { from to } } }',
      { id: draft.id },
      { token: a.token },
    );
    expect(sent.data?.submitDraftApplication).toEqual({
      status: 'SUBMITTED',
      version: 3,
      timeline: [
        { from: null, to: 'DRAFT' },
        { from: 'DRAFT', to: 'SUBMITTED' },
      ],
    });

    const noLand = await api.gql(SUBMIT, { input: { kind: 'LAND', summary: '缺少面积' } }, { token: a.token });
    expect(noLand.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['landMu']);
    const unknownPark = await api.gql(
      SUBMIT,
      { input: landInput(5, { preferredParkIds: ['00000000-0000-4000-8000-000000000000'] }) },
      { token: a.token },
    );
    expect(unknownPark.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['preferredParkIds']);
    const negative = await api.gql(SUBMIT, { input: landInput(-5) }, { token: a.token });
    expect(negative.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const byStaff = await api.gql(SUBMIT, { input: landInput(5) }, { token: staff.token });
    expect(byStaff.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("shows an enterprise only its own applications; another's is NOT_FOUND", async () => {
    const ofA = await submitted(a.token, landInput(3));
    const ofB = await submitted(b.token, landInput(4));
    expect((await api.gql(GET, { id: ofA.id }, { token: b.token })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(
      (await api.gql(WITHDRAW, { id: ofA.id, version: await versionOf(api, ofA.id) }, { token: b.token })).errors?.[0]
        .extensions.code,
    ).toBe('NOT_FOUND');
    expect((await api.gql(GET, { id: 'nonsense' }, { token: b.token })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const listB = await api.gql(LIST, { filter: { enterpriseId: a.enterpriseId } }, { token: b.token });
    expect(listB.data?.applications.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ofB.id]);
    const all = await api.gql(LIST, {}, { token: staff.token });
    const ids = all.data?.applications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([ofA.id, ofB.id]));
    const filtered = await api.gql(LIST, { filter: { status: 'MOVED_IN' } }, { token: staff.token });
    expect(
      filtered.data?.applications.edges.every((e: { node: { status: string } }) => e.node.status === 'MOVED_IN'),
    ).toBe(true);
    const viaEnterprise = await api.gql(
      'query ($id: ID!) { enterprise(id: $id) { applications { id status } } }',
      { id: b.enterpriseId },
      { token: staff.token },
    );
    expect(viaEnterprise.data?.enterprise.applications).toEqual([{ id: ofB.id, status: 'RECOMMENDED' }]);
  });

  it('never takes more than a park has, when approvals race', async () => {
    const parkId = await createPark('RACE_PARK', 50);
    const apps = [];
    for (let i = 0; i < 5; i += 1) apps.push(await submitted(i % 2 ? b.token : a.token, landInput(20)));
    const results = await Promise.all(
      apps.map((app) =>
        api.gql(DECIDE, { id: app.id, version: app.version, decision: 'APPROVED', parkId }, { token: staff.token }),
      ),
    );
    const ok = results.filter((r) => r.data?.decideApplication?.status === 'APPROVED');
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain('空闲用地不足');
    }
    expect((await api.gql(PARK, { id: parkId }, { token: staff.token })).data?.park.freeLandMu).toBe(10);
    const [{ free }] = await api.dataSource.query('SELECT "freeLandMu"::float AS free FROM parks WHERE id = $1', [
      parkId,
    ]);
    expect(free).toBe(10);
    // The refused ones are untouched: still SUBMITTED, version 1, nothing reserved.
    for (const app of apps) {
      const now = (await api.gql(GET, { id: app.id }, { token: staff.token })).data?.application;
      if (now.status === 'RECOMMENDED') expect(now).toMatchObject({ version: 2, reservedLandMu: 0, park: null });
      else expect(now).toMatchObject({ status: 'APPROVED', reservedLandMu: 20 });
    }
    const english = await api.gql(
      DECIDE,
      { id: apps.find((_, i) => results[i].errors)!.id, version: 2, decision: 'APPROVED', parkId },
      { token: staff.token, locale: 'en-US' },
    );
    expect(english.errors?.[0].message).toContain('not enough free land in park Test park RACE_PARK');
  });

  it('takes floor space for seats in an incubator, and only from an incubation carrier', async () => {
    const seat = await submitted(b.token, { kind: 'INCUBATOR_SEAT', floorSqm: 120, summary: '软件团队入孵' });
    const wrong = await api.gql(
      DECIDE,
      { id: seat.id, version: seat.version, decision: 'APPROVED', parkId: parkIds.LIFECYCLE_PARK },
      { token: staff.token },
    );
    expect(wrong.errors?.[0].extensions.fields?.[0].field).toBe('parkId');
    const ok = await api.gql(
      DECIDE,
      { id: seat.id, version: seat.version, decision: 'APPROVED', parkId: parkIds.TEST_INCUBATOR },
      { token: staff.token },
    );
    expect(ok.data?.decideApplication).toMatchObject({ status: 'APPROVED', reservedFloorSqm: 120, reservedLandMu: 0 });
    expect((await api.gql(PARK, { id: parkIds.TEST_INCUBATOR }, { token: staff.token })).data?.park.freeFloorSqm).toBe(
      180,
    );
  });
});
