import { missingInputsOf } from './derive.js';
import { sortFactNames, type Facts } from './facts.js';
import { inOp, truthy } from './ops.js';
import { Unknown, isUnknown, mergeUnknown } from './unknown.js';

/** Pieces of the JavaScript that codegen.ts writes: literals and arithmetic. */

/** What a generated expression is known to produce. */
export interface Expr {
  /** A JavaScript expression: a temporary or a literal, cheap to repeat. */
  code: string;
  /** May be an Unknown (reads a fact). */
  mayUnknown: boolean;
  /** Always a boolean or an Unknown (so truthy(x) is x, and the decisive test is a === false). */
  bool: boolean;
}

/** A JavaScript literal for a JSON value (JSON.stringify; -0 kept, as the reference keeps it). */
export function literal(value: unknown): string {
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  const code = JSON.stringify(value);
  if (code === undefined) throw new Error('unreachable: a literal that is not JSON passed validation');
  return code;
}

/** A literal operand: a JSON scalar, or a list of scalars. */
export function isPlainLiteral(node: unknown): boolean {
  if (Array.isArray(node)) return node.every((el) => el === null || typeof el !== 'object');
  return node === null || typeof node !== 'object';
}

export function arithmetic(op: string, operands: Expr[]): string {
  const c = operands.map((o) => o.code);
  switch (op) {
    case '+':
      // As json-logic-js: reduce with parseFloat, from 0.
      return c.reduce((acc, x) => `(parseFloat(${acc}) + parseFloat(${x}))`, '0');
    case '*':
      return c.slice(1).reduce((acc, x) => `(parseFloat(${acc}) * parseFloat(${x}))`, c[0]);
    case '-':
      return c.length === 1 ? `(-(${c[0]}))` : `(${c[0]} - ${c[1]})`;
    case '/':
      return `(${c[0]} / ${c[1]})`;
    case '%':
      return `(${c[0]} % ${c[1]})`;
    case 'min':
      return `Math.min(${c.join(', ')})`;
    case 'max':
      return `Math.max(${c.join(', ')})`;
    default:
      throw new Error(`unreachable: arithmetic ${op}`);
  }
}

/** Helpers the generated code may call (passed in; nothing else is in scope but globals). */
export const HELPERS = {
  U: Unknown,
  T: truthy,
  inOp,
  /** An Unknown for a missing fact: the stored facts to enter. */
  miss: (name: string, facts: Facts): Unknown => new Unknown(sortFactNames(missingInputsOf(name, facts))),
  /** knownOnly: the unknowns among values, merged. */
  mu: (values: unknown[]): Unknown => mergeUnknown(values.filter(isUnknown)),
  merge: mergeUnknown,
};
