import type { CompileOptions } from './compile.js';
import type { StoredFacts } from './facts.js';
import { compilePolicy, type PolicyRules } from './policy.js';
import type { ExplanationLeaf, NearMiss, Outcome } from './results.js';
import { validateStoredFacts, type FactFault } from './validate-facts.js';

/** A policy's own example: stored facts → expected outcome and benefit. */
export interface PolicyTestCase {
  name: string;
  facts: StoredFacts | Record<string, unknown>;
  expectedOutcome: Outcome;
  /** Yuan; null = not checked. */
  expectedBenefit: number | null;
  /** Evaluation date 'YYYY-MM-DD' (needed when the case depends on registeredYears). */
  asOf?: string;
}

export interface TestCaseResult {
  name: string;
  passed: boolean;
  asOf: string;
  expectedOutcome: Outcome;
  actualOutcome: Outcome | null;
  expectedBenefit: number | null;
  actualBenefit: number | null;
  outcomeMatches: boolean;
  benefitMatches: boolean;
  explanation: ExplanationLeaf[];
  missingFacts: string[];
  nearMisses: NearMiss[];
  /** Faults of the case's facts; a case with faults fails without being evaluated. */
  factFaults: FactFault[];
}

/** Benefits within a fen of each other are equal. */
export const BENEFIT_TOLERANCE = 0.01;

export interface RunTestCasesOptions extends CompileOptions {
  /** Evaluation date of cases without their own; default the policy's effectiveFrom, else today. */
  asOf?: Date | string;
}

/**
 * Run a policy's test cases (publishing refuses a policy whose cases fail). Throws
 * RuleValidationError when the criteria or the benefit formula is invalid.
 */
export function runTestCases(
  policy: PolicyRules,
  cases: readonly PolicyTestCase[],
  options: RunTestCasesOptions = {},
): TestCaseResult[] {
  const compiled = compilePolicy(policy, options);
  return cases.map((testCase) => {
    const asOf = testCase.asOf ?? options.asOf ?? policy.effectiveFrom ?? new Date();
    const factFaults = validateStoredFacts(testCase.facts);
    const expected = {
      name: testCase.name,
      expectedOutcome: testCase.expectedOutcome,
      expectedBenefit: testCase.expectedBenefit,
    };
    if (factFaults.length > 0) {
      return {
        ...expected,
        passed: false,
        asOf: typeof asOf === 'string' ? asOf : asOf.toISOString().slice(0, 10),
        actualOutcome: null,
        actualBenefit: null,
        outcomeMatches: false,
        benefitMatches: false,
        explanation: [],
        missingFacts: [],
        nearMisses: [],
        factFaults,
      };
    }
    const result = compiled.evaluate(testCase.facts, asOf);
    const outcomeMatches = result.outcome === testCase.expectedOutcome;
    const benefitMatches =
      testCase.expectedBenefit === null || Math.abs(result.benefit - testCase.expectedBenefit) <= BENEFIT_TOLERANCE;
    return {
      ...expected,
      passed: outcomeMatches && benefitMatches,
      asOf: result.asOf,
      actualOutcome: result.outcome,
      actualBenefit: result.benefit,
      outcomeMatches,
      benefitMatches,
      explanation: result.explanation,
      missingFacts: result.missingFacts,
      nearMisses: result.nearMisses,
      factFaults,
    };
  });
}
