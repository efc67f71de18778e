import { explanationLeaves } from '../policies/policy-explanation/explanation-list';
import type { MyPolicyMatchesQuery } from '../../gql/graphql';

export type PolicyMatchView = MyPolicyMatchesQuery['policyMatches'][number];

export interface MatchGroups {
  qualified: PolicyMatchView[];
  almost: PolicyMatchView[];
  needsInfo: PolicyMatchView[];
  /** Ineligible for more than a number or two: not listed, only counted. */
  otherCount: number;
}

/**
 * The server's near miss (match-rows.ts isNearMiss): INELIGIBLE only for failing numeric criteria,
 * one or two of them, each with its gap.
 */
export const isNearMiss = (match: Pick<PolicyMatchView, 'outcome' | 'gapText' | 'explanation'>): boolean => {
  if (match.outcome !== 'INELIGIBLE') return false;
  const failing = explanationLeaves(match.explanation).filter(
    (leaf) => leaf.context === 'criteria' && leaf.result === 'fail',
  ).length;
  return match.gapText.length >= 1 && match.gapText.length <= 2 && failing === match.gapText.length;
};

/** The three sections of 我的政策, each in the server's order (eligible: largest benefit first). */
export const groupMatches = (matches: readonly PolicyMatchView[]): MatchGroups => {
  const groups: MatchGroups = { qualified: [], almost: [], needsInfo: [], otherCount: 0 };
  for (const match of matches) {
    if (match.outcome === 'ELIGIBLE') groups.qualified.push(match);
    else if (match.outcome === 'NEEDS_INFO') groups.needsInfo.push(match);
    else if (isNearMiss(match)) groups.almost.push(match);
    else groups.otherCount += 1;
  }
  return groups;
};
