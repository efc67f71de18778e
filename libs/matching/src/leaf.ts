import { argsOf, isComparison, isConstant, isLogicObject, operatorOf } from './logic.js';
import type { LeafOperator } from './results.js';

/** How a comparison node reads as a leaf: which argument is the subject, which the threshold(s). */
export interface LeafShape {
  operator: LeafOperator;
  subjectIndex: number;
  thresholdIndexes: number[];
}

const FLIP: Record<string, LeafOperator> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

const NEGATE: Record<LeafOperator, LeafOperator> = {
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

export function negateOperator(op: LeafOperator): LeafOperator {
  return NEGATE[op];
}

/** True for the nodes that are explanation leaves: comparisons and `in`. */
export function isLeafNode(node: unknown): node is Record<string, unknown> {
  if (!isLogicObject(node)) return false;
  const op = operatorOf(node);
  return isComparison(op) || op === 'in';
}

/** The shape of a comparison or `in` node; `negate` when it sits directly under `!`. */
export function leafShape(node: Record<string, unknown>, negate = false): LeafShape {
  const op = operatorOf(node);
  const args = argsOf(node);
  let shape: LeafShape;
  if ((op === '<' || op === '<=') && args.length === 3) {
    shape = { operator: op === '<=' ? 'between' : 'betweenExclusive', subjectIndex: 1, thresholdIndexes: [0, 2] };
  } else if (op === 'in') {
    const factOnRight = !Array.isArray(args[1]) && isConstant(args[0]) && !isConstant(args[1]);
    shape = factOnRight
      ? { operator: 'contains', subjectIndex: 1, thresholdIndexes: [0] }
      : { operator: 'in', subjectIndex: 0, thresholdIndexes: [1] };
  } else if (isConstant(args[0]) && !isConstant(args[1])) {
    // A person reads the fact first: 0.04 <= rdRatio is rdRatio >= 0.04.
    shape = { operator: FLIP[op] ?? (op as LeafOperator), subjectIndex: 1, thresholdIndexes: [0] };
  } else {
    shape = { operator: op as LeafOperator, subjectIndex: 0, thresholdIndexes: [1] };
  }
  return negate ? { ...shape, operator: NEGATE[shape.operator] } : shape;
}
