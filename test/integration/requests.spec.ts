import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enterpriseWith, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIELDS = `id status version subject ownerId ownerName overdue satisfaction firstAnsweredAt
  messages { body internal authorRole authorName } enterprise { id }`;
const FILE = `mutation ($input: RequestInput!) { fileRequest(input: $input) { ${FIELDS} } }`;
const MESSAGE = `mutation ($id: ID!, $body: String!, $internal: Boolean) {
  addRequestMessage(id: $id, body: $body, internal: $internal) { id internal } }`;
const GET = `query ($id: ID!) { request(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: RequestFilter) { requests(filter: $filter, first: 50) { edges { node { id } } } }`;
const RESOLVE = `mutation ($id: ID!, $version: Int!) { resolveRequest(id: $id, version: $version) { ${FIELDS} } }`;
const RATE = `mutation ($id: ID!, $version: Int!, $satisfaction: Int!) {
  rateRequest(id: $id, version: $version, satisfaction: $satisfaction) { ${FIELDS} } }`;

let api: TestApp;
let staff: { id: string; token: string };
let firm: TestEnterprise;
let other: TestEnterprise;

const file = async (subject: string, who = firm) => {
  const result = await api.gql(
    FILE,
    { input: { kind: 'UTILITIES', subject, body: '厂房二期需要增容 2000 kVA' } },
    { token: who.token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.fileRequest as Record<string, any>;
};
const ids = (result: { data: any }) => result.data.requests.edges.map((e: { node: { id: string } }) => e.node.id);

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = await api.userWithRole('BUREAU_STAFF');
  firm = await enterpriseWith(api);
  other = await enterpriseWith(api);
});
afterAll(() => api?.close());

describe('enterprise requests', () => {
  it('an enterprise files a request; staff are told and answer it; the enterprise is told', async () => {
    const request = await file('电力增容');
    expect(request).toMatchObject({
      status: 'OPEN',
      overdue: false,
      ownerId: null,
      enterprise: { id: firm.enterpriseId },
    });
    await api.waitForJobs();
    const staffNotes = await api.gql(
      '{ notifications(first: 10) { edges { node { kind data } } } }',
      {},
      { token: staff.token },
    );
    expect(staffNotes.data!.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
      'REQUEST_FILED',
    );

    await api.gql(
      MESSAGE,
      { id: request.id, body: '已联系供电公司，预计两周内答复', internal: false },
      { token: staff.token },
    );
    await api.gql(
      MESSAGE,
      { id: request.id, body: '内部：该企业去年欠缴电费', internal: true },
      { token: staff.token },
    );
    const seenByStaff = (await api.gql(GET, { id: request.id }, { token: staff.token })).data!.request;
    expect(seenByStaff).toMatchObject({ status: 'ANSWERED', ownerId: staff.id });
    expect(seenByStaff.messages.map((m: { internal: boolean }) => m.internal)).toEqual([false, true]);

    const seenByFirm = (await api.gql(GET, { id: request.id }, { token: firm.token })).data!.request;
    expect(seenByFirm.messages).toEqual([
      {
        body: '已联系供电公司，预计两周内答复',
        internal: false,
        authorRole: 'BUREAU_STAFF',
        authorName: expect.any(String),
      },
    ]);
    expect(seenByFirm.ownerId).toBeNull();
    expect(JSON.stringify(seenByFirm)).not.toContain('欠缴');
    await api.waitForJobs();
    const firmNotes = await api.gql(
      '{ notifications(first: 10) { edges { node { kind } } } }',
      {},
      { token: firm.token },
    );
    expect(firmNotes.data!.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
      'REQUEST_UPDATED',
    );
  });

  it('follows up, resolves, and closes with the enterprise’s satisfaction mark', async () => {
    const request = await file('人才公寓');
    await api.gql(MESSAGE, { id: request.id, body: '可申请人才公寓，请提交名单' }, { token: staff.token });
    await api.gql(MESSAGE, { id: request.id, body: '名单已提交' }, { token: firm.token });
    let read = (await api.gql(GET, { id: request.id }, { token: staff.token })).data!.request;
    expect(read.status).toBe('OPEN');
    const early = await api.gql(
      RATE,
      { id: request.id, version: read.version, satisfaction: 5 },
      { token: firm.token },
    );
    expect(early.errors![0].extensions.fields![0].message).toContain('待答复');
    read = (await api.gql(RESOLVE, { id: request.id, version: read.version }, { token: staff.token })).data!
      .resolveRequest;
    expect(read.status).toBe('RESOLVED');
    const bad = await api.gql(RATE, { id: request.id, version: read.version, satisfaction: 9 }, { token: firm.token });
    expect(bad.errors![0].extensions.fields![0].field).toBe('satisfaction');
    const rated = await api.gql(
      RATE,
      { id: request.id, version: read.version, satisfaction: 4 },
      { token: firm.token },
    );
    expect(rated.data!.rateRequest).toMatchObject({ status: 'CLOSED', satisfaction: 4 });
  });

  it('lists unanswered requests past their deadline as overdue', async () => {
    const late = await file('审批超时');
    const answered = await file('已答复的诉求');
    await api.gql(MESSAGE, { id: answered.id, body: '已答复' }, { token: staff.token });
    await api.dataSource.query(
      `UPDATE enterprise_requests SET "responseDueAt" = now() - interval '1 day' WHERE id = ANY($1)`,
      [[late.id, answered.id]],
    );
    const overdue = await api.gql(LIST, { filter: { overdue: true } }, { token: staff.token });
    expect(ids(overdue)).toEqual([late.id]);
    expect((await api.gql(GET, { id: late.id }, { token: staff.token })).data!.request.overdue).toBe(true);
  });

  it('an enterprise sees only its own requests, cannot write internal notes, and cannot act as staff', async () => {
    const mine = await file('只属于本企业', firm);
    const theirs = await file('另一家企业的诉求', other);
    expect(ids(await api.gql(LIST, {}, { token: other.token }))).toEqual([theirs.id]);
    const peek = await api.gql(GET, { id: mine.id }, { token: other.token });
    expect(peek.errors![0].extensions.code).toBe('NOT_FOUND');
    const write = await api.gql(MESSAGE, { id: mine.id, body: '越权' }, { token: other.token });
    expect(write.errors![0].extensions.code).toBe('NOT_FOUND');
    const note = await api.gql(MESSAGE, { id: mine.id, body: '伪装内部备注', internal: true }, { token: firm.token });
    expect(note.errors![0].extensions.code).toBe('FORBIDDEN');
    const resolve = await api.gql(RESOLVE, { id: mine.id, version: 1 }, { token: firm.token });
    expect(resolve.errors![0].extensions.code).toBe('FORBIDDEN');
    const read = (await api.gql(GET, { id: mine.id }, { token: firm.token })).data!.request;
    expect(read).toMatchObject({ status: 'OPEN', messages: [] });
  });

  it('a reopened request gets a new response deadline and can be overdue again', async () => {
    const DUE = `query ($id: ID!) { request(id: $id) { status version overdue responseDueAt satisfaction } }`;
    const due = async (id: string) => (await api.gql(DUE, { id }, { token: staff.token })).data!.request;
    const lapse = (id: string) =>
      api.dataSource.query(`UPDATE enterprise_requests SET "responseDueAt" = now() - interval '1 day' WHERE id = $1`, [
        id,
      ]);
    const request = await file('反复出现的停电');
    await api.gql(MESSAGE, { id: request.id, body: '已协调供电所' }, { token: staff.token });
    await lapse(request.id);
    expect(await due(request.id)).toMatchObject({ status: 'ANSWERED', overdue: false });

    // the enterprise writes again after the answer: the bureau owes a new answer, by a new deadline
    await api.gql(MESSAGE, { id: request.id, body: '本周又停电两次' }, { token: firm.token });
    let read = await due(request.id);
    expect(read).toMatchObject({ status: 'OPEN', overdue: false });
    expect(new Date(read.responseDueAt).getTime()).toBeGreaterThan(Date.now());
    await lapse(request.id);
    expect((await due(request.id)).overdue).toBe(true);
    expect(ids(await api.gql(LIST, { filter: { overdue: true } }, { token: staff.token }))).toContain(request.id);

    // answered, resolved and rated; staff reopen it: open again with a fresh deadline and no mark
    await api.gql(MESSAGE, { id: request.id, body: '已更换变压器' }, { token: staff.token });
    read = await due(request.id);
    read = (await api.gql(RESOLVE, { id: request.id, version: read.version }, { token: staff.token })).data!
      .resolveRequest;
    await api.gql(RATE, { id: request.id, version: read.version, satisfaction: 3 }, { token: firm.token });
    await lapse(request.id);
    read = await due(request.id);
    expect(read).toMatchObject({ status: 'CLOSED', overdue: false, satisfaction: 3 });
    const REOPEN = `mutation ($id: ID!, $version: Int!) { reopenRequest(id: $id, version: $version) { id } }`;
    const refused = await api.gql(REOPEN, { id: request.id, version: read.version }, { token: firm.token });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    await api.gql(REOPEN, { id: request.id, version: read.version }, { token: staff.token });
    read = await due(request.id);
    expect(read).toMatchObject({ status: 'OPEN', overdue: false, satisfaction: null });
    expect(new Date(read.responseDueAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('staff list their colleagues for owner pickers, without emails; enterprises may not', async () => {
    const admin = await api.adminToken();
    const colleague = await api.userWithRole('BUREAU_STAFF');
    const QUERY = '{ staffMembers { id name role } }';
    const forStaff = await api.gql(QUERY, {}, { token: staff.token });
    const members = forStaff.data!.staffMembers as { id: string; role: string }[];
    expect(members.map((m) => m.id)).toEqual(expect.arrayContaining([staff.id, colleague.id]));
    expect(members.every((m) => m.role === 'BUREAU_STAFF' || m.role === 'ADMIN')).toBe(true);
    expect((await api.gql(QUERY, {}, { token: admin })).data!.staffMembers.length).toBe(members.length);
    const withEmail = await api.gql('{ staffMembers { id email } }', {}, { token: staff.token });
    expect(withEmail.errors![0].message).toContain('email');
    const forFirm = await api.gql(QUERY, {}, { token: firm.token });
    expect(forFirm.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await api.gql(QUERY, {})).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
