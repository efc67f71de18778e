import { FACTS, isFactName } from './facts.js';
import { factLabel, symbolOf } from './describe.js';
import { formatGap, formatValue } from './format.js';
export function leafText(template, value, threshold, result, missing) {
    const req = template.requirement;
    if (result === 'unknown') {
        const names = missing.map(factLabel);
        return {
            zh: `${req.zh}：无法判断，需填写：${names.map((n) => n.zh).join('、')}`,
            en: `${req.en}: unknown, enter: ${names.map((n) => n.en).join('; ')}`,
        };
    }
    const verdict = result === 'pass' ? { zh: '符合', en: 'met' } : { zh: '不符合', en: 'not met' };
    const fact = template.isExpression ? null : template.fact;
    // A met yes/no condition says it all; an unmet one shows the actual state.
    if (typeof value === 'boolean' && fact !== null && isFactName(fact) && FACTS[fact].type === 'boolean') {
        if (result === 'pass')
            return { zh: `${req.zh}：${verdict.zh}`, en: `${req.en}: ${verdict.en}` };
        const state = formatValue(value, fact, null);
        return {
            zh: `${req.zh}：${verdict.zh}（实际：${state.zh}）`,
            en: `${req.en}: ${verdict.en} (actual: ${state.en})`,
        };
    }
    const actual = formatValue(value, fact, template.unit, template.labels);
    if (template.thresholdIsConstant) {
        return {
            zh: `${req.zh}：${verdict.zh}（实际：${actual.zh}）`,
            en: `${req.en}: ${verdict.en} (actual: ${actual.en})`,
        };
    }
    const against = formatValue(threshold, fact, template.unit, template.labels);
    return {
        zh: `${req.zh}：${verdict.zh}（实际：${actual.zh}，对比：${against.zh}）`,
        en: `${req.en}: ${verdict.en} (actual: ${actual.en} vs ${against.en})`,
    };
}
/** How far a failing numeric leaf is from passing; null when the question makes no sense. */
export function nearMissOf(template, leaf) {
    if (leaf.result !== 'fail' || template.context !== 'criteria' || typeof leaf.value !== 'number')
        return null;
    let operator = leaf.operator;
    let threshold = leaf.threshold;
    if (operator === 'between' || operator === 'betweenExclusive') {
        const [lo, hi] = leaf.threshold;
        const strict = operator === 'betweenExclusive';
        const below = typeof lo === 'number' && (strict ? leaf.value <= lo : leaf.value < lo);
        operator = below ? (strict ? '>' : '>=') : strict ? '<' : '<=';
        threshold = below ? lo : hi;
    }
    if (typeof threshold !== 'number' || !['<', '<=', '>', '>='].includes(operator))
        return null;
    const value = leaf.value;
    if (!Number.isFinite(value) || !Number.isFinite(threshold))
        return null;
    const strict = operator === '<' || operator === '>';
    const direction = operator === '>' || operator === '>=' ? 'short' : 'over';
    // toPrecision drops float noise: 0.04 − 0.036 is 0.004, not 0.0040000000000000036.
    let gap = Number(Math.abs(threshold - value).toPrecision(12));
    // A head count of 9 against "> 10" is 2 people short, not 1.
    if (template.integer && strict)
        gap = Math.floor(gap) + 1;
    const label = template.subjectLabel;
    const fact = template.isExpression ? null : template.fact;
    const v = formatValue(value, fact, template.unit, template.labels);
    const t = formatValue(threshold, fact, template.unit, template.labels);
    const g = formatGap(gap, template.unit);
    const sym = symbolOf(operator);
    const tail = gap === 0
        ? {
            zh: `恰在界限上，须${direction === 'short' ? '大于' : '小于'}该值`,
            en: `exactly at the limit; must be ${direction === 'short' ? 'above' : 'below'} it`,
        }
        : direction === 'short'
            ? { zh: `差${g.zh}`, en: `${g.en} short` }
            : { zh: `超出${g.zh}`, en: `${g.en} over` };
    return {
        path: leaf.path,
        fact: leaf.fact,
        value,
        operator,
        threshold,
        gap,
        direction,
        unit: template.unit,
        text: {
            zh: `${label.zh} ${v.zh}，要求 ${sym} ${t.zh}：${tail.zh}`,
            en: `${label.en} ${v.en}, needs ${sym} ${t.en}: ${tail.en}`,
        },
    };
}
export function isIntegerFact(fact) {
    return fact !== null && isFactName(fact) && FACTS[fact].integer === true;
}
