import { describe, expect, it } from '@jest/globals';
import { CommitmentMeasure, compareCommitments, type Contract, type YearActual } from './lead-commitments.js';

const CONTRACT: Contract = {
  contractedInvestment: 100_000_000,
  contractedJobs: 200,
  contractedAnnualTax: 5_000_000,
  operatingSince: '2023-06-01',
};
const year = (y: number, investmentPaid: number | null, hires: number | null, taxPaid: number | null): YearActual => ({
  year: y,
  investmentPaid,
  hires,
  taxPaid,
});

describe('compareCommitments', () => {
  it('adds up 到资 and hires over the years and flags nothing within the allowed share', () => {
    const status = compareCommitments(
      CONTRACT,
      [year(2024, 50_000_000, 100, 4_000_000), year(2023, 30_000_000, 60, null)],
      0.3,
      2026,
    );
    expect(status).toMatchObject({ investmentPaid: 80_000_000, hires: 160, taxPaid: 4_000_000 });
    expect(status.shortfalls).toEqual([]);
  });

  it('flags a cumulative measure short by more than the share, with how far short', () => {
    const { shortfalls } = compareCommitments(CONTRACT, [year(2024, 60_000_000, 150, null)], 0.3, 2026);
    expect(shortfalls).toEqual([
      expect.objectContaining({
        measure: CommitmentMeasure.INVESTMENT,
        year: null,
        committed: 100_000_000,
        actual: 60_000_000,
        share: 0.4,
      }),
    ]);
    expect(shortfalls[0].message.zh).toBe('累计到资低于合同承诺 40%（允许 30%）');
    expect(shortfalls[0].message.en).toContain('40% below the contract');
  });

  it('exactly the allowed share short is not a shortfall; a stricter share flags it', () => {
    const actuals = [year(2024, 70_000_000, null, null)];
    expect(compareCommitments(CONTRACT, actuals, 0.3, 2026).shortfalls).toEqual([]);
    expect(compareCommitments(CONTRACT, actuals, 0.2, 2026).shortfalls.map((s) => s.measure)).toEqual([
      CommitmentMeasure.INVESTMENT,
    ]);
  });

  it('judges tax per full year: not the year still running, not the year production started', () => {
    const actuals = [year(2023, null, null, 100_000), year(2024, null, null, 1_000_000), year(2026, null, null, 0)];
    const { shortfalls } = compareCommitments(CONTRACT, actuals, 0.3, 2026);
    expect(shortfalls).toEqual([
      expect.objectContaining({ measure: CommitmentMeasure.TAX, year: 2024, actual: 1_000_000, share: 0.8 }),
    ]);
    expect(shortfalls[0].message.zh).toBe('2024年纳税低于合同承诺 80%（允许 30%）');
  });

  it('compares nothing the contract leaves blank or no year reports', () => {
    const blank = { ...CONTRACT, contractedJobs: null, contractedInvestment: 0 };
    expect(compareCommitments(blank, [year(2024, 1, 1, null)], 0.3, 2026).shortfalls).toEqual([]);
    expect(compareCommitments(CONTRACT, [], 0.3, 2026)).toEqual({
      investmentPaid: 0,
      hires: 0,
      taxPaid: 0,
      shortfalls: [],
    });
  });

  it('counts every ended year for tax when the start of production is unknown', () => {
    const { shortfalls } = compareCommitments(
      { ...CONTRACT, operatingSince: null },
      [year(2023, null, null, 100_000)],
      0.3,
      2026,
    );
    expect(shortfalls.map((s) => s.year)).toEqual([2023]);
  });
});
