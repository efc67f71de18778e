import { evaluatePolicy, normalizeStoredFacts } from '#matching';
import { EnterprisesService } from '../../apps/api/src/modules/enterprises/enterprises.service.js';
import { PoliciesService } from '../../apps/api/src/modules/policies/policies.service.js';
import { rulesOf } from '../../apps/api/src/modules/policies/policy-content.js';
import type { TestApp } from './test-app.js';

export interface MatchSnapshot {
  key: string;
  outcome: string;
  benefit: number;
  missingFacts: string[];
}

/** Every stored policy match, one entry per (enterprise, policy version), sorted by that key. */
export async function storedMatches(api: TestApp): Promise<MatchSnapshot[]> {
  const rows = (await api.dataSource.query(
    `SELECT "enterpriseId" || ':' || "policyId" AS key, outcome, benefit::float8 AS benefit, "missingFacts"
       FROM policy_matches`,
  )) as MatchSnapshot[];
  return rows.sort(byKey);
}

const byKey = (a: MatchSnapshot, b: MatchSnapshot): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * What the stored matches must be: the pure engine run directly on every enterprise's stored facts
 * against every policy version in force on the day, in the same order as storedMatches.
 */
export async function engineMatches(api: TestApp, day: string): Promise<MatchSnapshot[]> {
  const manager = api.dataSource.manager;
  const ids = ((await api.dataSource.query('SELECT id FROM enterprises')) as { id: string }[]).map((r) => r.id);
  const profiles = await api.app.get(EnterprisesService).profilesOf(manager, ids);
  const policies = await api.app.get(PoliciesService).inForce(manager, day);
  const expected: MatchSnapshot[] = [];
  for (const subject of profiles) {
    for (const policy of policies) {
      const result = evaluatePolicy(rulesOf(policy), normalizeStoredFacts(subject.facts), day);
      expected.push({
        key: `${subject.enterpriseId}:${policy.id}`,
        outcome: result.outcome,
        benefit: result.benefit,
        missingFacts: result.missingFacts,
      });
    }
  }
  return expected.sort(byKey);
}
