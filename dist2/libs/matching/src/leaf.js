import { argsOf, isComparison, isConstant, isLogicObject, operatorOf } from './logic.js';
const FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const NEGATE = {
    '==': '!=',
    '===': '!==',
    '!=': '==',
    '!==': '===',
    '<': '>=',
    '<=': '>',
    '>': '<=',
    '>=': '<',
    between: 'notBetween',
    betweenExclusive: 'notBetweenExclusive',
    notBetween: 'between',
    notBetweenExclusive: 'betweenExclusive',
    in: 'notIn',
    notIn: 'in',
    contains: 'notContains',
    notContains: 'contains',
    is: 'isNot',
    isNot: 'is',
};
export function negateOperator(op) {
    return NEGATE[op];
}
/** True for the nodes that are explanation leaves: comparisons and `in`. */
export function isLeafNode(node) {
    if (!isLogicObject(node))
        return false;
    const op = operatorOf(node);
    return isComparison(op) || op === 'in';
}
/** The shape of a comparison or `in` node; `negate` when it sits directly under `!`. */
export function leafShape(node, negate = false) {
    const op = operatorOf(node);
    const args = argsOf(node);
    let shape;
    if ((op === '<' || op === '<=') && args.length === 3) {
        shape = { operator: op === '<=' ? 'between' : 'betweenExclusive', subjectIndex: 1, thresholdIndexes: [0, 2] };
    }
    else if (op === 'in') {
        const factOnRight = !Array.isArray(args[1]) && isConstant(args[0]) && !isConstant(args[1]);
        shape = factOnRight
            ? { operator: 'contains', subjectIndex: 1, thresholdIndexes: [0] }
            : { operator: 'in', subjectIndex: 0, thresholdIndexes: [1] };
    }
    else if (isConstant(args[0]) && !isConstant(args[1])) {
        // A person reads the fact first: 0.04 <= rdRatio is rdRatio >= 0.04.
        shape = { operator: FLIP[op] ?? op, subjectIndex: 1, thresholdIndexes: [0] };
    }
    else {
        shape = { operator: op, subjectIndex: 0, thresholdIndexes: [1] };
    }
    return negate ? { ...shape, operator: NEGATE[shape.operator] } : shape;
}
