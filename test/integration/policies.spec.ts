import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { POLICY_SEEDS } from '#plan-data';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Authoring, publishing, versions, authorization and the seeded policies.

const FIELDS =
  'id code version status title rowVersion publishedAt engineVersion criteria testCases { name expectedOutcome }';
const CREATE = `mutation ($input: PolicyInput!) { createPolicy(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: PolicyInput!, $rowVersion: Int!) { updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishPolicy(id: $id) { ${FIELDS} matchRun { id status total done failed } } }`;
const RETIRE = `mutation ($id: ID!) { retirePolicy(id: $id) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { policy(id: $id) { ${FIELDS} versions { version status } } }`;
const LIST = `query ($status: PolicyStatus) { policies(status: $status) { id code version status } }`;

function rdSubsidy(code: string, overrides: Record<string, unknown> = {}) {
  const capped = {
    name: '封顶',
    facts: { inZone: true, revenue: 100_000_000, rdExpense: 9_000_000 },
    expectedOutcome: 'ELIGIBLE',
    expectedBenefit: 500_000,
  };
  return rdSubsidyInput(code, capped, { targetIndustries: ['NEW_MATERIALS'], targetTiers: ['TECH_SME'], ...overrides });
}

describe('policies: authoring and publishing', () => {
  let api: TestApp;
  let admin: string;
  let staff: string;
  let enterprise: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    staff = (await api.userWithRole('BUREAU_STAFF')).token;
    enterprise = (await api.userWithRole('ENTERPRISE')).token;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('seeds every plan policy as a published version 1, once', async () => {
    const result = await api.gql(LIST, { status: 'PUBLISHED' }, { token: staff });
    expect(result.errors).toBeUndefined();
    const seeded = result.data?.policies.filter((p: { code: string }) => POLICY_SEEDS.some((s) => s.code === p.code));
    expect(seeded).toHaveLength(POLICY_SEEDS.length);
    for (const policy of seeded) expect(policy).toMatchObject({ version: 1, status: 'PUBLISHED' });
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM policies');
    // A second seed run (as at every boot) inserts nothing.
    const { SeedService } = await import('../../apps/api/src/modules/reference-data/seed.service.js');
    await api.app.get(SeedService).run();
    const [{ count: again }] = await api.dataSource.query('SELECT count(*)::int AS count FROM policies');
    expect(again).toBe(count);
  });

  it("describes a seeded rule in the caller's language", async () => {
    const query = `query { policies(status: PUBLISHED) { code criteriaText benefitText } }`;
    const zh = await api.gql(query, {}, { token: enterprise });
    const en = await api.gql(query, {}, { token: enterprise, locale: 'en-US' });
    const pick = (r: typeof zh) =>
      r.data?.policies.find((p: { code: string }) => p.code === 'NATIONAL_HIGH_TECH_CERTIFICATION');
    expect(pick(zh).criteriaText[0]).toBe('注册成立年限 ≥ 1年');
    expect(pick(en).criteriaText).toHaveLength(6);
    expect(pick(en).criteriaText[2]).toMatch(/10 ?%/);
  });

  it('creates a draft, refuses to publish it while a test case fails, and lists the failing case', async () => {
    const input = rdSubsidy('TEST_RD_SUBSIDY_A');
    input.testCases[1] = { ...input.testCases[1], expectedOutcome: 'ELIGIBLE', expectedBenefit: 20_000 };
    const created = await api.gql(CREATE, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const draft = created.data?.createPolicy;
    expect(draft).toMatchObject({ code: 'TEST_RD_SUBSIDY_A', version: 1, status: 'DRAFT', publishedAt: null });

    const refused = await api.gql(PUBLISH, { id: draft.id }, { token: admin, locale: 'en-US' });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('研发不足');
    expect(refused.errors?.[0].extensions.failingCases).toEqual([
      expect.objectContaining({
        index: 1,
        name: '研发不足',
        expected: { outcome: 'ELIGIBLE', benefit: 20_000 },
        actual: { outcome: 'INELIGIBLE', benefit: 0 },
      }),
    ]);
    expect(refused.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['testCases[1]']);
    const after = await api.gql(GET, { id: draft.id }, { token: admin });
    expect(after.data?.policy).toMatchObject({ status: 'DRAFT', publishedAt: null, rowVersion: draft.rowVersion });

    // Fixing the case makes it publishable.
    const fixed = await api.gql(
      UPDATE,
      { id: draft.id, input: rdSubsidy('TEST_RD_SUBSIDY_A'), rowVersion: draft.rowVersion },
      { token: admin },
    );
    expect(fixed.data?.updatePolicy).toMatchObject({
      id: draft.id,
      version: 1,
      status: 'DRAFT',
      rowVersion: draft.rowVersion + 1,
    });
    const published = await api.gql(PUBLISH, { id: draft.id }, { token: admin });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishPolicy).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      engineVersion: expect.any(String),
      matchRun: {
        id: expect.any(String),
        status: expect.any(String),
        total: expect.any(Number),
        done: expect.any(Number),
        failed: 0,
      },
    });
    expect(published.data?.publishPolicy.publishedAt).not.toBeNull();
  });

  it('refuses to publish a draft without test cases', async () => {
    const created = await api.gql(CREATE, { input: rdSubsidy('TEST_NO_CASES', { testCases: [] }) }, { token: admin });
    const refused = await api.gql(PUBLISH, { id: created.data?.createPolicy.id }, { token: admin });
    expect(refused.errors?.[0].extensions.fields?.[0].field).toBe('testCases');
  });

  it('takes a policy without an English title; English readers get the Chinese one', async () => {
    const input = rdSubsidy('TEST_NO_ENGLISH', { titleEn: undefined });
    delete (input as { titleEn?: string }).titleEn;
    const created = await api.gql(CREATE, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPolicy.id;
    const got = await api.gql('query ($id: ID!) { policy(id: $id) { title titleEn } }', { id }, { token: admin });
    expect(got.data?.policy).toEqual({ title: input.title, titleEn: '' });
    const cleared = await api.gql(
      UPDATE,
      { id, rowVersion: created.data?.createPolicy.rowVersion, input: { ...input, titleEn: null } },
      { token: admin },
    );
    expect(cleared.errors).toBeUndefined();
  });

  it('never changes a published version: editing it opens version 2 as a draft, publishing that retires version 1', async () => {
    const r1 = await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_B') }, { token: admin });
    const v1 = r1.data?.createPolicy;
    const published = (await api.gql(PUBLISH, { id: v1.id }, { token: admin })).data?.publishPolicy;

    const edited = rdSubsidy('TEST_RD_SUBSIDY_B', { title: '研发投入补助（第二版）', maxBenefit: 300_000 });
    edited.testCases[2] = { ...edited.testCases[2], expectedBenefit: 300_000 };
    const v2 = (await api.gql(UPDATE, { id: v1.id, input: edited, rowVersion: published.rowVersion }, { token: admin }))
      .data?.updatePolicy;
    expect(v2).toMatchObject({
      code: 'TEST_RD_SUBSIDY_B',
      version: 2,
      status: 'DRAFT',
      title: '研发投入补助（第二版）',
    });
    expect(v2.id).not.toBe(v1.id);

    const unchanged = (await api.gql(GET, { id: v1.id }, { token: admin })).data?.policy;
    expect(unchanged).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      title: '研发投入补助（测试）',
      rowVersion: published.rowVersion,
    });

    // Editing the published version again goes to the same draft, not to a version 3.
    const r2 = await api.gql(
      UPDATE,
      { id: v1.id, input: { ...edited, title: '研发投入补助（第二版修订）' }, rowVersion: published.rowVersion },
      { token: admin },
    );
    const again = r2.data?.updatePolicy;
    expect(again).toMatchObject({ id: v2.id, version: 2, title: '研发投入补助（第二版修订）' });

    const v2Published = (await api.gql(PUBLISH, { id: v2.id }, { token: admin })).data?.publishPolicy;
    expect(v2Published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    const retired = (await api.gql(GET, { id: v1.id }, { token: admin })).data?.policy;
    expect(retired).toMatchObject({ status: 'RETIRED', version: 1, title: '研发投入补助（测试）' });
    expect(retired.versions).toEqual([
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'RETIRED' },
    ]);

    // Publishing a published version again is refused.
    const twice = await api.gql(PUBLISH, { id: v2.id }, { token: admin });
    expect(twice.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    // Audit trail of the chain.
    const actions = (id: string) =>
      api
        .gql(
          'query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { edges { node { action } } } }',
          { filter: { entity: 'Policy', entityId: id } },
          { token: admin },
        )
        .then((r) => r.data?.auditLog.edges.map((e: { node: { action: string } }) => e.node.action).sort());
    expect(await actions(v1.id)).toEqual(['policy.create', 'policy.publish', 'policy.retire']);
    expect(await actions(v2.id)).toEqual(['policy.publish', 'policy.update', 'policy.version']);
  });

  it('retires a published policy; a draft cannot be retired', async () => {
    const created = (await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_C') }, { token: admin })).data
      ?.createPolicy;
    const draftRetire = await api.gql(RETIRE, { id: created.id }, { token: admin });
    expect(draftRetire.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await api.gql(PUBLISH, { id: created.id }, { token: admin });
    const retired = await api.gql(RETIRE, { id: created.id }, { token: admin });
    expect(retired.data?.retirePolicy).toMatchObject({ status: 'RETIRED' });
  });

  it('refuses a second policy with an existing code, and a stale rowVersion', async () => {
    const first = (await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_D') }, { token: admin })).data
      ?.createPolicy;
    const dup = await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_D') }, { token: admin });
    expect(dup.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['code']);
    const stale = await api.gql(
      UPDATE,
      { id: first.id, input: rdSubsidy('TEST_RD_SUBSIDY_D'), rowVersion: first.rowVersion + 5 },
      { token: admin },
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('lets only admins write policies: enterprise and bureau staff are FORBIDDEN, and nothing changes', async () => {
    const draft = (await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_E') }, { token: admin })).data
      ?.createPolicy;
    const published = (await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_F') }, { token: admin })).data
      ?.createPolicy;
    await api.gql(PUBLISH, { id: published.id }, { token: admin });
    const [{ count: before }] = await api.dataSource.query('SELECT count(*)::int AS count FROM policies');
    for (const token of [staff, enterprise]) {
      const attempts = [
        await api.gql(CREATE, { input: rdSubsidy('TEST_FORBIDDEN') }, { token }),
        await api.gql(
          UPDATE,
          { id: draft.id, input: rdSubsidy('TEST_RD_SUBSIDY_E', { title: '改了' }), rowVersion: draft.rowVersion },
          { token },
        ),
        await api.gql(PUBLISH, { id: draft.id }, { token }),
        await api.gql(RETIRE, { id: published.id }, { token }),
      ];
      for (const attempt of attempts) {
        expect(attempt.errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect(attempt.data).toBeNull();
      }
    }
    const [{ count: after }] = await api.dataSource.query('SELECT count(*)::int AS count FROM policies');
    expect(after).toBe(before);
    expect((await api.gql(GET, { id: draft.id }, { token: admin })).data?.policy).toMatchObject({
      status: 'DRAFT',
      title: '研发投入补助（测试）',
    });
    expect((await api.gql(GET, { id: published.id }, { token: admin })).data?.policy).toMatchObject({
      status: 'PUBLISHED',
    });
    // Anonymous callers are not signed in.
    expect((await api.gql(LIST, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows an enterprise published policies only', async () => {
    const draft = (await api.gql(CREATE, { input: rdSubsidy('TEST_RD_SUBSIDY_G') }, { token: admin })).data
      ?.createPolicy;
    const all = await api.gql(LIST, {}, { token: enterprise });
    expect(all.errors).toBeUndefined();
    expect(all.data?.policies.length).toBeGreaterThan(0);
    expect(all.data?.policies.every((p: { status: string }) => p.status === 'PUBLISHED')).toBe(true);
    expect(all.data?.policies.some((p: { id: string }) => p.id === draft.id)).toBe(false);
    for (const status of ['DRAFT', 'RETIRED']) {
      expect((await api.gql(LIST, { status }, { token: enterprise })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(GET, { id: draft.id }, { token: enterprise })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Staff see drafts.
    const staffDrafts = await api.gql(LIST, { status: 'DRAFT' }, { token: staff });
    expect(staffDrafts.data?.policies.some((p: { id: string }) => p.id === draft.id)).toBe(true);
    expect((await api.gql(GET, { id: draft.id }, { token: staff })).data?.policy.status).toBe('DRAFT');
    // An id that is no uuid is simply not found.
    expect((await api.gql(GET, { id: 'nope' }, { token: staff })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
