import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { compileRule, compile, interpret } from './compile.js';
import { FACTS, FACT_NAMES, type Facts, type FactName } from './facts.js';
import { truthy } from './ops.js';
import { validateRule } from './validate.js';

/**
 * The compiled evaluator agrees with json-logic-js (the reference) whenever no fact is missing:
 * on well-typed rules over the vocabulary (ELIGIBLE ⇔ truthy, and the same raw value), and on
 * loosely typed rules that exercise JavaScript's coercions.
 */

const byType = (type: string, enumerated?: boolean): FactName[] =>
  FACT_NAMES.filter((n) => FACTS[n].type === type && (enumerated === undefined || !!FACTS[n].values === enumerated));
const NUMBER_FACTS = byType('number');
const BOOLEAN_FACTS = byType('boolean');
const ENUM_FACTS = byType('string', true);
const FREE_STRING_FACTS = byType('string', false);
const CODES = ['NEXT_GEN_IT', 'BIOMEDICINE', 'NEW_MATERIALS', 'NEXT_GEN_IT.CLOUD_BIG_DATA', 'LINKONG_B', ''];

const numberValue = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 0.03, 0.04, 0.05, 0.1, 0.6, 5e7, 2e8, 500),
);
const dateValue = fc
  .record({
    y: fc.integer({ min: 2000, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A complete fact set: every fact of the vocabulary has a value. */
const completeFacts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    FACT_NAMES.map((name) => {
      const def = FACTS[name];
      const arb =
        def.type === 'number'
          ? numberValue
          : def.type === 'boolean'
            ? fc.boolean()
            : def.type === 'date'
              ? dateValue
              : def.values
                ? fc.constantFrom(...def.values)
                : fc.constantFrom(...CODES);
      return [name, arb];
    }),
  ) as Record<string, fc.Arbitrary<unknown>>,
) as fc.Arbitrary<Facts>;

const v = (name: string): unknown => ({ var: name });

function numExpr(depth: number, defaults = true): fc.Arbitrary<unknown> {
  const leaves = [numberValue, fc.constantFrom(...NUMBER_FACTS).map(v)];
  if (defaults) leaves.push(fc.constantFrom(...NUMBER_FACTS).map((n) => ({ var: [n, 0] })));
  if (depth <= 0) return fc.oneof(...leaves);
  const sub = numExpr(depth - 1, defaults);
  return fc.oneof(
    ...leaves,
    fc
      .tuple(fc.constantFrom('+', '*', 'min', 'max'), fc.array(sub, { minLength: 1, maxLength: 3 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom('-', '/', '%'), sub, sub).map(([op, a, b]) => ({ [op]: [a, b] })),
    sub.map((a) => ({ '-': a })),
    fc.tuple(boolExpr(depth - 1, defaults), sub, sub).map(([c, a, b]) => ({ if: [c, a, b] })),
  );
}

/** `defaults`: allow `{"var": [fact, default]}`, which reads a missing fact as its default. */
function boolExpr(depth: number, defaults = true): fc.Arbitrary<unknown> {
  const cmpOps = fc.constantFrom('==', '===', '!=', '!==', '<', '<=', '>', '>=');
  const leaves: fc.Arbitrary<unknown>[] = [
    fc
      .tuple(cmpOps, numExpr(Math.min(depth, 1), defaults), numExpr(Math.min(depth, 1), defaults))
      .map(([op, a, b]) => ({ [op]: [a, b] })),
    fc
      .tuple(fc.constantFrom('<', '<='), numberValue, fc.constantFrom(...NUMBER_FACTS), numberValue)
      .map(([op, lo, f, hi]) => ({ [op]: [lo, v(f), hi] })),
    fc.constantFrom(...BOOLEAN_FACTS).map(v),
    fc
      .tuple(fc.constantFrom('==', '!='), fc.constantFrom(...BOOLEAN_FACTS), fc.boolean())
      .map(([op, f, b]) => ({ [op]: [v(f), b] })),
    fc.constantFrom(...ENUM_FACTS).chain((f) =>
      fc.oneof(
        fc
          .tuple(fc.constantFrom('==', '!=', '===', '!=='), fc.constantFrom(...(FACTS[f].values as string[])))
          .map(([op, x]) => ({ [op]: [v(f), x] })),
        fc.subarray([...(FACTS[f].values as string[])]).map((xs) => ({ in: [v(f), xs] })),
      ),
    ),
    fc
      .tuple(fc.constantFrom(...FREE_STRING_FACTS), fc.constantFrom(...CODES), fc.boolean())
      .map(([f, code, contains]) => (contains ? { in: [code, v(f)] } : { '==': [v(f), code] })),
    fc
      .tuple(fc.constantFrom('<', '<=', '>', '>=', '=='), dateValue)
      .map(([op, d]) => ({ [op]: [v('registeredAt'), d] })),
    fc.boolean(),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  const sub = boolExpr(depth - 1, defaults);
  return fc.oneof(
    ...leaves,
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(sub, { minLength: 1, maxLength: 4 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom('!', '!!'), sub, fc.boolean()).map(([op, a, wrap]) => ({ [op]: wrap ? [a] : a })),
    fc.tuple(sub, sub, sub).map(([c, a, b]) => ({ if: [c, a, b] })),
  );
}

/** Any JSON literal, to make the coercions (parseFloat, ==, <) do their worst. */
const anyLiteral = fc.oneof(
  numberValue,
  fc.constantFrom('', '0', '1', '3.5', 'abc', 'HIGH_TECH', '2020-01-01'),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', '1')), { maxLength: 3 }),
);

function looseExpr(depth: number): fc.Arbitrary<unknown> {
  const leaves = [anyLiteral, fc.constantFrom(...FACT_NAMES).map(v)];
  if (depth <= 0) return fc.oneof(...leaves);
  const sub = looseExpr(depth - 1);
  const ops = ['==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in', '-', '/', '%'];
  return fc.oneof(
    ...leaves,
    fc.tuple(fc.constantFrom(...ops), sub, sub).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc.tuple(fc.constantFrom('<', '<='), sub, sub, sub).map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
    fc
      .tuple(fc.constantFrom('and', 'or', '+', '*', 'min', 'max'), fc.array(sub, { minLength: 1, maxLength: 3 }))
      .map(([op, args]) => ({ [op]: args })),
    // Always an argument list: a bare array literal would itself be read as the list.
    fc.tuple(fc.constantFrom('!', '!!', '-'), sub).map(([op, a]) => ({ [op]: [a] })),
    fc.array(sub, { minLength: 2, maxLength: 5 }).map((args) => ({ if: args })),
  );
}

const RUNS = { numRuns: 1500 };

describe('compiled evaluator vs json-logic-js', () => {
  it('generated rules are well-typed (the generator only makes valid rules)', () => {
    fc.assert(
      fc.property(boolExpr(3), (rule) => expect(validateRule(rule)).toEqual([])),
      { numRuns: 500 },
    );
  });

  it('agrees on the outcome of well-typed rules with every fact present (ELIGIBLE ⇔ truthy)', () => {
    fc.assert(
      fc.property(boolExpr(3), completeFacts, (rule, facts) => {
        const expected = truthy(jsonLogic.apply(rule as never, facts)) ? 'ELIGIBLE' : 'INELIGIBLE';
        const compiled = compileRule(rule);
        expect(compiled.outcome(facts)).toBe(expected);
        expect(compiled.evaluate(facts).outcome).toBe(expected);
      }),
      RUNS,
    );
  });

  it('computes the same raw value as json-logic-js on well-typed rules and numeric formulas', () => {
    fc.assert(
      fc.property(fc.oneof(boolExpr(3), numExpr(3)), completeFacts, (rule, facts) => {
        const result = compile(rule, validateRule(rule).length ? 'number' : 'condition').value(facts);
        expect(result).toEqual({ known: true, value: jsonLogic.apply(rule as never, facts) });
      }),
      RUNS,
    );
  });

  it('computes the same raw value on loosely typed rules (JavaScript coercions included)', () => {
    fc.assert(
      fc.property(looseExpr(3), completeFacts, (rule, facts) => {
        const result = compile(rule, 'condition', { validate: false }).value(facts);
        expect(result).toEqual({ known: true, value: jsonLogic.apply(rule as never, facts) });
      }),
      RUNS,
    );
  });

  it('never claims a decided outcome that a missing fact could overturn', () => {
    // Removing facts may only turn a decided outcome into NEEDS_INFO, never into the opposite one
    // (without var defaults, which read a missing fact as a value on purpose).
    fc.assert(
      fc.property(boolExpr(3, false), completeFacts, fc.subarray([...FACT_NAMES]), (rule, facts, removed) => {
        const compiled = compileRule(rule);
        const full = compiled.outcome(facts);
        const partial = { ...facts } as Record<string, unknown>;
        for (const name of removed) delete partial[name];
        const outcome = compiled.outcome(partial as Facts);
        expect([full, 'NEEDS_INFO']).toContain(outcome);
        const r = compiled.evaluate(partial as Facts);
        // The short-circuiting fast path and the explaining path agree.
        expect(r.outcome).toBe(outcome);
        if (outcome === 'NEEDS_INFO') {
          expect(r.missingFacts.length).toBeGreaterThan(0);
          expect(
            r.missingFacts.every((f) => removed.includes(f as FactName) || FACTS[f as FactName]?.kind === 'stored'),
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/** A fact set with some facts removed (the third value: unknown) and some of the wrong type. */
const partialFacts: fc.Arbitrary<Facts> = fc
  .tuple(completeFacts, fc.subarray([...FACT_NAMES]), fc.boolean())
  .map(([facts, removed, nulls]) => {
    const out = { ...facts } as Record<string, unknown>;
    for (const name of removed) {
      if (nulls) out[name] = null;
      else delete out[name];
    }
    return out as Facts;
  });

/** What an evaluation says, as plain JSON (the explanation's texts and near-misses included). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('compiled (generated JavaScript) vs interpreted (closure tree)', () => {
  it('gives the same outcome, value, explanation, missing facts and near-misses on well-typed rules', () => {
    fc.assert(
      fc.property(boolExpr(3), partialFacts, (rule, facts) => {
        const compiled = compile(rule, 'condition');
        const interpreted = interpret(rule, 'condition');
        expect(compiled.outcome(facts)).toBe(interpreted.outcome(facts));
        expect(compiled.value(facts)).toEqual(interpreted.value(facts));
        expect(plain(compiled.evaluate(facts))).toEqual(plain(interpreted.evaluate(facts)));
      }),
      RUNS,
    );
  });

  it('gives the same numbers for formulas with missing facts and defaults', () => {
    fc.assert(
      fc.property(numExpr(3), partialFacts, (rule, facts) => {
        const compiled = compile(rule, 'number');
        const interpreted = interpret(rule, 'number');
        expect(compiled.value(facts)).toEqual(interpreted.value(facts));
        expect(plain(compiled.evaluate(facts))).toEqual(plain(interpreted.evaluate(facts)));
      }),
      RUNS,
    );
  });

  it('agrees on loosely typed rules (coercions, lists, between, if chains, unknowns)', () => {
    fc.assert(
      fc.property(looseExpr(3), partialFacts, (rule, facts) => {
        const compiled = compile(rule, 'condition', { validate: false });
        const interpreted = interpret(rule, 'condition', { validate: false });
        expect(compiled.outcome(facts)).toBe(interpreted.outcome(facts));
        expect(compiled.value(facts)).toEqual(interpreted.value(facts));
        expect(plain(compiled.evaluate(facts))).toEqual(plain(interpreted.evaluate(facts)));
      }),
      RUNS,
    );
  });

  it('reads fact names and literals as data, never as code', () => {
    const hostile = ['"); throw new Error("x"); ("', '__proto__', 'constructor', '\u2028', "'", '`${1}`'];
    for (const name of hostile) {
      const rule = { and: [{ '==': [{ var: name }, name] }, { in: [name, [name, `${name}\n`]] }] };
      const compiled = compile(rule, 'condition', { validate: false });
      const interpreted = interpret(rule, 'condition', { validate: false });
      for (const facts of [{}, { [name]: name }] as Facts[]) {
        expect(compiled.value(facts)).toEqual(interpreted.value(facts));
        expect(plain(compiled.evaluate(facts))).toEqual(plain(interpreted.evaluate(facts)));
      }
    }
  });
});
