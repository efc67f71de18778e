/**
 * Smoke mode (`npm run bench -- --smoke`, or BENCH_SMOKE=1): every benchmark with a tiny N and one
 * round, to prove in CI that the benches still run. Its figures mean nothing and are not written to
 * bench/results.json (they go to dist/bench/results.smoke.json).
 */
export const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
