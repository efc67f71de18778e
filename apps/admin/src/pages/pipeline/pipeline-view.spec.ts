import { describe, expect, it } from '@jest/globals';
import { funnelData, moneyParts, pipelineTotals, type StageRow, type Summary } from './pipeline-view';

const stage = (over: Partial<StageRow>): StageRow => ({
  stage: 'LEAD',
  count: 0,
  plannedInvestment: 0,
  contractedInvestment: 0,
  jobs: 0,
  expectedAnnualTax: 0,
  overdue: 0,
  averageDays: null,
  ...over,
});

describe('pipeline money', () => {
  it('reads 亿元 from one 亿 up and 万元 below', () => {
    expect(moneyParts(250_000_000)).toEqual({ value: 2.5, unit: 'yi' });
    expect(moneyParts(100_000_000)).toEqual({ value: 1, unit: 'yi' });
    expect(moneyParts(35_000_000)).toEqual({ value: 3500, unit: 'wan' });
    expect(moneyParts(0)).toEqual({ value: 0, unit: 'wan' });
  });
});

describe('pipeline totals', () => {
  it('sums every stage overdue follow-ups and planned investment', () => {
    const summary: Summary = {
      total: 7,
      lost: 1,
      overdueEnquiries: 2,
      stages: [
        stage({ stage: 'LEAD', count: 4, overdue: 1, plannedInvestment: 1e8 }),
        stage({ stage: 'NEGOTIATING', count: 2, overdue: 2, plannedInvestment: 5e7 }),
      ],
      conversion: [],
    };
    expect(pipelineTotals(summary)).toEqual({
      total: 7,
      lost: 1,
      overdueEnquiries: 2,
      overdueActions: 3,
      plannedInvestment: 1.5e8,
    });
  });

  it('keeps the funnel in pipeline order, sized by the count', () => {
    const data = funnelData([stage({ stage: 'LEAD', count: 1 }), stage({ stage: 'SIGNED', count: 3 })], (s) => s.stage);
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['LEAD', 1],
      ['SIGNED', 3],
    ]);
  });
});
