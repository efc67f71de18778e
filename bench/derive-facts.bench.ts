import { deriveFacts, normalizeStoredFacts, type StoredFacts } from '#matching';
import { generateProfiles } from './support/profiles.js';
import { compareThroughput, fmtRate, type BenchReport, type Contestant } from './support/measure.js';
import { smoke } from './support/mode.js';

const AS_OF = '2025-06-30';
const SEED = 7;
const PROFILES = smoke ? 50 : 5000;
const PASSES = 4;
/** The empty loop is ~1000× faster: more passes, so its round is long enough to time. */
const BASELINE_PASSES = 400;

/** Keeps a call from being inlined away: the baseline calls something, as the others do. */
function identity(stored: StoredFacts): StoredFacts {
  return stored;
}

/**
 * deriveFacts (normalise the stored facts, then the derived ones as of a date) per profile, against
 * a loop that walks the same profiles and calls a function doing nothing. A ratio of 0.02 means
 * one deriveFacts costs as much as 50 turns of the empty loop; the absolute rate is the number to
 * compare with the policy evaluations (every compilePolicy().evaluate derives its facts first).
 */
export async function deriveFactsBench(): Promise<BenchReport> {
  const stored = generateProfiles(PROFILES, { seed: SEED, gapRate: 0.2 }).map((p) => p.stored);
  // Half the profiles as PostgreSQL hands them over: numeric columns as strings, dates as Date.
  const fromDb = stored.map((s, i) =>
    i % 2
      ? s
      : {
          ...s,
          revenue: s.revenue?.toString(),
          rdExpense: s.rdExpense?.toString(),
          registeredAt: s.registeredAt ? new Date(`${String(s.registeredAt)}T00:00:00+08:00`) : s.registeredAt,
        },
  ) as StoredFacts[];
  const ops = fromDb.length * PASSES;
  const loop =
    (fn: (s: StoredFacts) => unknown, passes = PASSES): (() => number) =>
    () => {
      let n = 0;
      for (let pass = 0; pass < passes; pass++) for (const s of fromDb) if (fn(s)) n++;
      return n;
    };
  const contestants: Contestant[] = [
    {
      name: 'no-op loop (identity call)  [baseline]',
      ops: fromDb.length * BASELINE_PASSES,
      run: loop(identity, BASELINE_PASSES),
    },
    { name: '{ ...stored } (shallow copy)', ops, run: loop((s) => ({ ...s })) },
    { name: 'normalizeStoredFacts(stored)', ops, run: loop((s) => normalizeStoredFacts(s)) },
    { name: 'deriveFacts(stored, asOf)', ops, run: loop((s) => deriveFacts(s, AS_OF)) },
  ];
  const results = await compareThroughput(contestants, {
    warmup: smoke ? 0 : 2,
    rounds: smoke ? 1 : 9,
    minRounds: 4,
    budgetMs: 4_000,
  });
  return {
    bench: 'derive-facts',
    baseline: 'a loop over the same profiles calling a function that returns its argument',
    ratioMeaning: 'calls/s ÷ baseline calls/s (< 1 = slower than the empty loop; 1/ratio = cost in empty-loop turns)',
    rows: results.map((r) => ({
      case: r.name,
      value: fmtRate(r.opsPerSec, 'calls/s'),
      ratio: r.ratio,
      note: `spread ${(r.ratioSpread * 100).toFixed(0)} %`,
    })),
    notes: [
      `${PROFILES} profiles × ${PASSES} passes a round (seed ${SEED}); every other profile with numeric strings and a Date, as read from PostgreSQL. Timed by this process's CPU time, ${results[0].rounds} rounds after 2 warm-up.`,
    ],
    data: {
      profiles: PROFILES,
      callsPerRound: ops,
      rounds: results[0].rounds,
      throughput: results.map((r) => ({
        name: r.name.replace('  [baseline]', ''),
        callsPerSec: Math.round(r.opsPerSec),
        ratio: Math.round(r.ratio * 10000) / 10000,
        spread: Math.round(r.ratioSpread * 1000) / 1000,
      })),
    },
  };
}
