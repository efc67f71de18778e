import type { FactUnit } from './facts.js';
import type { LocalizedText } from './i18n.js';

/** Three-valued: NEEDS_INFO when the outcome depends on a fact that is missing. */
export type Outcome = 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_INFO';
export const OUTCOMES: readonly Outcome[] = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_INFO'];

export type LeafResult = 'pass' | 'fail' | 'unknown';

/**
 * The operator of an explanation leaf, as a person reads it: a constant on the left is moved to the
 * right (`0.04 <= rdRatio` reads `rdRatio >= 0.04`), `!` over a comparison is folded in (`!in` →
 * `notIn`), a boolean fact alone is `is` (`isNot` under `!`), three-argument `<=` / `<` is `between`
 * / `betweenExclusive`, and `in` with a fact on the right (substring) is `contains`.
 */
export type LeafOperator =
  | '=='
  | '==='
  | '!='
  | '!=='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'between'
  | 'betweenExclusive'
  | 'notBetween'
  | 'notBetweenExclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'notContains'
  | 'is'
  | 'isNot';

/** One comparison of the rule, in tree order. */
export interface ExplanationLeaf {
  /** Where the leaf is in the rule JSON, e.g. `and[1]['>=']`. */
  path: string;
  /** The fact compared; for a computed subject, the expression as text (see `isExpression`). */
  fact: string;
  isExpression: boolean;
  /** The subject's value; null when unknown. */
  value: unknown;
  operator: LeafOperator;
  /** The value compared with: [low, high] for between, the list for in; null when unknown. */
  threshold: unknown;
  result: LeafResult;
  /** Stored facts to enter to decide this leaf (empty unless result is 'unknown'). */
  missingFacts: string[];
  /**
   * 'criteria' for the conditions themselves; 'condition' for the test of an `if` (which branch
   * applies, e.g. the revenue band); 'formula' inside arithmetic (e.g. the bands of a score).
   * Only 'criteria' leaves give near-misses.
   */
  context: 'criteria' | 'condition' | 'formula';
  text: LocalizedText;
}

/** A numeric leaf that fails, with how far it is from passing. */
export interface NearMiss {
  path: string;
  fact: string;
  value: number;
  operator: LeafOperator;
  threshold: number;
  /** Distance to passing, in the fact's unit (a fraction for ratios; whole units for counts). */
  gap: number;
  /** 'short' when the value must grow, 'over' when it must shrink. */
  direction: 'short' | 'over';
  unit: FactUnit | null;
  text: LocalizedText;
}

export interface RuleEvaluation {
  outcome: Outcome;
  explanation: ExplanationLeaf[];
  /** Stored facts to enter (for a missing derived fact, its missing inputs); empty unless NEEDS_INFO. */
  missingFacts: string[];
  /** Failing numeric criteria leaves with their gaps; empty when ELIGIBLE. */
  nearMisses: NearMiss[];
}
