import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enterpriseWith, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(500)]);

const FIELDS = `id status version kind energyTce pollutionCategory correctionRequest missingDocuments
  attachments { id name category mine } timeline { from to note }`;
const SUBMIT = `mutation ($input: ApplicationInput!) { submitApplication(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { application(id: $id) { ${FIELDS} } }`;
const SUBMIT_DRAFT = `mutation ($id: ID!, $version: Int!) { submitDraftApplication(id: $id, version: $version) { ${FIELDS} } }`;
const UPDATE_DRAFT = `mutation ($id: ID!, $version: Int!, $input: ApplicationInput!) {
  updateDraftApplication(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const RETURN = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  returnApplication(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const RESUBMIT = `mutation ($id: ID!, $version: Int!, $input: ApplicationInput, $note: String) {
  resubmitApplication(id: $id, version: $version, input: $input, note: $note) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!) {
  decideApplication(id: $id, version: $version, decision: REJECTED, reason: "不符合园区定位") { id status } }`;
const DOCUMENTS =
  'query ($kind: ApplicationKind!) { applicationDocuments(kind: $kind) { document required name nameEn } }';
const NOTIFICATIONS = `query { notifications(first: 20) { edges { node { kind title body data } } } }`;

let api: TestApp;
let uploadDir: string;
let staff: { id: string; token: string };
let firm: TestEnterprise;
let other: TestEnterprise;

const office = (extra: Record<string, unknown> = {}) => ({
  kind: 'OFFICE',
  floorSqm: 400,
  summary: '软件研发中心',
  plannedInvestment: 5_000_000,
  jobs: 40,
  ...extra,
});

const must = async (query: string, variables: Record<string, unknown>, token: string) => {
  const result = await api.gql(query, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

const draft = async (input = office(), who = firm) =>
  (await must(SUBMIT, { input: { ...input, draft: true } }, who.token)).submitApplication;

/** Once park matching has screened it in the background (SUBMITTED → RECOMMENDED moves the version). */
const settled = async (id: string, token = firm.token) => {
  await api.waitForJobs();
  return (await must(GET, { id }, token)).application;
};

const upload = async (applicationId: string, category: string | null, content = PDF, token = firm.token) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), `${category ?? '无类别'}.pdf`);
  const query = category ? `?category=${category}` : '';
  const response = await fetch(`${api.url}/files/application/${applicationId}${query}`, {
    method: 'POST',
    body: form,
    headers: { 'accept-language': 'zh-CN', authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, any> | null };
};

const download = (id: string, token: string) =>
  fetch(`${api.url}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });

const storedFiles = async (): Promise<number> =>
  (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
const rowCount = async (): Promise<number> =>
  (await api.dataSource.query('SELECT count(*)::int AS n FROM stored_files'))[0].n;

beforeAll(async () => {
  uploadDir = await mkdtemp(join(tmpdir(), 'it-app-uploads-'));
  api = await startTestApp({ redis: false, env: { UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) } });
  staff = await api.userWithRole('BUREAU_STAFF');
  firm = await enterpriseWith(api, { energyTce: 320, pollutionCategory: 'LOW' });
  other = await enterpriseWith(api);
});
afterAll(() => api?.close());

describe('application documents', () => {
  it('lists the documents of each kind, the required ones first', async () => {
    const land = (await must(DOCUMENTS, { kind: 'LAND' }, firm.token)).applicationDocuments;
    expect(land.filter((d: { required: boolean }) => d.required)).toEqual([
      { document: 'BUSINESS_LICENSE', required: true, name: '营业执照', nameEn: 'business licence' },
      { document: 'FEASIBILITY_STUDY', required: true, name: '可行性研究报告', nameEn: 'feasibility study' },
      expect.objectContaining({ document: 'ENERGY_ENVIRONMENT', required: true }),
    ]);
    const seat = (await must(DOCUMENTS, { kind: 'INCUBATOR_SEAT' }, firm.token)).applicationDocuments;
    expect(seat.filter((d: { required: boolean }) => d.required).map((d: { document: string }) => d.document)).toEqual([
      'BUSINESS_LICENSE',
      'BUSINESS_PLAN',
    ]);
  });

  it('refuses to submit a draft without a required document, naming it in zh and en', async () => {
    const app = await draft(office({ kind: 'FACTORY', floorSqm: 2000 }));
    expect(app.missingDocuments).toEqual(['BUSINESS_LICENSE', 'FEASIBILITY_STUDY']);
    expect((await upload(app.id, 'BUSINESS_LICENSE')).status).toBe(201);

    const zh = await api.gql(
      SUBMIT_DRAFT,
      { id: app.id, version: app.version },
      { token: firm.token, locale: 'zh-CN' },
    );
    expect(zh.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0].message).toBe('缺少必需材料：可行性研究报告，请上传后再提交');
    expect(zh.errors?.[0].message).not.toContain('documents');
    const en = await api.gql(
      SUBMIT_DRAFT,
      { id: app.id, version: app.version },
      { token: firm.token, locale: 'en-US' },
    );
    expect(en.errors?.[0].message).toContain('required documents are missing: feasibility study');
    // the same through the wizard's path (rewrite and submit in one call); nothing changed
    const viaUpdate = await api.gql(
      UPDATE_DRAFT,
      { id: app.id, version: app.version, input: office({ kind: 'FACTORY', floorSqm: 2500, draft: false }) },
      { token: firm.token },
    );
    expect(viaUpdate.errors?.[0].message).toContain('可行性研究报告');
    const still = (await must(GET, { id: app.id }, firm.token)).application;
    expect(still).toMatchObject({ status: 'DRAFT', version: app.version, missingDocuments: ['FEASIBILITY_STUDY'] });

    expect((await upload(app.id, 'FEASIBILITY_STUDY')).status).toBe(201);
    const submitted = (await must(SUBMIT_DRAFT, { id: app.id, version: app.version }, firm.token))
      .submitDraftApplication;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', missingDocuments: [] });
    expect(submitted.attachments.map((file: { category: string }) => file.category)).toEqual([
      'BUSINESS_LICENSE',
      'FEASIBILITY_STUDY',
    ]);
  });

  it('takes energy use and pollution from the profile when the wizard leaves them out', async () => {
    const app = await draft();
    expect(app).toMatchObject({ energyTce: 320, pollutionCategory: 'LOW' });
    // an API client that states the project's own figures keeps them
    const own = await draft(office({ energyTce: 12, pollutionCategory: 'MEDIUM' }));
    expect(own).toMatchObject({ energyTce: 12, pollutionCategory: 'MEDIUM' });
  });

  it('serves the documents to the applicant and staff only; another enterprise gets NOT_FOUND', async () => {
    const app = await draft();
    const sent = await upload(app.id, 'BUSINESS_LICENSE');
    expect(sent.body).toMatchObject({ category: 'BUSINESS_LICENSE', contentType: 'application/pdf' });
    // a draft is the enterprise's own: staff do not see it yet
    expect((await download(sent.body!.id, staff.token)).status).toBe(404);
    await must(SUBMIT_DRAFT, { id: app.id, version: app.version }, firm.token);

    expect((await download(sent.body!.id, firm.token)).status).toBe(200);
    const byStaff = await download(sent.body!.id, staff.token);
    expect(byStaff.status).toBe(200);
    expect(Buffer.from(await byStaff.arrayBuffer()).equals(PDF)).toBe(true);
    const byOther = await download(sent.body!.id, other.token);
    expect(byOther.status).toBe(404);
    expect(await byOther.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await upload(app.id, 'OTHER', PDF, other.token)).status).toBe(404);
    // staff read, but do not attach to the enterprise's application
    expect((await upload(app.id, 'OTHER', PDF, staff.token)).status).toBe(403);
    // submitted: the documents are fixed until staff return it for correction
    const late = await upload(app.id, 'OTHER');
    expect(late.status).toBe(400);
    expect(late.body!.message).toContain('待补正');
  });

  it('refuses a file without its document kind, of a wrong type or too large, and keeps nothing', async () => {
    const app = await draft();
    const [rows, files] = [await rowCount(), await storedFiles()];
    const unnamed = await upload(app.id, null);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await upload(app.id, 'PASSPORT')).status).toBe(400);
    const exe = await upload(app.id, 'BUSINESS_LICENSE', EXE);
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });
    const big = await upload(app.id, 'BUSINESS_LICENSE', Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]));
    expect(big.status).toBe(413);
    expect(await rowCount()).toBe(rows);
    expect(await storedFiles()).toBe(files);
  });

  it('staff return an application for correction; the enterprise is told, corrects it and resubmits', async () => {
    const app = await draft(office({ kind: 'INCUBATOR_SEAT', floorSqm: 30 }));
    await upload(app.id, 'BUSINESS_LICENSE');
    await upload(app.id, 'BUSINESS_PLAN');
    await must(SUBMIT_DRAFT, { id: app.id, version: app.version }, firm.token);
    const submitted = await settled(app.id);

    // what to fix is required
    const bare = await api.gql(
      RETURN,
      { id: app.id, version: submitted.version, reason: '  ' },
      { token: staff.token },
    );
    expect(bare.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // only staff return; a stale version is a CONFLICT
    const byFirm = await api.gql(
      RETURN,
      { id: app.id, version: submitted.version, reason: 'x' },
      { token: firm.token },
    );
    expect(byFirm.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await api.gql(RETURN, { id: app.id, version: 1, reason: 'x' }, { token: staff.token });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const why = '商业计划书缺少近三年财务数据，请补充；所需面积请核实';
    const returned = (await must(RETURN, { id: app.id, version: submitted.version, reason: why }, staff.token))
      .returnApplication;
    expect(returned).toMatchObject({ status: 'RETURNED', correctionRequest: why });
    expect(returned.timeline.at(-1)).toEqual({ from: submitted.status, to: 'RETURNED', note: why });
    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE "entityId" = $1 AND action = 'application.returned'`,
      [app.id],
    );
    expect(audit).toHaveLength(1);

    await api.waitForJobs();
    const told = (await must(NOTIFICATIONS, {}, firm.token)).notifications.edges.map(
      (edge: { node: Record<string, any> }) => edge.node,
    );
    const notice = told.find(
      (n: Record<string, any>) => n.data?.applicationId === app.id && n.data?.status === 'RETURNED',
    );
    expect(notice).toMatchObject({ title: '入驻申请待补正' });
    expect(notice.body).toContain(why);

    // a returned application cannot be decided before it comes back; another enterprise cannot touch it
    const decided = await api.gql(DECIDE, { id: app.id, version: returned.version }, { token: staff.token });
    expect(decided.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await api.gql(RESUBMIT, { id: app.id, version: returned.version }, { token: other.token });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // the enterprise adds a document and corrects the space, then submits again
    expect((await upload(app.id, 'OTHER')).status).toBe(201);
    const resubmitted = (
      await must(
        RESUBMIT,
        {
          id: app.id,
          version: returned.version,
          input: office({ kind: 'INCUBATOR_SEAT', floorSqm: 24 }),
          note: '已补充财务数据，面积改为 24 平方米',
        },
        firm.token,
      )
    ).resubmitApplication;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', correctionRequest: null });
    expect(resubmitted.attachments).toHaveLength(3);
    const steps = resubmitted.timeline.map((c: { to: string }) => c.to);
    expect(steps.filter((to: string) => to !== 'RECOMMENDED')).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'SUBMITTED']);
    const [{ floorSqm }] = await api.dataSource.query('SELECT "floorSqm" FROM placement_applications WHERE id = $1', [
      app.id,
    ]);
    expect(Number(floorSqm)).toBe(24);

    // staff hear that it came back, as a new item of work (not deduplicated with the first arrival)
    await api.waitForJobs();
    const arrivals = await api.dataSource.query(
      `SELECT title FROM notifications WHERE "userId" = $1 AND kind = 'APPLICATION_SUBMITTED' AND data->>'applicationId' = $2`,
      [staff.id, app.id],
    );
    expect(arrivals.map((row: { title: string }) => row.title).sort()).toEqual([
      '入驻申请已补正，待受理',
      '新的入驻申请待受理',
    ]);

    // returned twice: told twice (park matching may have screened it meanwhile: read the version again)
    const current = await settled(app.id);
    const again = (
      await must(RETURN, { id: app.id, version: current.version, reason: '请补充社保缴纳证明' }, staff.token)
    ).returnApplication;
    expect(again.correctionRequest).toBe('请补充社保缴纳证明');
    await api.waitForJobs();
    const returns = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE "userId" = $1 AND data->>'applicationId' = $2 AND data->>'status' = 'RETURNED'`,
      [firm.userId, app.id],
    );
    expect(returns[0].n).toBe(2);
  });

  it('refuses to resubmit without the required documents, or an application that was not returned', async () => {
    const app = await draft();
    const license = await upload(app.id, 'BUSINESS_LICENSE');
    await must(SUBMIT_DRAFT, { id: app.id, version: app.version }, firm.token);
    const submitted = await settled(app.id);
    const notReturned = await api.gql(RESUBMIT, { id: app.id, version: submitted.version }, { token: firm.token });
    expect(notReturned.errors?.[0].message).toContain('只有待补正的申请可以重新提交');
    const returned = (
      await must(RETURN, { id: app.id, version: submitted.version, reason: '营业执照已过期，请重新上传' }, staff.token)
    ).returnApplication;
    // the enterprise removes the expired licence, and may not resubmit without one
    const removed = await fetch(`${api.url}/files/${license.body!.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${firm.token}` },
    });
    expect(removed.status).toBe(204);
    const refused = await api.gql(RESUBMIT, { id: app.id, version: returned.version }, { token: firm.token });
    expect(refused.errors?.[0].message).toBe('缺少必需材料：营业执照，请上传后再提交');
    await upload(app.id, 'BUSINESS_LICENSE');
    const back = (await must(RESUBMIT, { id: app.id, version: returned.version }, firm.token)).resubmitApplication;
    expect(back).toMatchObject({ status: 'SUBMITTED', missingDocuments: [] });
  });
});
