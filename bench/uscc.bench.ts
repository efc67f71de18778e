import { buildUscc, normalizeUscc, USCC_CHARSET, validateUscc } from '../apps/api/src/modules/enterprises/uscc.js';
import { compareThroughput, fmtRate, prng, type BenchReport, type Contestant } from './support/measure.js';
import { smoke } from './support/mode.js';

const SEED = 32100;
const CODES = smoke ? 50 : 5000;
const PASSES = 20;
const BASELINE_PASSES = 2000;

function identity(code: string): string {
  return code;
}

/**
 * validateUscc (GB 32100-2015 structure, organisation-code check, check character, with reasons in
 * zh and en) on a mix of valid and faulty codes, against the same loop calling a function that
 * does nothing: a machine-independent figure for what registration and a spreadsheet import pay.
 */
export async function usccBench(): Promise<BenchReport> {
  const random = prng(SEED);
  const pick = (chars: string): string => chars[Math.floor(random() * chars.length)];
  const body = (): string => Array.from({ length: 8 }, () => pick('0123456789ABCDEFGHJKLMNPQRTUWXY')).join('');
  // 乌鲁木齐市 650100, 新市区 650104, 高新区 650171 (market regulation, enterprise: 91).
  const divisions = ['650100', '650104', '650171', '110108', '310115'];
  const codes: string[] = [];
  const faults = { valid: 0, typo: 0, spaced: 0, short: 0 };
  for (let i = 0; i < CODES; i++) {
    const code = buildUscc(`91${divisions[Math.floor(random() * divisions.length)]}`, body());
    const r = random();
    if (r < 0.7) {
      codes.push(code);
      faults.valid++;
    } else if (r < 0.85) {
      // One character mistyped: caught by a check character (or the charset, or the division).
      const at = Math.floor(random() * 18);
      const other = USCC_CHARSET.replace(code[at], '');
      codes.push(code.slice(0, at) + pick(other) + code.slice(at + 1));
      faults.typo++;
    } else if (r < 0.95) {
      // Pasted from a licence: lower case, grouped with spaces (valid after normalising).
      codes.push(`${code.slice(0, 6)} ${code.slice(6, 12)} ${code.slice(12)}`.toLowerCase());
      faults.spaced++;
    } else {
      codes.push(code.slice(0, 17));
      faults.short++;
    }
  }
  const loop =
    (fn: (code: string) => unknown, passes = PASSES): (() => number) =>
    () => {
      let n = 0;
      for (let pass = 0; pass < passes; pass++) for (const code of codes) if (fn(code)) n++;
      return n;
    };
  const ops = codes.length * PASSES;
  let valid = 0;
  for (const code of codes) if (validateUscc(code).valid) valid++;
  const contestants: Contestant[] = [
    {
      name: 'no-op loop (identity call)  [baseline]',
      ops: codes.length * BASELINE_PASSES,
      run: loop(identity, BASELINE_PASSES),
    },
    { name: 'normalizeUscc(code)', ops, run: loop(normalizeUscc) },
    { name: 'validateUscc(code)', ops, run: loop((code) => validateUscc(code).valid) },
  ];
  const results = await compareThroughput(
    contestants,
    smoke ? { warmup: 0, rounds: 1, minRounds: 1 } : { warmup: 2, rounds: 9, minRounds: 4, budgetMs: 3_000 },
  );
  return {
    bench: 'uscc',
    baseline: 'a loop over the same codes calling a function that returns its argument',
    ratioMeaning: 'calls/s ÷ baseline calls/s (< 1 = slower than the empty loop; 1/ratio = cost in empty-loop turns)',
    rows: results.map((r) => ({
      case: r.name,
      value: fmtRate(r.opsPerSec, 'calls/s'),
      ratio: r.ratio,
      note: `spread ${(r.ratioSpread * 100).toFixed(0)} %`,
    })),
    notes: [
      `${CODES} codes (seed ${SEED}): ${faults.valid} valid, ${faults.spaced} valid but spaced and lower case, ${faults.typo} with one mistyped character, ${faults.short} one short; ${valid} pass (every mistyped one refused: ${valid === faults.valid + faults.spaced ? 'yes' : 'NO'}). CPU time, ${results[0].rounds} rounds after 2 warm-up.`,
    ],
    data: {
      codes: CODES,
      mix: faults,
      passing: valid,
      rounds: results[0].rounds,
      throughput: results.map((r) => ({
        name: r.name.replace('  [baseline]', ''),
        callsPerSec: Math.round(r.opsPerSec),
        ratio: Math.round(r.ratio * 100000) / 100000,
        spread: Math.round(r.ratioSpread * 1000) / 1000,
      })),
    },
  };
}
