import { cpus, loadavg } from 'node:os';
import { deriveFactsBench } from './derive-facts.bench.js';
import { graphqlReadBench } from './graphql-read.bench.js';
import { loadBench } from './load.js';
import { policyEvaluationBench } from './policy-evaluation.bench.js';
import { usccBench } from './uscc.bench.js';
import { fmtRatio, now, sink, table, type BenchReport } from './support/measure.js';

/**
 * `npm run bench` (all), or `node dist/bench/run.js policy graphql` (those whose name contains a word).
 * Each benchmark prints a table, then one JSON line (`{"bench":…}`) for machines. Exit 1 if one failed.
 */
const BENCHES: { name: string; run: () => Promise<BenchReport>; onlyByName?: boolean }[] = [
  { name: 'policy-evaluation', run: policyEvaluationBench },
  { name: 'graphql-read', run: graphqlReadBench },
  { name: 'derive-facts', run: deriveFactsBench },
  { name: 'uscc', run: usccBench },
  // Minutes, the built API and Redis: `npm run bench:load` (or `run.js load`), never in the default set.
  { name: 'load', run: loadBench, onlyByName: true },
];

const filters = process.argv.slice(2);
const selected = BENCHES.filter((b) => (filters.length ? filters.some((f) => b.name.includes(f)) : !b.onlyByName));
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
// Other processes on the machine move absolute numbers (and, less, ratios): the load shows how busy it was.
const load = (): string => loadavg()[0].toFixed(1);
console.log(
  `bench: ${selected.map((b) => b.name).join(', ')} — Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, load ${load()}\n`,
);

let failed = 0;
const started = now();
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
console.log(
  `total ${((now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} failed` : ''} (checksum ${sink.value % 1000})`,
);
process.exit(failed ? 1 : 0);
