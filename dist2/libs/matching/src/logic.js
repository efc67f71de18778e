/** The shape of JsonLogic as this engine accepts it: which operators, how many arguments, paths. */
export const COMPARISON_OPERATORS = ['==', '===', '!=', '!==', '<', '<=', '>', '>='];
export const LOGICAL_OPERATORS = ['and', 'or', '!', '!!'];
export const ARITHMETIC_OPERATORS = ['+', '-', '*', '/', '%', 'min', 'max'];
export const ALLOWED_OPERATORS = [
    ...COMPARISON_OPERATORS,
    ...LOGICAL_OPERATORS,
    'in',
    ...ARITHMETIC_OPERATORS,
    'if',
    'var',
];
/** Allowed argument counts [min, max] (max Infinity = variadic). */
export const ARITY = {
    '==': [2, 2],
    '===': [2, 2],
    '!=': [2, 2],
    '!==': [2, 2],
    '<': [2, 3], // three arguments: between, exclusive
    '<=': [2, 3], // three arguments: between, inclusive
    '>': [2, 2],
    '>=': [2, 2],
    and: [1, Infinity],
    or: [1, Infinity],
    '!': [1, 1],
    '!!': [1, 1],
    in: [2, 2],
    '+': [1, Infinity],
    '-': [1, 2],
    '*': [1, Infinity],
    '/': [2, 2],
    '%': [2, 2],
    min: [1, Infinity],
    max: [1, Infinity],
    if: [2, Infinity],
    var: [1, 2],
};
export function isOperator(op) {
    return ALLOWED_OPERATORS.includes(op);
}
export function isComparison(op) {
    return COMPARISON_OPERATORS.includes(op);
}
export function isArithmetic(op) {
    return ARITHMETIC_OPERATORS.includes(op);
}
/** An object with exactly one key is an operation (json-logic-js's is_logic). */
export function isLogicObject(node) {
    return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}
export function operatorOf(node) {
    return Object.keys(node)[0];
}
/** Arguments of an operation; a single non-array argument is shorthand for a one-element list. */
export function argsOf(node) {
    const values = node[operatorOf(node)];
    return Array.isArray(values) ? values : [values];
}
/** True when the argument list is written as an array (so paths index into it). */
export function argsAreArray(node) {
    return Array.isArray(node[operatorOf(node)]);
}
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Path of an operator under `path`: `and`, `and[1]['>=']`, `or[0].var`. */
export function opPath(path, op) {
    if (IDENTIFIER.test(op))
        return path === '' ? op : `${path}.${op}`;
    return `${path}['${op.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}
/** Path of argument i of the operation at `operatorPath`. */
export function argPath(operatorPath, index, isArray) {
    return isArray ? `${operatorPath}[${index}]` : operatorPath;
}
export function indexPath(path, index) {
    return `${path}[${index}]`;
}
/** The fact name a `var` node reads, or null when it is not a plain fact reference. */
export function varName(node) {
    if (!isLogicObject(node) || operatorOf(node) !== 'var')
        return null;
    const [name] = argsOf(node);
    return typeof name === 'string' ? name : null;
}
/** True when the subtree reads no fact (a literal or arithmetic over literals). */
export function isConstant(node) {
    if (Array.isArray(node))
        return node.every(isConstant);
    if (!isLogicObject(node))
        return true;
    const op = operatorOf(node);
    if (op === 'var')
        return false;
    return argsOf(node).every(isConstant);
}
