import { FACTS, isFactName } from './facts.js';
import { localize } from './i18n.js';
import { formatNumber, formatValue } from './format.js';
import { isLeafNode, leafShape } from './leaf.js';
import { argsOf, isArithmetic, isConstant, isLogicObject, operatorOf, varName } from './logic.js';
const SYMBOL = {
    '==': '=',
    '===': '=',
    '!=': '≠',
    '!==': '≠',
    '<': '<',
    '<=': '≤',
    '>': '>',
    '>=': '≥',
};
const join = (parts, zh, en) => ({
    zh: parts.map((p) => p.zh).join(zh),
    en: parts.map((p) => p.en).join(en),
});
const paren = (t) => ({ zh: `（${t.zh}）`, en: `(${t.en})` });
export function symbolOf(op) {
    return SYMBOL[op] ?? op;
}
export function factLabel(name) {
    return isFactName(name) ? FACTS[name].label : { zh: name, en: name };
}
/** The unit a numeric expression is in, when it has one (rdExpense × 0.25 is still yuan). */
export function unitOf(node) {
    const name = varName(node);
    if (name !== null)
        return isFactName(name) ? FACTS[name].unit : null;
    if (!isLogicObject(node))
        return null;
    const op = operatorOf(node);
    const args = argsOf(node);
    const variable = args.filter((a) => !isConstant(a));
    const common = (nodes) => {
        const units = new Set(nodes.map(unitOf));
        return units.size === 1 ? [...units][0] : null;
    };
    if (op === '+' || op === '-' || op === 'min' || op === 'max')
        return variable.length ? common(variable) : null;
    // Money times a rate is still money; a count times a constant is no longer a count (× 3000 yuan).
    const scaled = (u) => (u === 'CNY' ? u : null);
    if (op === '*')
        return variable.length === 1 ? scaled(unitOf(variable[0])) : null;
    if (op === '/')
        return variable.length === 1 && !isConstant(args[0]) ? scaled(unitOf(args[0])) : null;
    if (op === 'if') {
        const branches = args.filter((_, i) => i % 2 === 1 || (i === args.length - 1 && args.length % 2 === 1));
        const variableBranches = branches.filter((b) => !isConstant(b));
        return variableBranches.length ? common(variableBranches) : null;
    }
    return null;
}
/** A value expression as text; literals are shown in `unit` (the unit of what they are compared with). */
export function expressionText(node, unit, options = {}) {
    const name = varName(node);
    if (name !== null)
        return factLabel(name);
    if (typeof node === 'number')
        return formatNumber(node, unit);
    if (!isLogicObject(node))
        return formatValue(node, null, unit, options.labels);
    const op = operatorOf(node);
    const args = argsOf(node);
    if (isArithmetic(op)) {
        const own = unitOf(node) ?? unit;
        const literalUnit = op === '+' || op === '-' || op === 'min' || op === 'max' ? own : null;
        const parts = args.map((arg) => {
            const t = expressionText(arg, isConstant(arg) ? literalUnit : unitOf(arg), options);
            // Grouping inside arithmetic is math, so ASCII parentheses in both locales; min/max need none.
            const group = op !== 'min' && op !== 'max' && isLogicObject(arg) && isArithmetic(operatorOf(arg)) && argsOf(arg).length > 1;
            return group ? { zh: `(${t.zh})`, en: `(${t.en})` } : t;
        });
        if (op === 'min' || op === 'max')
            return { zh: `${op}(${join(parts, ', ', ', ').zh})`, en: `${op}(${join(parts, ', ', ', ').en})` };
        if (op === '-' && parts.length === 1)
            return { zh: `−${parts[0].zh}`, en: `−${parts[0].en}` };
        const sym = { '+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ ', '%': ' mod ' }[op] ?? ` ${op} `;
        return join(parts, sym, sym);
    }
    if (op === 'if')
        return paren(ifText(args, (branch) => expressionText(branch, unit, options), options));
    return paren(conditionText(node, options));
}
const LONG_LABEL = 80;
/**
 * A short label for a computed subject in explanations: the expression itself when short, else
 * "computed value (from A, B)" — a person needs the facts it depends on, not a page of bands.
 */
export function expressionLabel(node, unit, options = {}) {
    const full = expressionText(node, unit, options);
    if (full.zh.length <= LONG_LABEL && full.en.length <= LONG_LABEL * 1.5)
        return full;
    const facts = factsIn(node).map(factLabel);
    return {
        zh: `计算值（依据：${facts.map((f) => f.zh).join('、')}）`,
        en: `computed value (from: ${facts.map((f) => f.en).join('; ')})`,
    };
}
/** The facts an expression reads, in order of first appearance. */
export function factsIn(node, found = []) {
    const name = varName(node);
    if (name !== null) {
        if (!found.includes(name))
            found.push(name);
    }
    else if (Array.isArray(node)) {
        for (const item of node)
            factsIn(item, found);
    }
    else if (isLogicObject(node)) {
        for (const arg of argsOf(node))
            factsIn(arg, found);
    }
    return found;
}
function ifText(args, branchText, options) {
    const zh = [];
    const en = [];
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
        const c = conditionText(args[i], options, true);
        const b = branchText(args[i + 1]);
        zh.push(`若${c.zh}则${b.zh}`);
        en.push(`if ${c.en} then ${b.en}`);
    }
    const last = i < args.length ? branchText(args[i]) : { zh: '空', en: 'none' };
    zh.push(`否则${last.zh}`);
    en.push(`otherwise ${last.en}`);
    return { zh: zh.join('；'), en: en.join('; ') };
}
/** A condition as text; `nested` wraps compound conditions in parentheses. */
export function conditionText(node, options = {}, nested = false) {
    if (node === true)
        return { zh: '始终满足', en: 'always' };
    if (node === false)
        return { zh: '从不满足', en: 'never' };
    if (!isLogicObject(node))
        return expressionText(node, null, options);
    const op = operatorOf(node);
    const args = argsOf(node);
    if (op === 'and' || op === 'or') {
        const parts = args.map((a) => conditionText(a, options, true));
        if (parts.length === 1)
            return parts[0];
        const t = op === 'and' ? join(parts, '且', ' and ') : join(parts, '或', ' or ');
        return nested ? paren(t) : t;
    }
    if (op === '!' || op === '!!') {
        const [arg] = args;
        const negate = op === '!';
        if (isLeafNode(arg))
            return comparisonText(leafShape(arg, negate), argsOf(arg), options);
        if (varName(arg) !== null)
            return truthText(varName(arg), !negate);
        if (!negate)
            return conditionText(arg, options, nested);
        const inner = conditionText(arg, options, true);
        return { zh: `并非${inner.zh}`, en: `not ${inner.en}` };
    }
    if (isLeafNode(node))
        return comparisonText(leafShape(node), args, options);
    if (op === 'var' && varName(node) !== null)
        return truthText(varName(node), true);
    if (op === 'if') {
        const t = ifText(args, (branch) => conditionText(branch, options, true), options);
        return nested ? paren(t) : t;
    }
    return expressionText(node, null, options);
}
/** "registered in the district" / "not on the serious dishonesty list". */
function truthText(name, wanted) {
    const def = isFactName(name) ? FACTS[name] : null;
    if (def?.whenTrue && def.whenFalse)
        return wanted ? def.whenTrue : def.whenFalse;
    const label = factLabel(name);
    return wanted
        ? { zh: `${label.zh}不为空且不为零`, en: `${label.en} is set and non-zero` }
        : { zh: `${label.zh}为空或为零`, en: `${label.en} is empty or zero` };
}
/** The requirement a leaf states, e.g. "近三年研发费用占销售收入比例 ≥ 5%". */
export function comparisonText(shape, args, options = {}, subjectLabel) {
    const subject = args[shape.subjectIndex];
    const fact = varName(subject);
    const unit = unitOf(subject);
    const subj = subjectLabel ?? expressionText(subject, unit, options);
    const thresholds = shape.thresholdIndexes.map((i) => args[i]);
    const thr = (node) => isConstant(node) && !isLogicObject(node)
        ? formatValue(node, fact, unit, options.labels)
        : expressionText(node, unit, options);
    const [first, second] = thresholds;
    const op = shape.operator;
    switch (op) {
        case 'is':
        case 'isNot':
            return truthText(fact ?? '', op === 'is');
        case 'between':
        case 'betweenExclusive': {
            const s = op === 'between' ? '≤' : '<';
            return {
                zh: `${thr(first).zh} ${s} ${subj.zh} ${s} ${thr(second).zh}`,
                en: `${thr(first).en} ${s} ${subj.en} ${s} ${thr(second).en}`,
            };
        }
        case 'notBetween':
        case 'notBetweenExclusive': {
            const [lo, hi] = op === 'notBetween' ? ['<', '>'] : ['≤', '≥'];
            return {
                zh: `${subj.zh} ${lo} ${thr(first).zh} 或 ${hi} ${thr(second).zh}`,
                en: `${subj.en} ${lo} ${thr(first).en} or ${hi} ${thr(second).en}`,
            };
        }
        case 'in':
        case 'notIn': {
            const not = op === 'notIn';
            if (Array.isArray(first)) {
                const items = thr(first);
                if (first.length === 1) {
                    return not
                        ? { zh: `${subj.zh}不为${items.zh}`, en: `${subj.en} is not ${items.en}` }
                        : { zh: `${subj.zh}为${items.zh}`, en: `${subj.en} is ${items.en}` };
                }
                return not
                    ? { zh: `${subj.zh}不为${items.zh}中的任何一个`, en: `${subj.en} is none of ${items.en}` }
                    : { zh: `${subj.zh}为${items.zh}之一`, en: `${subj.en} is one of ${items.en}` };
            }
            return not
                ? { zh: `${subj.zh}不包含于“${thr(first).zh}”`, en: `${subj.en} is not part of "${thr(first).en}"` }
                : { zh: `${subj.zh}包含于“${thr(first).zh}”`, en: `${subj.en} is part of "${thr(first).en}"` };
        }
        case 'contains':
        case 'notContains':
            return op === 'contains'
                ? { zh: `${subj.zh}包含“${thr(first).zh}”`, en: `${subj.en} contains "${thr(first).en}"` }
                : { zh: `${subj.zh}不包含“${thr(first).zh}”`, en: `${subj.en} does not contain "${thr(first).en}"` };
        default:
            return equalityOrOrdering(op, subject, fact, subj, first, thr);
    }
}
function equalityOrOrdering(op, subject, fact, subj, threshold, thr) {
    const equal = op === '==' || op === '===';
    const unequal = op === '!=' || op === '!==';
    if ((equal || unequal) && threshold === null && fact !== null) {
        return equal
            ? { zh: `未填写${subj.zh}`, en: `${subj.en} not entered` }
            : { zh: `已填写${subj.zh}`, en: `${subj.en} entered` };
    }
    const def = fact !== null && isFactName(fact) ? FACTS[fact] : null;
    if ((equal || unequal) && typeof threshold === 'boolean' && def?.type === 'boolean') {
        return truthText(fact, threshold === equal);
    }
    if ((equal || unequal) && typeof threshold === 'string' && (def?.type === 'string' || typeof subject === 'string')) {
        return equal
            ? { zh: `${subj.zh}为${thr(threshold).zh}`, en: `${subj.en} is ${thr(threshold).en}` }
            : { zh: `${subj.zh}不为${thr(threshold).zh}`, en: `${subj.en} is not ${thr(threshold).en}` };
    }
    const s = symbolOf(op);
    return { zh: `${subj.zh} ${s} ${thr(threshold).zh}`, en: `${subj.en} ${s} ${thr(threshold).en}` };
}
/**
 * A criteria rule as sentences for the policy page: one per condition of a top-level `and`,
 * e.g. "近三年研发费用占销售收入比例 ≥ 5%" / "R&D ratio (last three fiscal years) ≥ 5 %".
 */
export function describeRule(rule, locale = 'zh-CN', options = {}) {
    if (isLogicObject(rule) && operatorOf(rule) === 'and') {
        return argsOf(rule).map((child) => localize(conditionText(child, options), locale));
    }
    if (isLogicObject(rule) && operatorOf(rule) === 'or' && argsOf(rule).length > 1) {
        const parts = argsOf(rule).map((child) => conditionText(child, options, true));
        return [
            localize({ zh: `满足以下任一条件：${join(parts, '；或', '').zh}`, en: `Any of: ${join(parts, '', '; or ').en}` }, locale),
        ];
    }
    return [localize(conditionText(rule, options), locale)];
}
/** A benefit formula as text, amounts in yuan (万元 in Chinese). */
/** A formula's outer `max(…, floor)` and `min(…, cap)` with constant bounds, peeled off. */
function peelBounds(formula) {
    let inner = formula;
    let floor = null;
    let cap = null;
    const bound = (node, op) => {
        if (!isLogicObject(node) || operatorOf(node) !== op)
            return null;
        const args = argsOf(node);
        return args.length === 2 && typeof args[1] === 'number' && !isConstant(args[0]) ? [args[0], args[1]] : null;
    };
    const floored = bound(inner, 'max');
    if (floored)
        [inner, floor] = floored;
    const capped = bound(inner, 'min');
    if (capped)
        [inner, cap] = capped;
    return { inner, floor, cap };
}
/** "近一年研发费用的 10%" (a money fact times a rate below 1), "科技人员数 × 2万元" (per person or item), else null. */
function shareText(node) {
    if (!isLogicObject(node) || operatorOf(node) !== '*')
        return null;
    const [subject, rate] = argsOf(node);
    const name = varName(subject);
    if (argsOf(node).length !== 2 || name === null)
        return null;
    if (typeof rate !== 'number' || rate <= 0)
        return null;
    const label = factLabel(name);
    const unit = unitOf(subject);
    if (unit === 'person' || unit === 'count') {
        // An amount per person or item: the constant is yuan.
        const amount = formatNumber(rate, 'CNY');
        return { zh: `${label.zh} × ${amount.zh}`, en: `${label.en} × ${amount.en}` };
    }
    if (unit !== 'CNY' || rate >= 1)
        return null;
    const percent = formatNumber(rate, 'ratio');
    return { zh: `${label.zh}的 ${percent.zh}`, en: `${percent.en} of ${label.en}` };
}
export function describeFormula(formula, locale = 'zh-CN', options = {}) {
    const { inner, floor, cap } = peelBounds(formula);
    const base = isLogicObject(inner) && operatorOf(inner) === 'if'
        ? // A whole formula needs no parentheses around its if.
            ifText(argsOf(inner), (branch) => expressionText(branch, 'CNY', options), options)
        : (shareText(inner) ?? expressionText(inner, 'CNY', options));
    const parts = [base];
    if (cap !== null) {
        const amount = formatNumber(cap, 'CNY');
        parts.push({ zh: `最高 ${amount.zh}`, en: `at most ${amount.en}` });
    }
    if (floor !== null) {
        const amount = formatNumber(floor, 'CNY');
        parts.push({ zh: `最低 ${amount.zh}`, en: `at least ${amount.en}` });
    }
    return localize(join(parts, '，', ', '), locale);
}
