import { Generator, type Snapshot } from './codegen.js';
import { instantiate } from './codegen-parts.js';
import { CompiledEvaluation, type LeafSite } from './compiled-evaluation.js';
import { truthy } from './ops.js';
import { sortFactNames, type Facts } from './facts.js';
import type { Outcome, RuleEvaluation } from './results.js';
import { type CompileOptions, type CompiledRule, type Env } from './rule-parts.js';
import { isUnknown, Unknown } from './unknown.js';

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

/** The result of a root value: its missing facts (NEEDS_INFO) are the root Unknown's, copied when read. */
function resultOf(
  v: unknown,
  records: unknown[],
  sites: readonly LeafSite[],
  replay?: (snapshot: unknown[]) => unknown[],
): CompiledEvaluation {
  if (v instanceof Unknown) return new CompiledEvaluation('NEEDS_INFO', v.missing, records, sites, replay);
  return new CompiledEvaluation(truthy(v) ? 'ELIGIBLE' : 'INELIGIBLE', null, records, sites, replay);
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
  const sites = replay.sites;
  const done = (v: unknown, snapshot: unknown[]): CompiledEvaluation => resultOf(v, snapshot, sites, records);
  return instantiate<RuleEvaluation>(
    capture,
    `${captured.body}\nreturn done(${captured.root}, ${capture.snapshotLiteral()});`,
    'f',
    { done },
  );
}

/** Compile a validated rule to JavaScript functions. */
export function generate(rule: unknown, expect: 'condition' | 'number', options: CompileOptions = {}): CompiledRule {
  const { fast, explain } = generators(rule, expect, options);
  const value = instantiate<unknown>(fast.gen, `${fast.source.body}\nreturn ${fast.source.root};`, 'f');
  const outcome = instantiate<Outcome>(fast.gen, outcomeBody(fast.source), 'f');
  const sites = explain.gen.sites;
  // The records array is made in the generated code as a literal (packed, the size known).
  const done = (v: unknown, records: unknown[]): CompiledEvaluation => resultOf(v, records, sites);
  const explained =
    snapshotEvaluate(rule, expect, options) ??
    instantiate<RuleEvaluation>(
      explain.gen,
      `${recordsArray(explain.gen)}\n${explain.source.body}\nreturn done(${explain.source.root}, R);`,
      'f',
      { done },
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
