import { compile, type CompileOptions } from './compile.js';
import type { Facts } from './facts.js';

export interface BenefitResult {
  /** Estimated yuan: capped at the maximum, 0 for NaN, negative or non-numeric results, rounded to fen. */
  amount: number;
  /** What the formula gave before clamping; null when it depends on a missing fact. */
  raw: unknown;
  capped: boolean;
  /** Stored facts the formula needs and lacks (then amount is 0). */
  missingFacts: string[];
}

export interface CompiledBenefit {
  readonly formula: unknown;
  evaluate(facts: Facts, maxBenefit?: number | null): BenefitResult;
}

/** Compile a benefit formula (JsonLogic arithmetic over facts, `if` allowed) into yuan. */
export function compileBenefit(formula: unknown, options: CompileOptions = {}): CompiledBenefit {
  const compiled = compile(formula, 'number', options);
  return {
    formula,
    evaluate(facts, maxBenefit = null) {
      const result = compiled.value(facts);
      if (!result.known) return { amount: 0, raw: null, capped: false, missingFacts: result.missingFacts };
      const { amount, capped } = clampBenefit(result.value, maxBenefit);
      return { amount, raw: result.value, capped, missingFacts: [] };
    },
  };
}

/** A formula's value as a payable amount: never negative, never NaN, never above the maximum. */
export function clampBenefit(raw: unknown, maxBenefit: number | null | undefined): { amount: number; capped: boolean } {
  if (typeof raw !== 'number' || Number.isNaN(raw) || raw <= 0) return { amount: 0, capped: false };
  // A PostgreSQL numeric arrives as a string.
  const cap = maxBenefit === null || maxBenefit === undefined ? null : Number(maxBenefit);
  const capped = cap !== null && !Number.isNaN(cap) && raw > cap;
  const amount = capped ? Math.max(0, cap) : raw;
  if (!Number.isFinite(amount)) return { amount: 0, capped };
  return { amount: Math.round(amount * 100) / 100, capped };
}
