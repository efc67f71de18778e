import { conditionText, comparisonText, expressionLabel, factLabel, unitOf } from './describe.js';
import { isIntegerFact, leafText } from './explain.js';
import { isConstant, opPath, varName } from './logic.js';
import { truthy } from './ops.js';
import { isUnknown } from './unknown.js';
import { STRUCTURAL_FAULTS, validateRule } from './validate.js';
/** What the two evaluators of a rule share: options, result types, leaf templates and texts. */
/** A rule that failed validation; `faults` lists every fault with its path. */
export class RuleValidationError extends Error {
    faults;
    constructor(faults) {
        super(`invalid rule: ${faults.map((f) => `${f.path || '(rule)'}: ${f.message.en}`).join('; ')}`);
        this.faults = faults;
        this.name = 'RuleValidationError';
    }
}
export function checkRule(rule, expect, options) {
    const faults = validateRule(rule, { expect, knownValues: options.knownValues }).filter((f) => options.validate !== false || STRUCTURAL_FAULTS.includes(f.code));
    if (faults.length > 0)
        throw new RuleValidationError(faults);
}
export function contextOf(env) {
    return env.inValue ? 'formula' : env.inCondition ? 'condition' : 'criteria';
}
export function outcomeOf(value) {
    if (isUnknown(value))
        return 'NEEDS_INFO';
    return truthy(value) ? 'ELIGIBLE' : 'INELIGIBLE';
}
export function toExplanationLeaf({ template, value, threshold, result, missing }) {
    const known = (v) => (isUnknown(v) ? null : v);
    const shownThreshold = Array.isArray(threshold) && template.operator.toLowerCase().includes('between')
        ? threshold.map(known)
        : known(threshold);
    return {
        path: template.path,
        fact: template.fact,
        isExpression: template.isExpression,
        value: known(value),
        operator: template.operator,
        threshold: shownThreshold,
        result,
        missingFacts: [...missing],
        context: template.context,
        text: leafText(template, known(value), shownThreshold, result, missing),
    };
}
/** The template of a fact read for its truth (an is / isNot leaf). */
export function truthTemplate(node, path, env, negate, options) {
    const name = varName(node);
    return {
        path: opPath(path, 'var'),
        fact: name,
        isExpression: false,
        operator: negate ? 'isNot' : 'is',
        context: contextOf(env),
        unit: null,
        integer: false,
        requirement: conditionText(negate ? { '!': node } : node, options),
        subjectLabel: factLabel(name),
        thresholdIsConstant: true,
        labels: options.labels,
    };
}
/** The template of a comparison or `in` leaf. */
export function leafTemplate(at, shape, args, env, options) {
    const subject = args[shape.subjectIndex];
    const fact = varName(subject);
    const unit = unitOf(subject);
    const subjectLabel = fact !== null ? factLabel(fact) : expressionLabel(subject, unit, options);
    return {
        path: at,
        fact: fact ?? subjectLabel.en,
        isExpression: fact === null,
        operator: shape.operator,
        context: contextOf(env),
        unit,
        integer: isIntegerFact(fact),
        requirement: comparisonText(shape, args, options, subjectLabel),
        subjectLabel,
        thresholdIsConstant: shape.thresholdIndexes.every((i) => isConstant(args[i])),
        labels: options.labels,
    };
}
