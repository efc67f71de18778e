/** The shape of JsonLogic as this engine accepts it: which operators, how many arguments, paths. */

export const COMPARISON_OPERATORS = ['==', '===', '!=', '!==', '<', '<=', '>', '>='] as const;
export const LOGICAL_OPERATORS = ['and', 'or', '!', '!!'] as const;
export const ARITHMETIC_OPERATORS = ['+', '-', '*', '/', '%', 'min', 'max'] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export type Operator =
  ComparisonOperator | (typeof LOGICAL_OPERATORS)[number] | (typeof ARITHMETIC_OPERATORS)[number] | 'in' | 'if' | 'var';

export const ALLOWED_OPERATORS: readonly Operator[] = [
  ...COMPARISON_OPERATORS,
  ...LOGICAL_OPERATORS,
  'in',
  ...ARITHMETIC_OPERATORS,
  'if',
  'var',
];

/** Allowed argument counts [min, max] (max Infinity = variadic). */
export const ARITY: Readonly<Record<Operator, readonly [number, number]>> = {
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

export function isOperator(op: string): op is Operator {
  return (ALLOWED_OPERATORS as readonly string[]).includes(op);
}

export function isComparison(op: string): op is ComparisonOperator {
  return (COMPARISON_OPERATORS as readonly string[]).includes(op);
}

export function isArithmetic(op: string): boolean {
  return (ARITHMETIC_OPERATORS as readonly string[]).includes(op);
}

/** An object with exactly one key is an operation (json-logic-js's is_logic). */
export function isLogicObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

export function operatorOf(node: Record<string, unknown>): string {
  return Object.keys(node)[0];
}

/** Arguments of an operation; a single non-array argument is shorthand for a one-element list. */
export function argsOf(node: Record<string, unknown>): unknown[] {
  const values = node[operatorOf(node)];
  return Array.isArray(values) ? values : [values];
}

/** True when the argument list is written as an array (so paths index into it). */
export function argsAreArray(node: Record<string, unknown>): boolean {
  return Array.isArray(node[operatorOf(node)]);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Path of an operator under `path`: `and`, `and[1]['>=']`, `or[0].var`. */
export function opPath(path: string, op: string): string {
  if (IDENTIFIER.test(op)) return path === '' ? op : `${path}.${op}`;
  return `${path}['${op.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Path of argument i of the operation at `operatorPath`. */
export function argPath(operatorPath: string, index: number, isArray: boolean): string {
  return isArray ? `${operatorPath}[${index}]` : operatorPath;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** The fact name a `var` node reads, or null when it is not a plain fact reference. */
export function varName(node: unknown): string | null {
  if (!isLogicObject(node) || operatorOf(node) !== 'var') return null;
  const [name] = argsOf(node);
  return typeof name === 'string' ? name : null;
}

/** True when the subtree reads no fact (a literal or arithmetic over literals). */
export function isConstant(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isConstant);
  if (!isLogicObject(node)) return true;
  const op = operatorOf(node);
  if (op === 'var') return false;
  return argsOf(node).every(isConstant);
}
