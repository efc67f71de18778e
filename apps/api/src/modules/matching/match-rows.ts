import {
  deriveFacts,
  ENGINE_VERSION,
  normalizeStoredFacts,
  toIsoDay,
  type CompiledPolicy,
  type PolicyEvaluation,
} from '#matching';
import type { Outcome } from '../policies/policy.enums.js';
import { factsHashOfJson, stableJson, type HashedPolicy } from './facts-hash.js';
import type { StoredGap } from './policy-match.entity.js';

/** An enterprise's stored facts, as the enterprises context hands them out. */
export interface MatchSubject {
  enterpriseId: string;
  facts: Record<string, unknown>;
}

export interface MatchablePolicy extends HashedPolicy {
  compiled: CompiledPolicy;
}

/** A policy_matches row to upsert (JSON-ready: one statement takes them all as one jsonb value). */
export interface MatchRow {
  enterpriseId: string;
  policyId: string;
  outcome: Outcome;
  benefit: number;
  missingFacts: string[];
  gaps: StoredGap[];
  nearMiss: boolean;
  factsHash: string;
  engineVersion: string;
  asOf: string;
}

/** Near misses without their words (recomputed on read). */
export function gapsOf(result: PolicyEvaluation): StoredGap[] {
  return result.nearMisses.map(({ fact, value, threshold, gap, direction }) => ({
    fact,
    value,
    threshold,
    gap,
    direction,
  }));
}

/**
 * The outreach list's near miss: INELIGIBLE only for failing numeric criteria, one or two of them
 * (every failing criteria leaf has a gap). Approximate under `or`, where each failing branch counts.
 */
export function isNearMiss(result: PolicyEvaluation): boolean {
  if (result.outcome !== 'INELIGIBLE' || !result.inEffect) return false;
  const failing = result.explanation.filter((leaf) => leaf.context === 'criteria' && leaf.result === 'fail').length;
  return result.nearMisses.length >= 1 && result.nearMisses.length <= 2 && failing === result.nearMisses.length;
}

/** Every subject against every policy as of a day, sorted by key (a fixed lock order for the upsert). */
export function matchRows(
  subjects: readonly MatchSubject[],
  policies: readonly MatchablePolicy[],
  asOf: string,
): MatchRow[] {
  const rows: MatchRow[] = [];
  const day = toIsoDay(asOf);
  if (day === null) throw new RangeError(`asOf is not a date: ${asOf}`);
  for (const subject of subjects) {
    // Once per enterprise, not once per policy: the stored facts' text for the hash, the derived facts.
    const factsJson = stableJson(normalizeStoredFacts(subject.facts));
    const facts = deriveFacts(subject.facts, day);
    for (const policy of policies) {
      const result = policy.compiled.evaluateDerived(facts, day);
      rows.push({
        enterpriseId: subject.enterpriseId,
        policyId: policy.id,
        outcome: result.outcome,
        benefit: result.benefit,
        missingFacts: result.missingFacts,
        gaps: gapsOf(result),
        nearMiss: isNearMiss(result),
        factsHash: factsHashOfJson(factsJson, policy, asOf),
        engineVersion: ENGINE_VERSION,
        asOf,
      });
    }
  }
  return rows.sort((a, b) => cmp(a.enterpriseId, b.enterpriseId) || cmp(a.policyId, b.policyId));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
