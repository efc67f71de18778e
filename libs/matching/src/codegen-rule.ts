import { Generator, type Snapshot } from './codegen.js';
import { instantiate } from './codegen-parts.js';
import { CompiledEvaluation, type EvaluationPlan } from './compiled-evaluation.js';
import { sortFactNames, type Facts } from './facts.js';
import type { Outcome, RuleEvaluation } from './results.js';
import { type CompileOptions, type CompiledRule, type Env } from './rule-parts.js';
import { isUnknown } from './unknown.js';

/**
 * A rule's generated functions (codegen.ts writes their bodies):
 * - `value` / `outcome`: the fast path, no explanation; `and` / `or` stop at the deciding child.
 * - `evaluate`, when every fact read is a plain `{"var": name}` (the seed rules, and what the editor
 *   writes): the fast path as well, after reading each fact the rule names once into a snapshot (the
 *   value, or the Unknown of the facts to enter when it is missing). The explanation is computed from
 *   the snapshot on its first read, by the explaining function (every leaf, recorded values, moot flags),
 *   so it shows the facts as they were when `evaluate` ran, whatever happens to the facts object after.
 *   Evaluating costs the short-circuit path plus one small array; the explanation, its texts and the
 *   near-misses are paid only when read (a re-match reads them for its stored gaps; a list of outcomes does not).
 * - `evaluate` otherwise (a `var` with a fallback, or `fact == null`, needs the facts object itself):
 *   the explaining function runs at once and records into an array, the texts still built on first read.
 */

function envOf(expect: 'condition' | 'number'): Env {
  return { inValue: expect === 'number', boolPos: expect === 'condition' };
}

function generators(rule: unknown, expect: 'condition' | 'number', options: CompileOptions) {
  const env = envOf(expect);
  const fast = new Generator(options, false);
  const explain = new Generator(options, true);
  return {
    fast: { gen: fast, source: fast.source(rule, env) },
    explain: { gen: explain, source: explain.source(rule, env) },
  };
}

function outcomeBody({ body, root }: { body: string; root: string }): string {
  return `${body}\nconst v = ${root};\nreturn v instanceof U ? 'NEEDS_INFO' : T(v) ? 'ELIGIBLE' : 'INELIGIBLE';`;
}

/** The generated source of a rule's functions (for tests and curious readers). */
export function generatedSource(
  rule: unknown,
  expect: 'condition' | 'number',
  options: CompileOptions = {},
): { value: string; outcome: string; explain: string } {
  const { fast, explain } = generators(rule, expect, options);
  return {
    value: `${fast.source.body}\nreturn ${fast.source.root};`,
    outcome: outcomeBody(fast.source),
    explain: `${explain.source.body}\nreturn ${explain.source.root};`,
  };
}

const recordsArray = (gen: Generator): string =>
  `const R = [${new Array<string>(gen.slots + gen.mootSlots).fill('undefined').join(', ')}];`;

/**
 * The generated tail that makes the result of the root value `root`: its missing facts (NEEDS_INFO) are the
 * root Unknown's, copied when read. `E` is CompiledEvaluation, `P` the rule's plan, `records` an array literal.
 */
function resultCode(root: { code: string; bool: boolean }, records: string): string {
  const known = root.bool ? 'v === true' : 'T(v)';
  return (
    `const v = ${root.code};\n` +
    `if (v instanceof U) return new E('NEEDS_INFO', v.missing, ${records}, P);\n` +
    `return new E(${known} ? 'ELIGIBLE' : 'INELIGIBLE', null, ${records}, P);`
  );
}

/** evaluate through a snapshot (see above); null when the rule needs the facts object itself. */
function snapshotEvaluate(
  rule: unknown,
  expect: 'condition' | 'number',
  options: CompileOptions,
): ((facts: Facts) => RuleEvaluation) | null {
  const env = envOf(expect);
  const names = new Map<string, number>();
  const capture = new Generator(options, false, { names, replay: false } satisfies Snapshot);
  const captured = capture.source(rule, env);
  const replay = new Generator(options, true, { names, replay: true });
  const replayed = replay.source(rule, env);
  if (capture.unsnappable || replay.unsnappable) return null;
  const records = instantiate<unknown[]>(
    replay,
    `${recordsArray(replay)}\n${replayed.body}\nreturn R;`,
    's',
  ) as unknown as (snapshot: unknown[]) => unknown[];
  const plan: EvaluationPlan = { sites: replay.sites, replay: records };
  return instantiate<RuleEvaluation>(
    capture,
    `${captured.body}\n${resultCode(captured.rootExpr, capture.snapshotLiteral())}`,
    'f',
    { E: CompiledEvaluation, P: plan },
  );
}

/** Compile a validated rule to JavaScript functions. */
export function generate(rule: unknown, expect: 'condition' | 'number', options: CompileOptions = {}): CompiledRule {
  const { fast, explain } = generators(rule, expect, options);
  const value = instantiate<unknown>(fast.gen, `${fast.source.body}\nreturn ${fast.source.root};`, 'f');
  const outcome = instantiate<Outcome>(fast.gen, outcomeBody(fast.source), 'f');
  // The records array is made in the generated code as a literal (packed, the size known).
  const plan: EvaluationPlan = { sites: explain.gen.sites, replay: undefined };
  const explained =
    snapshotEvaluate(rule, expect, options) ??
    instantiate<RuleEvaluation>(
      explain.gen,
      `${recordsArray(explain.gen)}\n${explain.source.body}\n${resultCode(explain.source.rootExpr, 'R')}`,
      'f',
      { E: CompiledEvaluation, P: plan },
    );
  return {
    rule,
    evaluate: explained,
    outcome,
    value(facts) {
      const v = value(facts);
      return isUnknown(v) ? { known: false, missingFacts: sortFactNames(v.missing) } : { known: true, value: v };
    },
  };
}
