import { LogicEngine } from 'json-logic-engine';
import { compileRule, deriveFacts, interpretRule, FACT_NAMES, type Facts } from '#matching';
import { POLICY_SEEDS } from '#plan-data';
import { generateProfiles } from './support/profiles.js';
import { compareThroughput, fmtRate, fmtRatio, median, type BenchReport, type Contestant } from './support/measure.js';
import { smoke } from './support/mode.js';

const AS_OF = '2025-06-30';
const SEED = 20251203;
const ENTERPRISES = smoke ? 300 : 20_000;
const VARIANTS = smoke ? 3 : 30;
/** The row that also reads every explanation (texts included) runs on this share of the enterprises. */
const EXPLAIN_READ_SHARE = 20;
/** The closure tree this replaced (the "before" rows) runs on this share of the enterprises. */
const BEFORE_SHARE = 5;

/** The thresholds of the 高新技术企业 rule (NATIONAL_HIGH_TECH_CERTIFICATION), one set per variant. */
interface Thresholds {
  years: number;
  patents: number;
  otherIp: number;
  techStaff: number;
  band1: number;
  band2: number;
  rd1: number;
  rd2: number;
  rd3: number;
  highTech: number;
}

const BASE: Thresholds = {
  years: 1,
  patents: 1,
  otherIp: 1,
  techStaff: 0.1,
  band1: 5e7,
  band2: 2e8,
  rd1: 0.05,
  rd2: 0.04,
  rd3: 0.03,
  highTech: 0.6,
};

const v = (name: string): object => ({ var: name });
const ge = (name: string, x: number): object => ({ '>=': [v(name), x] });
const le = (name: string, x: number): object => ({ '<=': [v(name), x] });

/** The rule as JsonLogic; with BASE it is the seed policy's criteria (checked below). */
function ruleOf(t: Thresholds): object {
  return {
    and: [
      ge('registeredYears', t.years),
      { or: [ge('inventionPatents', t.patents), ge('otherIp', t.otherIp)] },
      ge('techStaffRatio', t.techStaff),
      {
        if: [
          le('revenue', t.band1),
          ge('rdRatio3y', t.rd1),
          le('revenue', t.band2),
          ge('rdRatio3y', t.rd2),
          ge('rdRatio3y', t.rd3),
        ],
      },
      ge('highTechRevenueRatio', t.highTech),
      { '==': [v('majorIncidentLastYear'), false] },
    ],
  };
}

type N = number;

/** The limit: the same predicates written by hand in TypeScript (two-valued, as json-logic reads them). */
function handWritten(t: Thresholds): (f: Facts) => boolean {
  return (f) =>
    (f.registeredYears as N) >= t.years &&
    ((f.inventionPatents as N) >= t.patents || (f.otherIp as N) >= t.otherIp) &&
    (f.techStaffRatio as N) >= t.techStaff &&
    ((f.revenue as N) <= t.band1
      ? (f.rdRatio3y as N) >= t.rd1
      : (f.revenue as N) <= t.band2
        ? (f.rdRatio3y as N) >= t.rd2
        : (f.rdRatio3y as N) >= t.rd3) &&
    (f.highTechRevenueRatio as N) >= t.highTech &&
    // JsonLogic's == (a missing fact is null, not false)
    f.majorIncidentLastYear == false;
}

/** Variant i: every threshold moved by up to ±15 % (so the variants decide differently). */
function variant(i: number): Thresholds {
  const k = 1 + (i - Math.floor(VARIANTS / 2)) * 0.01;
  const round = (x: number): number => Number((x * k).toPrecision(6));
  return {
    ...BASE,
    years: round(BASE.years),
    techStaff: round(BASE.techStaff),
    band1: round(BASE.band1),
    band2: round(BASE.band2),
    rd1: round(BASE.rd1),
    rd2: round(BASE.rd2),
    rd3: round(BASE.rd3),
    highTech: round(BASE.highTech),
  };
}

/**
 * Rule evaluation against the machine's limit: the 高新技术企业 rule in 30 threshold variants over
 * 20,000 generated enterprises' derived facts. Baseline: a hand-written TypeScript predicate per variant.
 * Also json-logic-engine's compiled mode (two-valued, no explanation), and the engine's `outcome`
 * (three-valued) and `evaluate` (three-valued, with the explanation recorded).
 */
export async function ruleEvaluationBench(): Promise<BenchReport> {
  const seed = POLICY_SEEDS.find((p) => p.code === 'NATIONAL_HIGH_TECH_CERTIFICATION');
  if (!seed) throw new Error('seed policy NATIONAL_HIGH_TECH_CERTIFICATION is gone');
  if (JSON.stringify(ruleOf(BASE)) !== JSON.stringify(seed.criteria)) {
    throw new Error('ruleOf(BASE) is no longer the seed policy NATIONAL_HIGH_TECH_CERTIFICATION: update the bench');
  }
  const facts: Facts[] = generateProfiles(ENTERPRISES, { seed: SEED, gapRate: 0.2 }).map((p) =>
    deriveFacts(p.stored, AS_OF),
  );
  const variants = Array.from({ length: VARIANTS }, (_, i) => {
    const t = variant(i);
    const rule = ruleOf(t);
    return {
      hand: handWritten(t),
      engine: new LogicEngine().build(rule) as (f: Facts) => unknown,
      ours: compileRule(rule),
      before: interpretRule(rule),
    };
  });
  const evaluations = VARIANTS * facts.length;

  // Agreement first: with every fact present, the four say the same; with gaps, ours says NEEDS_INFO
  // or what the two-valued ones say.
  const complete = facts.map((f) => FACT_NAMES.every((n) => f[n] !== undefined && f[n] !== null));
  let disagreements = 0;
  let eligible = 0;
  let needsInfo = 0;
  for (const { hand, engine, ours } of variants) {
    facts.forEach((f, i) => {
      const h = hand(f);
      const o = ours.outcome(f);
      const e = ours.evaluate(f).outcome;
      if (o === 'ELIGIBLE') eligible++;
      if (o === 'NEEDS_INFO') needsInfo++;
      if (o !== e) disagreements++;
      else if (complete[i] && (Boolean(engine(f)) !== h || (o === 'ELIGIBLE') !== h)) disagreements++;
      else if (o !== 'NEEDS_INFO' && (o === 'ELIGIBLE') !== h) disagreements++;
    });
  }

  const loop =
    (evaluate: (variant: (typeof variants)[number], f: Facts) => number, every = 1) =>
    (): number => {
      let sum = 0;
      for (const variant of variants) {
        for (let i = 0; i < facts.length; i += every) sum += evaluate(variant, facts[i]);
      }
      return sum;
    };
  const contestants: Contestant[] = [
    {
      name: 'hand-written TypeScript predicate  [baseline]',
      ops: evaluations,
      run: loop((c, f) => (c.hand(f) ? 1 : 0)),
    },
    {
      name: 'json-logic-engine compiled (two-valued)',
      ops: evaluations,
      run: loop((c, f) => (c.engine(f) ? 1 : 0)),
    },
    { name: 'compileRule(rule).outcome', ops: evaluations, run: loop((c, f) => c.ours.outcome(f).length) },
    { name: 'compileRule(rule).evaluate', ops: evaluations, run: loop((c, f) => c.ours.evaluate(f).outcome.length) },
    {
      name: 'before: closure tree (interpretRule).outcome',
      ops: VARIANTS * Math.ceil(facts.length / BEFORE_SHARE),
      run: loop((c, f) => c.before.outcome(f).length, BEFORE_SHARE),
    },
    {
      name: 'before: closure tree (interpretRule).evaluate',
      ops: VARIANTS * Math.ceil(facts.length / BEFORE_SHARE),
      run: loop((c, f) => c.before.evaluate(f).outcome.length, BEFORE_SHARE),
    },
    {
      name: 'evaluate + read explanation and near-misses',
      ops: VARIANTS * Math.ceil(facts.length / EXPLAIN_READ_SHARE),
      run: loop((c, f) => {
        const r = c.ours.evaluate(f);
        return r.explanation.length + r.nearMisses.length;
      }, EXPLAIN_READ_SHARE),
    },
  ];
  const results = await compareThroughput(contestants, {
    warmup: smoke ? 0 : 2,
    rounds: smoke ? 1 : 12,
    // Six rounds at least: with four, the median of a ratio moved by ±15 % from run to run on a busy machine.
    minRounds: smoke ? 1 : 6,
    budgetMs: smoke ? 0 : 15_000,
  });
  const [hand, engine, outcome, evaluate, beforeOutcome, beforeEvaluate, explained] = results;
  // The evaluate target's baseline is json-logic-engine: the median of the two's ratios round by round.
  const evaluateVsEngine = median(evaluate.perRound.map((rate, r) => rate / engine.perRound[r]));
  return {
    bench: 'rule-evaluation',
    baseline: `a hand-written TypeScript predicate with the same thresholds (${VARIANTS} variants of the 高新技术企业 rule)`,
    ratioMeaning: 'evaluations/s ÷ the hand-written predicate’s, CPU time (1 = as fast as hand-written code)',
    rows: results.map((r) => ({
      case: r.name,
      value: fmtRate(r.opsPerSec, 'eval/s'),
      ratio: r.ratio,
      note: `spread ${(r.ratioSpread * 100).toFixed(0)} %`,
    })),
    notes: [
      `${VARIANTS} threshold variants (±15 %) × ${facts.length} enterprises (seed ${SEED}, 20 % with gaps) = ${evaluations} evaluations a round, as of ${AS_OF}; ${eligible} eligible, ${needsInfo} needs-info.`,
      `Agreement (hand-written, json-logic-engine, outcome, evaluate; two-valued ones only where every fact is present): ${disagreements} disagreements.`,
      `evaluate ÷ json-logic-engine (median of the rounds' ratios): ${fmtRatio(evaluateVsEngine)}; outcome ÷ json-logic-engine: ${fmtRatio(median(outcome.perRound.map((rate, r) => rate / engine.perRound[r])))}.`,
      `evaluate runs the short-circuit path on a snapshot of the facts the rule reads; the explanation (every leaf), its zh/en texts and the near-misses are built from the snapshot on first read (last row: 1 in ${EXPLAIN_READ_SHARE} enterprises, every explanation read). The "before" rows: 1 in ${BEFORE_SHARE}.`,
      `CPU time of this process, ${hand.rounds} rounds, contestants round-robin.`,
    ],
    failure: disagreements ? `${disagreements} disagreements between the evaluators` : undefined,
    data: {
      evaluations,
      disagreements,
      handWritten: hand.opsPerSec,
      jsonLogicEngine: engine.opsPerSec,
      outcome: outcome.opsPerSec,
      evaluate: evaluate.opsPerSec,
      evaluateAndRead: explained.opsPerSec,
      beforeOutcome: beforeOutcome.opsPerSec,
      beforeEvaluate: beforeEvaluate.opsPerSec,
      ratios: Object.fromEntries(results.map((r) => [r.name, r.ratio])),
    },
    targets: [
      {
        name: 'rule evaluation: outcome ÷ hand-written predicate',
        unit: 'eval/s',
        value: outcome.opsPerSec,
        baseline: hand.opsPerSec,
        ratio: outcome.ratio,
        target: 0.5,
      },
      {
        name: 'rule evaluation: evaluate (with explanation) ÷ json-logic-engine compiled',
        unit: 'eval/s',
        value: evaluate.opsPerSec,
        baseline: engine.opsPerSec,
        ratio: evaluateVsEngine,
        target: 1,
      },
    ],
  };
}
