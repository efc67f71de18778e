import { compile } from './compile.js';
/** Compile a benefit formula (JsonLogic arithmetic over facts, `if` allowed) into yuan. */
export function compileBenefit(formula, options = {}) {
    const compiled = compile(formula, 'number', options);
    return {
        formula,
        evaluate(facts, maxBenefit = null) {
            const result = compiled.value(facts);
            if (!result.known)
                return { amount: 0, raw: null, capped: false, missingFacts: result.missingFacts };
            const { amount, capped } = clampBenefit(result.value, maxBenefit);
            return { amount, raw: result.value, capped, missingFacts: [] };
        },
    };
}
/** A formula's value as a payable amount: never negative, never NaN, never above the maximum. */
export function clampBenefit(raw, maxBenefit) {
    if (typeof raw !== 'number' || Number.isNaN(raw) || raw <= 0)
        return { amount: 0, capped: false };
    // A PostgreSQL numeric arrives as a string.
    const cap = maxBenefit === null || maxBenefit === undefined ? null : Number(maxBenefit);
    const capped = cap !== null && !Number.isNaN(cap) && raw > cap;
    const amount = capped ? Math.max(0, cap) : raw;
    if (!Number.isFinite(amount))
        return { amount: 0, capped };
    return { amount: Math.round(amount * 100) / 100, capped };
}
