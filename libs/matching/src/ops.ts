/**
 * The value semantics of each operator, ported from json-logic-js 2.0.5 (the reference the property
 * tests compare against), so that with every fact present the compiled rule computes exactly what
 * json-logic-js computes, JavaScript coercions included. The casts only silence the type checker:
 * the coercions ARE the semantics.
 */

type N = number;

/** JsonLogic truthiness: an empty array is false, otherwise JavaScript's. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

export const COMPARE: Readonly<Record<string, (a: unknown, b: unknown, c?: unknown) => boolean>> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,

  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as N) > (b as N),
  '>=': (a, b) => (a as N) >= (b as N),
  '<': (a, b) => (a as N) < (b as N),
  '<=': (a, b) => (a as N) <= (b as N),
};

export function inOp(a: unknown, b: unknown): boolean {
  if (!b || typeof (b as { indexOf?: unknown }).indexOf === 'undefined') return false;
  return (b as { indexOf(x: unknown): number }).indexOf(a) !== -1;
}

export const ARITHMETIC: Readonly<Record<string, (args: unknown[]) => unknown>> = {
  '+': (args) => args.reduce<N>((a, b) => parseFloat(a as unknown as string) + parseFloat(b as string), 0),
  // No initial value, as in json-logic-js: one argument comes back as it is.
  '*': (args) => args.reduce((a, b) => parseFloat(a as string) * parseFloat(b as string)),
  '-': ([a, b]) => (b === undefined ? -(a as N) : (a as N) - (b as N)),
  '/': ([a, b]) => (a as N) / (b as N),
  '%': ([a, b]) => (a as N) % (b as N),
  min: (args) => Math.min(...(args as N[])),
  max: (args) => Math.max(...(args as N[])),
};
