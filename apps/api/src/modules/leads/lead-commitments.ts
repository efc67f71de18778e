import type { LocalizedText } from '../../core/errors/app-error.js';

/** The three things a signed contract promises. */
export enum CommitmentMeasure {
  INVESTMENT = 'INVESTMENT',
  JOBS = 'JOBS',
  TAX = 'TAX',
}

export interface Contract {
  contractedInvestment: number | null;
  contractedJobs: number | null;
  contractedAnnualTax: number | null;
  /** YYYY-MM-DD; a tax year counts only once the plant ran the whole of it. */
  operatingSince: string | null;
}

export interface YearActual {
  year: number;
  investmentPaid: number | null;
  hires: number | null;
  taxPaid: number | null;
}

export interface Shortfall {
  measure: CommitmentMeasure;
  /** The tax year that fell short; null for the cumulative measures. */
  year: number | null;
  committed: number;
  actual: number;
  /** How far short, as a share of the commitment (0.4 = 40 % short). */
  share: number;
  message: LocalizedText;
}

export interface CommitmentStatus {
  investmentPaid: number;
  hires: number;
  taxPaid: number;
  shortfalls: Shortfall[];
}

const LABELS: Record<CommitmentMeasure, LocalizedText> = {
  [CommitmentMeasure.INVESTMENT]: { zh: '到资', en: 'investment paid in' },
  [CommitmentMeasure.JOBS]: { zh: '新增就业', en: 'hires' },
  [CommitmentMeasure.TAX]: { zh: '纳税', en: 'tax paid' },
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
const recorded = (values: (number | null)[]) => values.some((v) => v !== null);

/**
 * Contract against results, and where they fall short by MORE than `allowedShare` of the commitment
 * (short = (committed − actual) ÷ committed > allowedShare):
 * - investment (到资): all years' paid-in capital added up against the contracted investment;
 * - jobs: all years' hires added up against the contracted jobs;
 * - tax: each FULL year on its own against the contracted tax per year — a year counts once it has
 *   ended (`year < currentYear`) and, when the start of production is known, only if the plant ran
 *   all of it (`year > year of operatingSince`): a part year or the year still running proves nothing.
 * A measure is compared only when the contract names a positive figure and at least one year
 * records it (a blank is "not reported", not zero), so a project with no actuals yet is not flagged.
 */
export function compareCommitments(
  contract: Contract,
  actuals: readonly YearActual[],
  allowedShare: number,
  currentYear: number,
): CommitmentStatus {
  const years = [...actuals].sort((a, b) => a.year - b.year);
  const investmentPaid = sum(years.map((y) => y.investmentPaid));
  const hires = sum(years.map((y) => y.hires));
  const taxPaid = sum(years.map((y) => y.taxPaid));
  const shortfalls: Shortfall[] = [];
  const check = (measure: CommitmentMeasure, committed: number | null, actual: number, year: number | null) => {
    if (committed === null || committed <= 0) return;
    const share = (committed - actual) / committed;
    if (share <= allowedShare) return;
    const label = LABELS[measure];
    const when = year === null ? { zh: '累计', en: 'in total' } : { zh: `${year}年`, en: `in ${year}` };
    shortfalls.push({
      measure,
      year,
      committed,
      actual,
      share,
      message: {
        zh: `${when.zh}${label.zh}低于合同承诺 ${percent(share)}（允许 ${percent(allowedShare)}）`,
        en: `${label.en} ${when.en} is ${percent(share)} below the contract (${percent(allowedShare)} allowed)`,
      },
    });
  };
  if (recorded(years.map((y) => y.investmentPaid))) {
    check(CommitmentMeasure.INVESTMENT, contract.contractedInvestment, investmentPaid, null);
  }
  if (recorded(years.map((y) => y.hires))) check(CommitmentMeasure.JOBS, contract.contractedJobs, hires, null);
  const firstFullYear = contract.operatingSince ? Number(contract.operatingSince.slice(0, 4)) + 1 : -Infinity;
  for (const y of years) {
    if (y.taxPaid === null || y.year >= currentYear || y.year < firstFullYear) continue;
    check(CommitmentMeasure.TAX, contract.contractedAnnualTax, y.taxPaid, y.year);
  }
  return { investmentPaid, hires, taxPaid, shortfalls };
}
