import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { evaluatePolicy, normalizeStoredFacts, toIsoDay } from '#matching';
import { JobRegistry } from '../../apps/api/src/core/queue/job-registry.js';
import { MatchRunTrigger } from '../../apps/api/src/modules/matching/match-run.enums.js';
import { RUN_CHUNK } from '../../apps/api/src/modules/matching/match-run.job.js';
import { MatchRunsService } from '../../apps/api/src/modules/matching/match-runs.service.js';
import { EnterprisesService } from '../../apps/api/src/modules/enterprises/enterprises.service.js';
import { PoliciesService } from '../../apps/api/src/modules/policies/policies.service.js';
import { rulesOf } from '../../apps/api/src/modules/policies/policy-content.js';
import { nextUscc } from '../fixtures/uscc.js';
import { rdSubsidyInput } from '../support/policy-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { accessToken user { enterprise { id version } } }
}`;
const UPDATE_PROFILE = `mutation ($id: ID!, $input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(id: $id, input: $input) { id version }
}`;
const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const RUN_FIELDS = 'id status trigger total done failed startedAt finishedAt';
const PUBLISH = `mutation ($id: ID!) { publishPolicy(id: $id) { id status matchRun { ${RUN_FIELDS} } } }`;
const RUN = `query ($id: ID!) { matchRun(id: $id) { ${RUN_FIELDS} } }`;
const MATCHES = `query ($id: ID!) {
  policyMatches(enterpriseId: $id) {
    policy { id code } outcome benefit missingFacts gaps gapText explanationText stacking { group counts supersededBy { id } }
  }
  policyMatchSummary(enterpriseId: $id) { totalBenefit eligible needsInfo ineligible nearMisses }
}`;
const QUALIFIERS = `query ($policyId: ID!, $outcome: Outcome, $nearMiss: Boolean) {
  policyQualifiers(policyId: $policyId, outcome: $outcome, nearMiss: $nearMiss, first: 50) {
    totalCount edges { node { outcome benefit gaps enterprise { id } } }
  }
}`;

interface Stored {
  enterpriseId: string;
  policyId: string;
  outcome: string;
  benefit: number;
  missingFacts: string[];
  updatedAt: Date;
}

let seq = 0;

describe('policy matching', () => {
  let api: TestApp;
  let admin: string;
  const enterprises: { id: string; token: string }[] = [];

  const storedMatches = async (): Promise<Stored[]> =>
    api.dataSource.query(
      `SELECT "enterpriseId", "policyId", outcome, benefit::float8 AS benefit, "missingFacts", "updatedAt"
         FROM policy_matches ORDER BY "enterpriseId", "policyId"`,
    );

  const publish = async (code: string, overrides: Record<string, unknown> = {}) => {
    const input = rdSubsidyInput(
      code,
      {
        name: '缺研发',
        facts: { inZone: true, revenue: 10_000_000 },
        expectedOutcome: 'NEEDS_INFO',
        expectedBenefit: 0,
      },
      overrides,
    );
    const created = await api.gql(CREATE, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const published = await api.gql(PUBLISH, { id: created.data?.createPolicy.id }, { token: admin });
    expect(published.errors).toBeUndefined();
    return published.data?.publishPolicy as { id: string; matchRun: { id: string; trigger: string } };
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.adminToken();
    const profiles = [
      { inZone: true, revenue: 10_000_000, rdExpense: 400_000 }, // eligible: 40 000
      { inZone: true, revenue: 10_000_000, rdExpense: 250_000 }, // 2.5 %: one number short
      { inZone: true, revenue: 10_000_000 }, // needs rdExpense
      { inZone: false, revenue: 10_000_000, rdExpense: 900_000 }, // not in the zone
    ];
    for (const input of profiles) {
      seq += 1;
      const registered = await api.gql(REGISTER, {
        input: {
          uscc: nextUscc(),
          name: `匹配测试企业${seq}有限公司`,
          email: `match-${seq}-${Date.now()}@test.local`,
          password: 'a-long-enterprise-password',
        },
      });
      expect(registered.errors).toBeUndefined();
      const { accessToken, user } = registered.data!.registerEnterprise;
      const updated = await api.gql(UPDATE_PROFILE, { id: user.enterprise.id, input }, { token: accessToken });
      expect(updated.errors).toBeUndefined();
      enterprises.push({ id: user.enterprise.id, token: accessToken });
    }
    await api.waitForJobs();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('publishing matches every enterprise against every policy in force, equal to the engine, in a run that finishes', async () => {
    const policy = await publish('MATCH_PUBLISH');
    expect(policy.matchRun).toMatchObject({ trigger: 'POLICY_PUBLISHED' });
    await api.waitForJobs();
    const run = (await api.gql(RUN, { id: policy.matchRun.id }, { token: admin })).data?.matchRun;
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM enterprises');
    expect(run).toMatchObject({ status: 'FINISHED', total: count, done: count, failed: 0 });
    expect(run.finishedAt).not.toBeNull();

    const day = toIsoDay(new Date()) as string;
    const inForce = await api.app.get(PoliciesService).inForce(api.dataSource.manager, day);
    const profiles = await api.app.get(EnterprisesService).profilesOf(
      api.dataSource.manager,
      (await api.dataSource.query('SELECT id FROM enterprises')).map((r: { id: string }) => r.id),
    );
    const stored = await storedMatches();
    expect(stored).toHaveLength(profiles.length * inForce.length);
    for (const subject of profiles) {
      for (const p of inForce) {
        const expected = evaluatePolicy(rulesOf(p), normalizeStoredFacts(subject.facts), day);
        const row = stored.find((s) => s.enterpriseId === subject.enterpriseId && s.policyId === p.id);
        expect({ outcome: row?.outcome, benefit: row?.benefit, missingFacts: row?.missingFacts }).toEqual({
          outcome: expected.outcome,
          benefit: expected.benefit,
          missingFacts: expected.missingFacts,
        });
      }
    }
    const mine = stored
      .filter((s) => s.policyId === policy.id)
      .map((s): [string, string] => [s.enterpriseId, s.outcome]);
    expect(new Map(mine)).toEqual(
      new Map([
        [enterprises[0].id, 'ELIGIBLE'],
        [enterprises[1].id, 'INELIGIBLE'],
        [enterprises[2].id, 'NEEDS_INFO'],
        [enterprises[3].id, 'INELIGIBLE'],
      ]),
    );
  });

  it('a duplicate trigger writes nothing, and a chunk delivered again is not counted twice', async () => {
    await publish('MATCH_DUPLICATE');
    await api.waitForJobs();
    const before = await storedMatches();
    const runs = api.app.get(MatchRunsService);
    const run = await api.dataSource.transaction((manager) => runs.start(manager, MatchRunTrigger.DAILY, null));
    await api.waitForJobs();
    expect(await runs.get(run.id)).toMatchObject({ status: 'FINISHED', failed: 0 });
    expect(await storedMatches()).toEqual(before);

    const finished = await runs.get(run.id);
    const [chunk] = await api.dataSource.query('SELECT * FROM match_run_chunks WHERE "runId" = $1 ORDER BY "chunkNo"', [
      run.id,
    ]);
    const registry = api.app.get(JobRegistry);
    const payload = { runId: run.id, chunkNo: chunk.chunkNo, fromId: chunk.fromId, toId: chunk.toId };
    await registry.run(RUN_CHUNK.queue, RUN_CHUNK.name, payload, { id: 'again-1', attempt: 1 });
    await registry.run(RUN_CHUNK.queue, RUN_CHUNK.name, payload, { id: 'again-2', attempt: 5 });
    await runs.failChunk(run.id, chunk.chunkNo, { attempt: 5 });
    expect(await runs.get(run.id)).toEqual(finished);
  });

  it('a profile change re-matches only that enterprise', async () => {
    const policy = await publish('MATCH_PROFILE');
    await api.waitForJobs();
    const before = await storedMatches();
    const [changed] = enterprises;
    const result = await api.gql(
      UPDATE_PROFILE,
      { id: changed.id, input: { rdExpense: 600_000 } },
      { token: changed.token },
    );
    expect(result.errors).toBeUndefined();
    await api.waitForJobs();
    const after = await storedMatches();
    const untouched = (rows: Stored[]) => rows.filter((r) => r.enterpriseId !== changed.id);
    expect(untouched(after)).toEqual(untouched(before));
    const row = after.find((r) => r.enterpriseId === changed.id && r.policyId === policy.id)!;
    expect(row).toMatchObject({ outcome: 'ELIGIBLE', benefit: 60_000 });
    expect(row.updatedAt.getTime()).toBeGreaterThan(
      before.find((r) => r.enterpriseId === changed.id && r.policyId === policy.id)!.updatedAt.getTime(),
    );
  });

  it('an enterprise reads its own matches with explanations and the stacked total, never another’s', async () => {
    await publish('MATCH_READ_A', { stackingGroup: 'MATCH_RD' });
    await publish('MATCH_READ_B', {
      stackingGroup: 'MATCH_RD',
      benefitFormula: { '*': [{ var: 'rdExpense' }, 0.05] },
      testCases: [
        {
          name: '符合',
          facts: { inZone: true, revenue: 10_000_000, rdExpense: 400_000 },
          expectedOutcome: 'ELIGIBLE',
          expectedBenefit: 20_000,
        },
      ],
    });
    await api.waitForJobs();
    const [owner, other] = enterprises;
    const own = await api.gql(MATCHES, { id: owner.id }, { token: owner.token, locale: 'en-US' });
    expect(own.errors).toBeUndefined();
    const matches = own.data?.policyMatches as {
      policy: { id: string; code: string };
      outcome: string;
      benefit: number;
      explanationText: string[];
      stacking: { group: string | null; counts: boolean; supersededBy: { id: string } | null };
    }[];
    const a = matches.find((m) => m.policy.code === 'MATCH_READ_A')!;
    const b = matches.find((m) => m.policy.code === 'MATCH_READ_B')!;
    expect(a).toMatchObject({ outcome: 'ELIGIBLE', stacking: { group: 'MATCH_RD', counts: true, supersededBy: null } });
    expect(b.stacking).toEqual({ group: 'MATCH_RD', counts: false, supersededBy: { id: a.policy.id } });
    expect(a.explanationText.length).toBeGreaterThan(0);
    const summary = own.data?.policyMatchSummary;
    const counted = matches.filter((m) => m.outcome === 'ELIGIBLE' && m.stacking.counts);
    expect(summary.totalBenefit).toBeCloseTo(
      counted.reduce((sum, m) => sum + m.benefit, 0),
      2,
    );

    const theirs = await api.gql(MATCHES, { id: other.id }, { token: owner.token });
    expect(theirs.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(theirs.data).toBeNull();
  });

  it('lists a policy’s qualifiers and near misses for staff only', async () => {
    const policy = await publish('MATCH_QUALIFIERS');
    await api.waitForJobs();
    const eligible = await api.gql(QUALIFIERS, { policyId: policy.id, outcome: 'ELIGIBLE' }, { token: admin });
    expect(eligible.errors).toBeUndefined();
    const ids = eligible.data?.policyQualifiers.edges.map(
      (e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id,
    );
    expect(ids).toContain(enterprises[0].id);
    const near = await api.gql(QUALIFIERS, { policyId: policy.id, nearMiss: true }, { token: admin });
    const nearIds = near.data?.policyQualifiers.edges.map(
      (e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id,
    );
    expect(nearIds).toEqual([enterprises[1].id]);
    expect(near.data?.policyQualifiers.edges[0].node.gaps[0]).toMatchObject({ fact: 'rdRatio', direction: 'short' });
    const refused = await api.gql(QUALIFIERS, { policyId: policy.id }, { token: enterprises[0].token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
