import { compileBenefit } from './benefit.js';
import { compileRule } from './compile.js';
import { toIsoDay } from './dates.js';
import { deriveFacts } from './derive.js';
import { sortFactNames } from './facts.js';
import { ENGINE_VERSION } from './version.js';
/** Compile a policy once (throws RuleValidationError), then evaluate it for many enterprises. */
export function compilePolicy(policy, options = {}) {
    const criteria = compileRule(policy.criteria, options);
    const benefit = compileBenefit(policy.benefitFormula, options);
    const evaluateDerived = (facts, day) => {
        // A plain object: the rule's evaluation builds its explanation on first read.
        const evaluation = criteria.evaluate(facts);
        const result = {
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
        if (result.outcome !== 'ELIGIBLE')
            return { ...result, ...base, benefit: 0, benefitMissingFacts: [] };
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
            if (day === null)
                throw new RangeError(`asOf is not a date: ${String(asOf)}`);
            return evaluateDerived(deriveFacts(stored, day), day);
        },
        evaluateDerived,
    };
}
/** Evaluate a policy for one set of stored facts as of a date (derived facts computed as for a profile). */
export function evaluatePolicy(policy, stored, asOf, options = {}) {
    return compilePolicy(policy, options).evaluate(stored, asOf);
}
export function isInEffect(policy, asOf) {
    if (policy.effectiveFrom && asOf < policy.effectiveFrom)
        return false;
    if (policy.effectiveTo && asOf > policy.effectiveTo)
        return false;
    return true;
}
