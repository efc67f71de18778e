import type { Outcome } from './results.js';

/** What stacking needs of a match: its group, its benefit and (optionally) its outcome. */
export interface StackableMatch {
  stackingGroup: string | null;
  benefit: number;
  /** Matches that are not ELIGIBLE never count; omitted means ELIGIBLE. */
  outcome?: Outcome;
}

export interface StackedMatch<T> {
  match: T;
  /** True when its benefit is paid: eligible, and alone or the largest in its stacking group. */
  counts: boolean;
  /** Index (in the input) of the match its group pays instead; null when it counts or is not eligible. */
  supersededBy: number | null;
}

export interface StackingResult<T> {
  items: StackedMatch<T>[];
  /** Sum of the benefits that count. */
  totalBenefit: number;
}

/**
 * Policies in one stacking group pay at most the largest benefit, not the sum. Ties go to the
 * first in input order, so callers sort their input (e.g. by policy code) for stable answers.
 */
export function applyStackingGroups<T extends StackableMatch>(matches: readonly T[]): StackingResult<T> {
  const eligible = (m: T): boolean => (m.outcome ?? 'ELIGIBLE') === 'ELIGIBLE';
  const best = new Map<string, number>();
  matches.forEach((m, i) => {
    if (!eligible(m) || m.stackingGroup === null) return;
    const current = best.get(m.stackingGroup);
    if (current === undefined || m.benefit > matches[current].benefit) best.set(m.stackingGroup, i);
  });
  const items = matches.map((match, i): StackedMatch<T> => {
    if (!eligible(match)) return { match, counts: false, supersededBy: null };
    if (match.stackingGroup === null) return { match, counts: true, supersededBy: null };
    const winner = best.get(match.stackingGroup) as number;
    return { match, counts: winner === i, supersededBy: winner === i ? null : winner };
  });
  const totalBenefit = items.reduce((sum, item) => sum + (item.counts ? item.match.benefit : 0), 0);
  return { items, totalBenefit: Math.round(totalBenefit * 100) / 100 };
}
