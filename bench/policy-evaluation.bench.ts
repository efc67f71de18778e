import jsonLogic from 'json-logic-js';
import { compilePolicy, compileRule, deriveFacts, FACT_NAMES, type Facts } from '#matching';
import { POLICY_SEEDS } from '#plan-data';
import { generateProfiles } from './support/profiles.js';
import {
  compareThroughput,
  fmtBytes,
  fmtRate,
  fmtRatio,
  median,
  now,
  settledHeap,
  type BenchReport,
  type Contestant,
} from './support/measure.js';
import { smoke } from './support/mode.js';

/** Evaluation date of every run (fixed, so registeredYears and effective dates never drift). */
const AS_OF = '2025-06-30';
const SEED = 20250630;
const PROFILES = smoke ? 50 : 2000;
const MEMORY_EVALUATIONS = smoke ? 1_000 : 100_000;
const MEMORY_ROUNDS = smoke ? 1 : 3;
/** Another round only while the memory phase has used less than this (the big heaps vary < 0.2 % a round). */
const MEMORY_BUDGET_MS = 6_000;

/**
 * Policy evaluation: the compiled evaluator of libs/matching against json-logic-js (the reference),
 * on the seeded policies (POLICY_SEEDS) over generated enterprise profiles, one policy at a time
 * over every profile, as a re-match job does. Then the heap that 100k stored results take.
 */
export async function policyEvaluationBench(): Promise<BenchReport> {
  const profiles = generateProfiles(PROFILES, { seed: SEED, gapRate: 0.2 });
  const stored = profiles.map((p) => p.stored);
  const derived: Facts[] = stored.map((s) => deriveFacts(s, AS_OF));
  const policies = POLICY_SEEDS.map((seed) => ({
    seed,
    rule: compileRule(seed.criteria),
    policy: compilePolicy(seed),
  }));
  const evaluations = policies.length * profiles.length;

  // The reference and the engine must agree before their speeds mean anything: on every profile
  // where every fact has a value, ELIGIBLE ⇔ json-logic-js's result is truthy.
  const completeIdx = derived.flatMap((f, i) =>
    FACT_NAMES.every((n) => f[n] !== undefined && f[n] !== null) ? [i] : [],
  );
  let compared = 0;
  let disagreements = 0;
  for (const { seed, rule } of policies) {
    for (const i of completeIdx) {
      compared++;
      const reference = jsonLogic.truthy(jsonLogic.apply(seed.criteria as jsonLogic.RulesLogic, derived[i]));
      if ((rule.outcome(derived[i]) === 'ELIGIBLE') !== reference) disagreements++;
    }
  }
  const outcomes = { ELIGIBLE: 0, INELIGIBLE: 0, NEEDS_INFO: 0 };
  for (const { rule } of policies) for (const f of derived) outcomes[rule.outcome(f)]++;

  const contestants: Contestant[] = [
    {
      name: 'json-logic-js apply(criteria)  [baseline]',
      ops: evaluations,
      run() {
        let eligible = 0;
        for (const { seed } of policies) {
          const criteria = seed.criteria as jsonLogic.RulesLogic;
          for (const facts of derived) if (jsonLogic.truthy(jsonLogic.apply(criteria, facts))) eligible++;
        }
        return eligible;
      },
    },
    {
      name: 'compileRule(criteria).outcome',
      ops: evaluations,
      run() {
        let eligible = 0;
        for (const { rule } of policies)
          for (const facts of derived) if (rule.outcome(facts) === 'ELIGIBLE') eligible++;
        return eligible;
      },
    },
    {
      name: 'compileRule(criteria).evaluate (+explanation)',
      ops: evaluations,
      run() {
        let leaves = 0;
        for (const { rule } of policies) for (const facts of derived) leaves += rule.evaluate(facts).explanation.length;
        return leaves;
      },
    },
    {
      name: 'json-logic-js deriveFacts+criteria+benefit',
      ops: evaluations,
      run() {
        let total = 0;
        for (const { seed } of policies) {
          const criteria = seed.criteria as jsonLogic.RulesLogic;
          const formula = seed.benefitFormula as jsonLogic.RulesLogic;
          for (const s of stored) {
            const facts = deriveFacts(s, AS_OF);
            if (jsonLogic.truthy(jsonLogic.apply(criteria, facts)))
              total += Number(jsonLogic.apply(formula, facts)) || 0;
          }
        }
        return total;
      },
    },
    {
      name: 'compilePolicy(policy).evaluate (full)',
      ops: evaluations,
      run() {
        let total = 0;
        for (const { policy } of policies) for (const s of stored) total += policy.evaluate(s, AS_OF).benefit;
        return total;
      },
    },
  ];
  const t0 = now();
  const results = await compareThroughput(contestants, {
    warmup: smoke ? 0 : 2,
    rounds: smoke ? 1 : 9,
    minRounds: 4,
    budgetMs: 6_000,
  });
  // Per policy: where the fast path gains and where it loses against the reference.
  const perPolicy: { code: string; ratio: number }[] = [];
  for (const { seed, rule } of policies) {
    const criteria = seed.criteria as jsonLogic.RulesLogic;
    const [, outcome] = await compareThroughput(
      [
        {
          name: 'json-logic-js',
          ops: derived.length,
          run: () => derived.reduce((n, f) => n + (jsonLogic.truthy(jsonLogic.apply(criteria, f)) ? 1 : 0), 0),
        },
        {
          name: 'outcome',
          ops: derived.length,
          run: () => derived.reduce((n, f) => n + (rule.outcome(f) === 'ELIGIBLE' ? 1 : 0), 0),
        },
      ],
      { warmup: smoke ? 0 : 1, rounds: smoke ? 1 : 5 },
    );
    perPolicy.push({ code: seed.code, ratio: round3(outcome.ratio) });
  }
  const throughputMs = now() - t0;
  const ranked = [...perPolicy].sort((a, b) => a.ratio - b.ratio);

  // Memory: 100k results held in an array vs the same number of fact objects (copies) held alone.
  const t1 = now();
  const memory = measureMemory(policies, stored, derived);
  const memoryMs = now() - t1;

  const byName = (prefix: string) => results.find((r) => r.name.startsWith(prefix))!;
  const fast = byName('compileRule(criteria).outcome');
  return {
    bench: 'policy-evaluation',
    baseline: 'json-logic-js apply(criteria) on the same derived facts',
    ratioMeaning:
      'throughput rows: evaluations/s ÷ baseline evaluations/s (> 1 = faster than json-logic-js); memory rows: bytes ÷ bytes of the facts alone (> 1 = bigger)',
    rows: [
      ...results.map((r) => ({
        case: r.name,
        value: fmtRate(r.opsPerSec, 'eval/s'),
        ratio: r.ratio,
        note: `spread ${(r.ratioSpread * 100).toFixed(0)} %`,
      })),
      {
        case: `heap: ${MEMORY_EVALUATIONS / 1000}k facts objects alone  [baseline]`,
        value: `${fmtBytes(memory.facts)} (${memory.factsPer.toFixed(0)} B each)`,
        ratio: 1,
      },
      {
        case: `heap: ${MEMORY_EVALUATIONS / 1000}k outcome() strings`,
        value: `${fmtBytes(memory.outcomes)} (${memory.outcomesPer.toFixed(0)} B each)`,
        ratio: memory.outcomes / memory.facts,
      },
      {
        case: `heap: ${MEMORY_EVALUATIONS / 1000}k compilePolicy().evaluate results`,
        value: `${fmtBytes(memory.results)} (${memory.resultsPer.toFixed(0)} B each)`,
        ratio: memory.results / memory.facts,
      },
    ],
    notes: [
      `${policies.length} POLICY_SEEDS × ${profiles.length} profiles (seed ${SEED}, 20 % with gaps) = ${evaluations} evaluations a round, as of ${AS_OF}; outcomes ${outcomes.ELIGIBLE} eligible / ${outcomes.INELIGIBLE} ineligible / ${outcomes.NEEDS_INFO} needs-info.`,
      `Timed by this process's CPU time (other processes on the machine barely move it), ${fast.rounds} rounds after 2 warm-up, contestants round-robin.`,
      `json-logic-js agreement on ${compared} evaluations with every fact present: ${disagreements} disagreements.`,
      `Rows 1–3 read facts derived beforehand; rows 4–5 start from stored facts (deriveFacts inside, and a benefit when eligible): like for like, compilePolicy().evaluate runs at ${fmtRatio(byName('compilePolicy').ratio / byName('json-logic-js deriveFacts').ratio)} of row 4.`,
      `outcome() ÷ json-logic-js per policy: from ${fmtRatio(ranked[0].ratio)} (${ranked[0].code}) to ${fmtRatio(ranked[ranked.length - 1].ratio)} (${ranked[ranked.length - 1].code}); all in the JSON line.`,
    ],
    data: {
      profiles: profiles.length,
      policies: policies.length,
      evaluationsPerRound: evaluations,
      rounds: fast.rounds,
      phaseMs: { throughput: Math.round(throughputMs), memory: Math.round(memoryMs) },
      agreement: { compared, disagreements },
      outcomeRatioPerPolicy: perPolicy,
      outcomes,
      throughput: results.map((r) => ({
        name: r.name.replace('  [baseline]', ''),
        evalPerSec: Math.round(r.opsPerSec),
        ratio: round3(r.ratio),
        spread: round3(r.ratioSpread),
      })),
      memory: {
        evaluations: MEMORY_EVALUATIONS,
        factsBytes: Math.round(memory.facts),
        outcomesBytes: Math.round(memory.outcomes),
        resultsBytes: Math.round(memory.results),
        resultsRatio: round3(memory.results / memory.facts),
        outcomesRatio: round3(memory.outcomes / memory.facts),
        rounds: memory.rounds,
        spread: round3(memory.spread),
      },
    },
  };
}

type Policies = { rule: ReturnType<typeof compileRule>; policy: ReturnType<typeof compilePolicy> }[];

function measureMemory(
  policies: Policies,
  stored: ReturnType<typeof generateProfiles>[number]['stored'][],
  derived: Facts[],
) {
  const n = MEMORY_EVALUATIONS;
  const p = policies.length;
  const heapOf = (build: () => unknown[]): number => {
    const before = settledHeap();
    const held = build();
    const after = settledHeap();
    if (held.length !== n) throw new Error('memory bench held the wrong number of items');
    return after - before;
  };
  const facts: number[] = [];
  const outcomes: number[] = [];
  const results: number[] = [];
  const start = now();
  for (let round = 0; round < MEMORY_ROUNDS && (round < 1 || now() - start < MEMORY_BUDGET_MS); round++) {
    // Copies: the baseline holds 100k distinct fact objects, as a job holding its inputs would.
    facts.push(heapOf(() => Array.from({ length: n }, (_, k) => ({ ...derived[Math.floor(k / p) % derived.length] }))));
    outcomes.push(
      heapOf(() =>
        Array.from({ length: n }, (_, k) => policies[k % p].rule.outcome(derived[Math.floor(k / p) % derived.length])),
      ),
    );
    results.push(
      heapOf(() =>
        Array.from({ length: n }, (_, k) =>
          policies[k % p].policy.evaluate(stored[Math.floor(k / p) % stored.length], AS_OF),
        ),
      ),
    );
  }
  const m = { facts: median(facts), outcomes: median(outcomes), results: median(results) };
  const spread = (xs: number[]): number => (Math.max(...xs) - Math.min(...xs)) / median(xs);
  return {
    ...m,
    rounds: results.length,
    spread: Math.max(spread(facts), spread(outcomes), spread(results)),
    factsPer: m.facts / n,
    outcomesPer: m.outcomes / n,
    resultsPer: m.results / n,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
