import { compileBenefit, type CompiledBenefit } from './benefit.js';
import { compileRule, type CompileOptions, type CompiledRule } from './compile.js';
import { toIsoDay } from './dates.js';
import { deriveFacts } from './derive.js';
import { sortFactNames, type Facts, type StoredFacts } from './facts.js';
import type { RuleEvaluation } from './results.js';
import { ENGINE_VERSION } from './version.js';

/** The parts of a policy the engine needs. */
export interface PolicyRules {
  criteria: unknown;
  benefitFormula: unknown;
  /** Cap in yuan; null = no cap. */
  maxBenefit: number | null;
  /** 'YYYY-MM-DD'; when given, a policy not in effect on the evaluation date is INELIGIBLE. */
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

export interface PolicyEvaluation extends RuleEvaluation {
  /** Estimated yuan; 0 unless ELIGIBLE. */
  benefit: number;
  /** Facts the benefit formula lacks although the enterprise is ELIGIBLE (also in missingFacts). */
  benefitMissingFacts: string[];
  /** False when asOf is outside effectiveFrom..effectiveTo (then the outcome is INELIGIBLE). */
  inEffect: boolean;
  /** The evaluation date, 'YYYY-MM-DD'. */
  asOf: string;
  engineVersion: string;
}

export interface CompiledPolicy {
  readonly criteria: CompiledRule;
  readonly benefit: CompiledBenefit;
  evaluate(stored: StoredFacts | Record<string, unknown>, asOf: Date | string): PolicyEvaluation;
  /**
   * The same from facts already derived with `deriveFacts(stored, day)` for the same day
   * ('YYYY-MM-DD'): a re-match derives an enterprise's facts once for all its policies.
   */
  evaluateDerived(facts: Facts, day: string): PolicyEvaluation;
}

/** Compile a policy once (throws RuleValidationError), then evaluate it for many enterprises. */
export function compilePolicy(policy: PolicyRules, options: CompileOptions = {}): CompiledPolicy {
  const criteria = compileRule(policy.criteria, options);
  const benefit = compileBenefit(policy.benefitFormula, options);
  const evaluateDerived = (facts: Facts, day: string): PolicyEvaluation => {
    // A plain object: the rule's evaluation builds its explanation on first read.
    const evaluation = criteria.evaluate(facts);
    const result: RuleEvaluation = {
      outcome: evaluation.outcome,
      explanation: evaluation.explanation,
      missingFacts: evaluation.missingFacts,
      nearMisses: evaluation.nearMisses,
    };
    const inEffect = isInEffect(policy, day);
    const base = { inEffect, asOf: day, engineVersion: ENGINE_VERSION };
    if (!inEffect) {
      return {
        ...result,
        ...base,
        outcome: 'INELIGIBLE',
        missingFacts: [],
        nearMisses: [],
        benefit: 0,
        benefitMissingFacts: [],
      };
    }
    if (result.outcome !== 'ELIGIBLE') return { ...result, ...base, benefit: 0, benefitMissingFacts: [] };
    const amount = benefit.evaluate(facts, policy.maxBenefit);
    return {
      ...result,
      ...base,
      benefit: amount.amount,
      benefitMissingFacts: amount.missingFacts,
      missingFacts: sortFactNames([...result.missingFacts, ...amount.missingFacts]),
    };
  };
  return {
    criteria,
    benefit,
    evaluate(stored, asOf) {
      const day = toIsoDay(asOf);
      if (day === null) throw new RangeError(`asOf is not a date: ${String(asOf)}`);
      return evaluateDerived(deriveFacts(stored, day), day);
    },
    evaluateDerived,
  };
}

/** Evaluate a policy for one set of stored facts as of a date (derived facts computed as for a profile). */
export function evaluatePolicy(
  policy: PolicyRules,
  stored: StoredFacts | Record<string, unknown>,
  asOf: Date | string,
  options: CompileOptions = {},
): PolicyEvaluation {
  return compilePolicy(policy, options).evaluate(stored, asOf);
}

export function isInEffect(policy: Pick<PolicyRules, 'effectiveFrom' | 'effectiveTo'>, asOf: string): boolean {
  if (policy.effectiveFrom && asOf < policy.effectiveFrom) return false;
  if (policy.effectiveTo && asOf > policy.effectiveTo) return false;
  return true;
}
