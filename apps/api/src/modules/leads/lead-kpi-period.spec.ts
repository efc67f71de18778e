import { describe, expect, it } from '@jest/globals';
import { isDay, onMonths, parsePeriod, trendMonths } from './lead-kpi-period.js';

describe('parsePeriod', () => {
  it('keeps both days and defaults to the creation date', () => {
    expect(parsePeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      range: { from: '2026-01-01', to: '2026-03-31', basis: 'CREATED' },
      faults: [],
    });
    expect(parsePeriod(null).range).toEqual({ from: null, to: null, basis: 'CREATED' });
    expect(parsePeriod({ to: '2026-06-30', basis: 'SIGNED' }).range).toEqual({
      from: null,
      to: '2026-06-30',
      basis: 'SIGNED',
    });
  });

  it('names the field of a day that is not one, and an end before the start', () => {
    expect(parsePeriod({ from: '2026-02-30' }).faults.map((f) => f.field)).toEqual(['period.from']);
    expect(parsePeriod({ from: '2026/01/01', to: 'soon' }).faults.map((f) => f.field)).toEqual([
      'period.from',
      'period.to',
    ]);
    const reversed = parsePeriod({ from: '2026-05-01', to: '2026-04-30' }).faults;
    expect(reversed).toEqual([
      { field: 'period.to', message: { zh: '不能早于开始日期', en: 'cannot be before the start date' } },
    ]);
  });

  it('knows real calendar days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
  });
});

describe('trendMonths', () => {
  const open = { from: null, to: null, basis: 'CREATED' as const };

  it('defaults to the twelve months up to this one, across a new year', () => {
    const { months } = trendMonths(open, '2026-03-15');
    expect(months!.months).toHaveLength(12);
    expect(months!.first).toBe('2025-04-01');
    expect(months!.last).toBe('2026-03-01');
    expect(months!.months.slice(8, 10)).toEqual(['2025-12', '2026-01']);
  });

  it('covers the period’s months, or twelve from a lone start', () => {
    expect(trendMonths({ ...open, from: '2026-01-20', to: '2026-03-02' }, '2026-12-02').months!.months).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(trendMonths({ ...open, from: '2026-06-01' }, '2026-12-02').months!.last).toBe('2027-05-01');
    expect(trendMonths({ ...open, to: '2026-06-01' }, '2026-12-02').months!.first).toBe('2025-07-01');
  });

  it('refuses more than five years, naming the period', () => {
    const { months, faults } = trendMonths({ ...open, from: '2020-01-01', to: '2025-01-31' }, '2026-12-02');
    expect(months).toBeNull();
    expect(faults[0]!.field).toBe('period');
  });
});

describe('onMonths', () => {
  it('lays each metric on every month, with zeros where a month has no row', () => {
    const rows = onMonths(
      ['2026-01', '2026-02', '2026-03'],
      { newLeads: new Map([['2026-02', 4]]), signed: new Map([['2026-03', 1]]) },
      ['newLeads', 'signed', 'landed'] as const,
    );
    expect(rows).toEqual([
      { month: '2026-01', newLeads: 0, signed: 0, landed: 0 },
      { month: '2026-02', newLeads: 4, signed: 0, landed: 0 },
      { month: '2026-03', newLeads: 0, signed: 1, landed: 0 },
    ]);
  });
});
