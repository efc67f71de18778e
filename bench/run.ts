import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiThroughputBench } from './api-throughput.bench.js';
import { deriveFactsBench } from './derive-facts.bench.js';
import { embeddedRematchBench } from './embedded-rematch.bench.js';
import { graphqlReadBench } from './graphql-read.bench.js';
import { loadBench } from './load.js';
import { policyEvaluationBench } from './policy-evaluation.bench.js';
import { queueBench } from './queue.bench.js';
import { resultWritesBench } from './result-writes.bench.js';
import { rematchBench } from './rematch.bench.js';
import { ruleEvaluationBench } from './rule-evaluation.bench.js';
import { usccBench } from './uscc.bench.js';
import { fmtRatio, now, sink, table, type BenchReport, type TargetMeasurement } from './support/measure.js';
import { smoke } from './support/mode.js';

/**
 * `npm run bench` (all), or `node dist/bench/run.js policy graphql` (those whose name contains a word).
 * Each benchmark prints a table, then one JSON line (`{"bench":…}`) for machines. Exit 1 if one failed.
 */
const BENCHES: { name: string; run: () => Promise<BenchReport>; onlyByName?: boolean }[] = [
  { name: 'rule-evaluation', run: ruleEvaluationBench },
  { name: 'policy-evaluation', run: policyEvaluationBench },
  { name: 'graphql-read', run: graphqlReadBench },
  { name: 'derive-facts', run: deriveFactsBench },
  { name: 'uscc', run: usccBench },
  { name: 'result-writes', run: resultWritesBench },
  { name: 'queue', run: queueBench },
  // Built workers, PostgreSQL and Redis; 10,000 enterprises by default (`run.js rematch --enterprises 10000,100000`).
  { name: 'rematch', run: rematchBench },
  // After rematch: it reuses that bench's 10,000-enterprise figure on PostgreSQL.
  { name: 'embedded-rematch', run: embeddedRematchBench },
  { name: 'api-throughput', run: apiThroughputBench },
  // Minutes, the built API and Redis: `npm run bench:load` (or `run.js load`), never in the default set.
  { name: 'load', run: loadBench, onlyByName: true },
];

// A filter picks benchmarks whose name contains it; `=name` only the one of that name (`=rematch`).
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const selected = BENCHES.filter((b) =>
  filters.length
    ? filters.some((f) => (f.startsWith('=') ? b.name === f.slice(1) : b.name.includes(f)))
    : !b.onlyByName,
);
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
// Other processes on the machine move absolute numbers (and, less, ratios): the load shows how busy it was.
const load = (): string => loadavg()[0].toFixed(1);
console.log(
  `bench: ${selected.map((b) => b.name).join(', ')} — Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, load ${load()}\n`,
);

let failed = 0;
const started = now();
const targets: TargetMeasurement[] = [];
for (const bench of selected) {
  const t0 = now();
  try {
    const report = await bench.run();
    const seconds = (now() - t0) / 1000;
    console.log(`== ${report.bench} (${seconds.toFixed(1)} s) — baseline: ${report.baseline}`);
    console.log(`   ratio = ${report.ratioMeaning}`);
    console.log(
      table(
        ['case', 'median', 'ratio', ''],
        report.rows.map((r) => [r.case, r.value, fmtRatio(r.ratio), r.note ?? '']),
      ),
    );
    for (const note of report.notes ?? []) console.log(`   · ${note}`);
    targets.push(...(report.targets ?? []));
    if (report.failure) {
      failed++;
      console.error(`   FAILED: ${report.failure}`);
    }
    console.log(
      JSON.stringify({
        bench: report.bench,
        seconds: Math.round(seconds * 10) / 10,
        machine,
        load1m: Number(load()),
        ...report.data,
      }),
    );
    console.log('');
  } catch (error) {
    failed++;
    console.error(
      `== ${bench.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    console.log(JSON.stringify({ bench: bench.name, error: String(error instanceof Error ? error.message : error) }));
  }
}
writeTargets(targets);
console.log(
  `total ${((now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} failed` : ''} (checksum ${sink.value % 1000})`,
);
process.exit(failed ? 1 : 0);

/**
 * bench/results.json: one entry per target measured, merged by name with those of earlier runs of the
 * other benchmarks (a run of one benchmark replaces only its own). Printed as a table. Smoke runs
 * write dist/bench/results.smoke.json instead.
 */
function writeTargets(measured: TargetMeasurement[]): void {
  if (!measured.length) return;
  const date = new Date().toISOString();
  const entries = measured.map((t) => ({
    name: t.name,
    unit: t.unit,
    value: round(t.value),
    baseline: round(t.baseline),
    ratio: round(t.ratio),
    target: t.target === null ? null : round(t.target),
    // No target (a figure to plan with): met is null.
    met: t.target === null ? null : t.ratio >= t.target,
    machine: `${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load ${load()}`,
    date,
  }));
  console.log('== targets (ratio ≥ target is met)');
  console.log(
    table(
      ['target', 'value', 'baseline', 'ratio', 'target', 'met'],
      entries.map((e) => [
        e.name,
        `${e.value} ${e.unit}`,
        `${e.baseline} ${e.unit}`,
        fmtRatio(e.ratio),
        e.target === null ? 'none' : `≥ ${round(e.target)}`,
        e.met === null ? '—' : e.met ? 'yes' : 'NO',
      ]),
    ),
  );
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/bench/run.js → the source folder bench/ (two levels up), or dist/bench for smoke runs.
  const file = smoke ? join(here, 'results.smoke.json') : join(here, '..', '..', 'bench', 'results.json');
  let previous: { name: string }[];
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
  } catch {
    previous = [];
  }
  const names = new Set(entries.map((e) => e.name));
  const merged = [...previous.filter((p) => !names.has(p.name)), ...entries];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`   · written to ${file}\n`);
}

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
}
