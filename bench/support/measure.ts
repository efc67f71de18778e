import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same profiles. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

let gcFn: (() => void) | null = null;

/** A full garbage collection: `--expose-gc` when given, else enabled at run time (V8 allows it). */
export function fullGc(): void {
  if (!gcFn) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gcFn = exposed;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  // Twice: the first pass may only queue finalizers and weak callbacks.
  gcFn();
  gcFn();
}

/** heapUsed after a full collection. */
export function settledHeap(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

/**
 * Milliseconds of CPU this process has used (user + system, all its threads). A CPU-bound loop timed
 * with it is not slowed by other processes waiting for the same cores, as wall-clock time is.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Something a benchmark loop folds its results into, so the optimizer cannot drop the work. */
export const sink = { value: 0 };

/** One contestant of a throughput benchmark: `run()` does `ops` operations and returns a checksum. */
export interface Contestant {
  name: string;
  ops: number;
  run(): number | Promise<number>;
}

export interface RoundsOptions {
  warmup: number;
  rounds: number;
  /** Stop adding rounds (after at least `minRounds`) once this many ms have passed. */
  budgetMs?: number;
  minRounds?: number;
  /** 'cpu' (default): this process's CPU time, for pure computation; 'wall' when waiting is part of the cost. */
  clock?: 'cpu' | 'wall';
}

export interface ContestantResult {
  name: string;
  /** Median operations per second over the rounds (per CPU second with the cpu clock). */
  opsPerSec: number;
  /** Median over rounds of (this contestant's ops/s ÷ the baseline's ops/s in the same round). */
  ratio: number;
  /** Spread of the per-round ratio: (max − min) ÷ median. */
  ratioSpread: number;
  rounds: number;
  msPerRound: number;
  /** Ops per second of each measured round, in round order (to compare two contestants round by round). */
  perRound: number[];
}

/**
 * Runs the baseline (first contestant) and the others round-robin: each round times every contestant
 * once, in the same order, so a slow phase of the machine hits all of them alike. Warm-up rounds are
 * timed but thrown away. The ratio of a contestant is the median of its per-round ratios.
 * No forced collection between contestants: measured here, a gc() before each run made the compiled
 * evaluator about half as fast and json-logic-js a quarter slower, a penalty no real job pays.
 */
export async function compareThroughput(
  contestants: Contestant[],
  options: RoundsOptions,
): Promise<ContestantResult[]> {
  const clock = options.clock === 'wall' ? now : cpuNow;
  const timings: number[][] = contestants.map(() => []);
  const start = now();
  const total = options.warmup + options.rounds;
  for (let round = 0; round < total; round++) {
    for (let i = 0; i < contestants.length; i++) {
      const t0 = clock();
      sink.value += await contestants[i].run();
      const elapsed = clock() - t0;
      if (round >= options.warmup) timings[i].push(elapsed);
    }
    const measured = round + 1 - options.warmup;
    if (options.budgetMs && measured >= (options.minRounds ?? 3) && now() - start > options.budgetMs) break;
  }
  const baseline = timings[0];
  return contestants.map((c, i) => {
    const rates = timings[i].map((ms) => (c.ops / ms) * 1000);
    const ratios = timings[i].map((ms, r) => c.ops / ms / (contestants[0].ops / baseline[r]));
    const mid = median(ratios);
    return {
      name: c.name,
      opsPerSec: median(rates),
      ratio: mid,
      ratioSpread: ratios.length ? (Math.max(...ratios) - Math.min(...ratios)) / mid : NaN,
      rounds: rates.length,
      msPerRound: median(timings[i]),
      perRound: rates,
    };
  });
}

/**
 * One target: `ratio` = value ÷ baseline (or, for a time, baseline ÷ value, so that bigger is
 * better everywhere); met when ratio ≥ target.
 */
export interface TargetMeasurement {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  ratio: number;
  /** null: no target, a figure to plan with (results.json: `met: null`). */
  target: number | null;
}

/** A row of the printed table and of the JSON line. */
export interface BenchRow {
  case: string;
  value: string;
  ratio: number | null;
  note?: string;
}

export interface BenchReport {
  bench: string;
  baseline: string;
  /** How to read `ratio`: what > 1 means. */
  ratioMeaning: string;
  rows: BenchRow[];
  /** Machine-readable numbers, printed as one JSON line. */
  data: Record<string, unknown>;
  notes?: string[];
  /** The targets this benchmark measures, written to bench/results.json by run.ts. */
  targets?: TargetMeasurement[];
  /** Set when the run measured something wrong (a load bench's errors): printed, and the exit code is 1. */
  failure?: string;
}

/** "spread N %" of per-round ratios: (max − min) ÷ median, as the tables print it. */
export function spread(ratios: readonly number[]): string {
  const mid = median(ratios);
  return `spread ${(((Math.max(...ratios) - Math.min(...ratios)) / mid) * 100).toFixed(0)} %`;
}

export function fmtRate(perSec: number, unit = 'ops/s'): string {
  if (!Number.isFinite(perSec)) return 'n/a';
  if (perSec >= 1e6) return `${(perSec / 1e6).toFixed(2)} M ${unit}`;
  if (perSec >= 1e3) return `${(perSec / 1e3).toFixed(1)} k ${unit}`;
  return `${perSec.toFixed(0)} ${unit}`;
}

export function fmtBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (abs >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes.toFixed(0)} B`;
}

export function fmtRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  if (ratio >= 100) return `×${ratio.toFixed(0)}`;
  if (ratio >= 10) return `×${ratio.toFixed(1)}`;
  if (ratio >= 0.1) return `×${ratio.toFixed(2)}`;
  // Small ratios keep three significant digits (×0.00153), not a row of zeros.
  return `×${ratio.toPrecision(3)}`;
}

/** A plain-text table, column widths by the longest cell (CJK-unaware: the bench prints ASCII). */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
