import { inputsOf, missingInputsOf } from './derive.js';
import { FACTS, isFactName, sortFactNames, type Facts } from './facts.js';
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

/**
 * The Unknowns of names outside the vocabulary (a rule may name one; it is never entered), one per name.
 * An Unknown is never changed (the explanation copies its list), so one instance serves every evaluation.
 */
const missing = new Map<string, Unknown>();

/** An Unknown for a missing name outside the vocabulary: itself (vocabulary facts: see missingCode). */
function miss(name: string, facts: Facts): Unknown {
  let unknown = missing.get(name);
  if (!unknown) missing.set(name, (unknown = new Unknown(sortFactNames(missingInputsOf(name, facts)))));
  return unknown;
}

/** mergeUnknown, without a new Unknown when every one is the same (a fact read twice, as `if` branches do). */
function merge(values: readonly Unknown[]): Unknown {
  if (values.length === 0) return mergeUnknown(values);
  const first = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return mergeUnknown(values);
  return first;
}

/** Two Unknowns merged (the generated `and` / `or` fold their unknown children with it: no array per call). */
function merge2(a: Unknown, b: Unknown): Unknown {
  return a === b ? a : mergeUnknown([a, b]);
}

/** Helpers the generated code may call (passed in; nothing else is in scope but globals). */
export const HELPERS = {
  U: Unknown,
  T: truthy,
  inOp,
  miss,
  /** knownOnly: the unknowns among values, merged. */
  mu: (values: unknown[]): Unknown => merge(values.filter(isUnknown)),
  merge,
  merge2,
};

/**
 * The code of a missing fact's Unknown, with no call and no allocation: a stored fact's is always the same
 * (enter that fact), a constant made once, outside the function. A derived fact's depends on which of its
 * inputs are missing: one constant per combination (two or three inputs: at most eight), made at compile
 * time with missingInputsOf, and picked by a bit mask of the inputs read from the facts `f`. The constants
 * are added to `constants` once per rule. Names outside the vocabulary: `miss`.
 */
export function missingCode(name: string, constants: string[]): string {
  if (!isFactName(name)) return `miss(${literal(name)}, f)`;
  if (FACTS[name].kind === 'stored') {
    const line = `const m_${name} = new U(${literal([name])});`;
    if (!constants.includes(line)) constants.push(line);
    return `m_${name}`;
  }
  const inputs = inputsOf(name);
  const byMask = Array.from({ length: 1 << inputs.length }, (_, mask) => {
    const facts: Record<string, unknown> = {};
    inputs.forEach((input, i) => (facts[input] = mask & (1 << i) ? undefined : 1));
    return `new U(${literal(sortFactNames(missingInputsOf(name, facts as Facts)))})`;
  });
  const line = `const m_${name} = [${byMask.join(', ')}];`;
  if (!constants.includes(line)) constants.push(line);
  const mask = inputs.map((input, i) => `(f[${literal(input)}] == null ? ${1 << i} : 0)`).join(' | ');
  return `m_${name}[${mask || '0'}]`;
}

type Fn<T> = (facts: Facts) => T;

/**
 * The generated function: `body` with the helpers, the moot flags' offset `M` and the hoisted constants in
 * scope. Generated from a validated rule; literals and fact names via JSON.stringify (see codegen.ts).
 */
export function instantiate<T>(
  gen: { slots: number; constants: readonly string[] },
  body: string,
  params: string,
  extra: Record<string, unknown> = {},
): Fn<T> {
  const helpers: Record<string, unknown> = { ...HELPERS, ...extra };
  const names = Object.keys(helpers);
  const source = `"use strict";\nconst M = ${gen.slots};\n${gen.constants.join('\n')}\nreturn function compiledRule(${params}) {\n${body}\n};`;
  const factory = new Function(...names, source) as (...helpers: unknown[]) => Fn<T>;
  return factory(...names.map((n) => helpers[n]));
}
