import { isIsoDay } from './dates.js';
import { FACTS, isFactName } from './facts.js';
import { text } from './i18n.js';
import { ALLOWED_OPERATORS, ARITY, argPath, argsAreArray, argsOf, indexPath, isArithmetic, isComparison, isOperator, opPath, operatorOf, } from './logic.js';
/** Faults that make a rule impossible to evaluate at all; the others make it wrong. */
export const STRUCTURAL_FAULTS = ['MALFORMED_NODE', 'OPERATOR_NOT_ALLOWED'];
const TYPE_NAMES = {
    number: text('数值', 'a number'),
    string: text('字符串', 'a string'),
    date: text('日期', 'a date'),
    boolean: text('布尔值', 'true/false'),
    null: text('null', 'null'),
    array: text('列表', 'a list'),
    any: text('任意值', 'any value'),
};
/** Every fault of a criteria rule (or, with expect 'number', of a benefit formula), each with its path. */
export function validateRule(rule, options = {}) {
    const checker = new Checker(options);
    const root = checker.walk(rule, '');
    const expect = options.expect ?? 'condition';
    if (expect === 'condition' && !['boolean', 'any'].includes(root.type)) {
        checker.fault('TYPE_MISMATCH', '', text(`条件的结果应为真或假，而不是${TYPE_NAMES[root.type].zh}`, `criteria must give true or false, not ${TYPE_NAMES[root.type].en}`));
    }
    if (expect === 'number' && !['number', 'any'].includes(root.type)) {
        checker.fault('TYPE_MISMATCH', '', text(`金额公式的结果应为数值，而不是${TYPE_NAMES[root.type].zh}`, `a benefit formula must give a number, not ${TYPE_NAMES[root.type].en}`));
    }
    return checker.faults;
}
/** Every fault of a benefit formula (a number in yuan). */
export function validateBenefit(formula, options = {}) {
    return validateRule(formula, { ...options, expect: 'number' });
}
class Checker {
    options;
    faults = [];
    constructor(options) {
        this.options = options;
    }
    fault(code, path, message) {
        this.faults.push({ code, path, message });
    }
    walk(node, path) {
        if (Array.isArray(node)) {
            return { type: 'array', elements: node.map((el, i) => this.walk(el, indexPath(path, i))), path };
        }
        if (node === null)
            return { type: 'null', literal: { value: null }, path };
        switch (typeof node) {
            case 'number':
                if (!Number.isFinite(node)) {
                    this.fault('MALFORMED_NODE', path, text('数值必须是有限数', 'a number must be finite'));
                    return { type: 'any', path };
                }
                return { type: 'number', literal: { value: node }, path };
            case 'string':
                return { type: 'string', literal: { value: node }, path };
            case 'boolean':
                return { type: 'boolean', literal: { value: node }, path };
            case 'object':
                return this.walkOperation(node, path);
            default:
                this.fault('MALFORMED_NODE', path, text(`不是 JSON 值（${typeof node}）`, `not a JSON value (${typeof node})`));
                return { type: 'any', path };
        }
    }
    walkOperation(node, path) {
        const keys = Object.keys(node);
        if (keys.length !== 1) {
            this.fault('MALFORMED_NODE', path, text(`运算节点应恰有一个运算符，实际有 ${keys.length} 个${keys.length ? `（${keys.join(', ')}）` : ''}`, `an operation must have exactly one operator, found ${keys.length}${keys.length ? ` (${keys.join(', ')})` : ''}`));
            return { type: 'any', path };
        }
        const op = operatorOf(node);
        if (!isOperator(op)) {
            this.fault('OPERATOR_NOT_ALLOWED', path, text(`不允许的运算符“${op}”（允许：${ALLOWED_OPERATORS.join(' ')}）`, `operator "${op}" is not allowed (allowed: ${ALLOWED_OPERATORS.join(' ')})`));
            return { type: 'any', path };
        }
        const args = argsOf(node);
        const at = opPath(path, op);
        const [min, max] = ARITY[op];
        if (args.length < min || args.length > max) {
            const expected = max === Infinity ? `≥ ${min}` : min === max ? `${min}` : `${min}–${max}`;
            this.fault('MALFORMED_NODE', at, text(`“${op}”需要 ${expected} 个参数，实际 ${args.length} 个`, `"${op}" takes ${expected} argument(s), got ${args.length}`));
        }
        if (op === 'var')
            return this.walkVar(args, at, path, argsAreArray(node));
        const inferred = args.map((arg, i) => this.walk(arg, argPath(at, i, argsAreArray(node))));
        return { ...this.typeOperation(op, inferred), path };
    }
    walkVar(args, at, path, isArray) {
        const [name, fallback] = args;
        if (typeof name !== 'string' || name === '') {
            this.fault('MALFORMED_NODE', argPath(at, 0, isArray), text('“var”需要一个事实名称', '"var" needs a fact name'));
            return { type: 'any', path };
        }
        if (!isFactName(name)) {
            this.fault('UNKNOWN_FACT', path, text(`未知的指标“${name}”`, `unknown indicator "${name}"`));
            return { type: 'any', path };
        }
        const fact = FACTS[name];
        const self = { type: fact.type, fact, path };
        if (args.length > 1) {
            const def = this.walk(fallback, argPath(at, 1, isArray));
            this.checkComparable('==', self, def);
        }
        return self;
    }
    typeOperation(op, args) {
        if (isComparison(op)) {
            for (let i = 0; i + 1 < args.length; i++)
                this.checkComparable(op, args[i], args[i + 1]);
            return { type: 'boolean' };
        }
        if (op === 'in') {
            if (args.length === 2)
                this.checkIn(args[0], args[1]);
            return { type: 'boolean' };
        }
        if (op === '!' || op === '!!')
            return { type: 'boolean' };
        if (isArithmetic(op)) {
            for (const arg of args) {
                if (arg.type !== 'number' && arg.type !== 'any') {
                    this.fault('TYPE_MISMATCH', arg.path, text(`“${op}”只能用于数值，这里是${describeOperand(arg).zh}`, `"${op}" works on numbers, not on ${describeOperand(arg).en}`));
                }
            }
            return { type: 'number' };
        }
        if (op === 'and' || op === 'or')
            return { type: commonType(args) };
        if (op === 'if') {
            const branches = args.filter((_, i) => i % 2 === 1 || (i === args.length - 1 && args.length % 2 === 1));
            return { type: commonType(branches) };
        }
        return { type: 'any' };
    }
    checkComparable(op, a, b) {
        if (a.type === 'any' || b.type === 'any')
            return;
        const ordering = op !== '==' && op !== '===' && op !== '!=' && op !== '!==';
        if (a.type === 'null' || b.type === 'null') {
            const other = a.type === 'null' ? b : a;
            if (ordering || (!other.fact && other.type !== 'null')) {
                this.mismatch(op, a, b, a.type === 'null' ? a : b);
            }
            return;
        }
        const [fact, other] = a.fact ? [a, b] : [b, a];
        if (fact.fact?.type === 'date' || (a.type === 'date') !== (b.type === 'date')) {
            // A date compares with a date fact or a 'YYYY-MM-DD' literal.
            const ok = [a, b].every((x) => x.type === 'date' || (x.literal !== undefined && isIsoDay(x.literal.value)));
            if (!ok)
                this.mismatch(op, a, b, other);
            return;
        }
        if (ordering && (a.type !== 'number' || b.type !== 'number')) {
            this.mismatch(op, a, b, b.fact && !a.fact ? a : b);
            return;
        }
        if (a.type !== b.type) {
            this.mismatch(op, a, b, other);
            return;
        }
        this.checkValue(fact, other);
    }
    /** An enumerated (or known-code) fact compared with a literal outside its values. */
    checkValue(fact, other) {
        if (!fact.fact || !other.literal || typeof other.literal.value !== 'string')
            return;
        const allowed = fact.fact.values ?? this.options.knownValues?.[fact.fact.name];
        if (!allowed || allowed.includes(other.literal.value))
            return;
        const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
        this.fault('VALUE_NOT_ALLOWED', other.path, text(`“${other.literal.value}”不是“${fact.fact.name}”的取值（${list}）`, `"${other.literal.value}" is not a value of "${fact.fact.name}" (${list})`));
    }
    checkIn(needle, haystack) {
        if (haystack.type === 'array') {
            for (const el of haystack.elements ?? [])
                this.checkComparable('==', needle, el);
            return;
        }
        if (haystack.type === 'any')
            return;
        if (haystack.type === 'string') {
            if (needle.type !== 'string' && needle.type !== 'any')
                this.mismatch('in', needle, haystack, needle);
            return;
        }
        this.fault('TYPE_MISMATCH', haystack.path, text(`“in”的第二个参数应为列表或字符串，这里是${describeOperand(haystack).zh}`, `the second argument of "in" must be a list or a string, not ${describeOperand(haystack).en}`));
    }
    mismatch(op, a, b, at) {
        const da = describeOperand(a);
        const db = describeOperand(b);
        this.fault('TYPE_MISMATCH', at.path, text(`类型不匹配：“${op}”比较了${da.zh}与${db.zh}`, `type mismatch: "${op}" compares ${da.en} with ${db.en}`));
    }
}
function describeOperand(x) {
    if (x.fact)
        return text(`${TYPE_NAMES[x.type].zh}事实“${x.fact.name}”`, `the ${x.fact.type} fact "${x.fact.name}"`);
    if (x.literal) {
        const shown = JSON.stringify(x.literal.value);
        return text(`${TYPE_NAMES[x.type].zh} ${shown}`, `${TYPE_NAMES[x.type].en} ${shown}`);
    }
    return TYPE_NAMES[x.type];
}
function commonType(args) {
    const types = new Set(args.map((a) => a.type));
    return types.size === 1 ? [...types][0] : 'any';
}
