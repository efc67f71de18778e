/**
 * The value semantics of each operator, ported from json-logic-js 2.0.5 (the reference the property
 * tests compare against), so that with every fact present the compiled rule computes exactly what
 * json-logic-js computes, JavaScript coercions included. The casts only silence the type checker:
 * the coercions ARE the semantics.
 */
/** JsonLogic truthiness: an empty array is false, otherwise JavaScript's. */
export function truthy(value) {
    if (Array.isArray(value) && value.length === 0)
        return false;
    return !!value;
}
export const COMPARE = {
    '==': (a, b) => a == b,
    '===': (a, b) => a === b,
    '!=': (a, b) => a != b,
    '!==': (a, b) => a !== b,
    '>': (a, b) => a > b,
    '>=': (a, b) => a >= b,
    '<': (a, b) => a < b,
    '<=': (a, b) => a <= b,
};
export function inOp(a, b) {
    if (!b || typeof b.indexOf === 'undefined')
        return false;
    return b.indexOf(a) !== -1;
}
export const ARITHMETIC = {
    '+': (args) => args.reduce((a, b) => parseFloat(a) + parseFloat(b), 0),
    // No initial value, as in json-logic-js: one argument comes back as it is.
    '*': (args) => args.reduce((a, b) => parseFloat(a) * parseFloat(b)),
    '-': ([a, b]) => (b === undefined ? -a : a - b),
    '/': ([a, b]) => a / b,
    '%': ([a, b]) => a % b,
    min: (args) => Math.min(...args),
    max: (args) => Math.max(...args),
};
