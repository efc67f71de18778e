import { compilePolicy } from './policy.js';
import { validateStoredFacts } from './validate-facts.js';
/** Benefits within a fen of each other are equal. */
export const BENEFIT_TOLERANCE = 0.01;
/**
 * Run a policy's test cases (publishing refuses a policy whose cases fail). Throws
 * RuleValidationError when the criteria or the benefit formula is invalid.
 */
export function runTestCases(policy, cases, options = {}) {
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
        const benefitMatches = testCase.expectedBenefit === null || Math.abs(result.benefit - testCase.expectedBenefit) <= BENEFIT_TOLERANCE;
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
