import { describe, expect, it } from '@jest/globals';
import type { BreakdownRowFragment } from '../../gql/graphql';
import {
  comparisonRows,
  defaultIncludeSample,
  fulfilment,
  leadsListHref,
  toPeriod,
  trendSeries,
} from './dashboard-view';

const total: BreakdownRowFragment = {
  key: null,
  label: '合计',
  leads: 6,
  open: 3,
  signed: 2,
  lost: 1,
  conversion: 1 / 3,
  plannedInvestment: 360e6,
  contractedInvestment: 120e6,
  actualInvestment: 90e6,
  plannedJobs: 200,
  contractedJobs: 115,
  actualHires: 75,
  expectedTax: 8e6,
  contractedTax: 5.5e6,
  actualTax: 3.5e6,
};

describe('the sample switch', () => {
  it('starts on only while the database holds nothing but samples', () => {
    expect(defaultIncludeSample({ realLeads: 0, sampleLeads: 40 })).toBe(true);
    expect(defaultIncludeSample({ realLeads: 1, sampleLeads: 40 })).toBe(false);
    expect(defaultIncludeSample({ realLeads: 0, sampleLeads: 0 })).toBe(false);
    expect(defaultIncludeSample(undefined)).toBe(false);
  });
});

describe('dashboard figures', () => {
  it('lays planned, contracted and actual side by side per measure', () => {
    expect(comparisonRows(total).map((r) => [r.measure, r.planned, r.contracted, r.actual])).toEqual([
      ['investment', 360e6, 120e6, 90e6],
      ['jobs', 200, 115, 75],
      ['tax', 8e6, 5.5e6, 3.5e6],
    ]);
    expect(fulfilment(120e6, 90e6)).toBe(0.75);
    expect(fulfilment(0, 5)).toBeNull();
  });

  it('turns a picked range into the API period, and keeps the signing basis without days', () => {
    expect(toPeriod(['2026-01-01', '2026-06-30'], 'CREATED')).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      basis: 'CREATED',
    });
    expect(toPeriod(null, 'CREATED')).toBeUndefined();
    expect(toPeriod(null, 'SIGNED')).toEqual({ basis: 'SIGNED' });
  });

  it('splits the trend into one series per count, months in order', () => {
    const series = trendSeries([
      { month: '2026-01', newLeads: 2, signed: 0, contractedInvestment: 0, landed: 0, enquiriesLate: 1 },
      { month: '2026-02', newLeads: 0, signed: 1, contractedInvestment: 5e7, landed: 1, enquiriesLate: 0 },
    ]);
    expect(series).toEqual({
      months: ['2026-01', '2026-02'],
      newLeads: [2, 0],
      signed: [0, 1],
      landed: [0, 1],
      enquiriesLate: [1, 0],
    });
  });

  it('links to the leads list with the filter in its address, empty values left out', () => {
    expect(leadsListHref({ industryCode: 'NEW_MATERIALS', chainSegment: 'A', source: undefined })).toBe(
      '/leads?industryCode=NEW_MATERIALS&chainSegment=A',
    );
    expect(leadsListHref({ overdue: true })).toBe('/leads?overdue=true');
    expect(leadsListHref({})).toBe('/leads');
  });
});
