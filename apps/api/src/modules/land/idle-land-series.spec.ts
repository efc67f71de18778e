import { describe, expect, it } from '@jest/globals';
import { seriesMonths, toSeries } from './idle-land-series.js';
import { dateFault } from './land-dates.js';

describe('idle land series', () => {
  it('lists the months oldest first, ending with the current one, across a year', () => {
    expect(seriesMonths(3, new Date('2026-02-15T00:00:00Z'))).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('gives each park a point for every month, 0 before its first plot', () => {
    const series = toSeries(
      [
        { parkId: 'a', month: '2026-02', idle: '12.5', recovered: 0 },
        { parkId: 'b', month: '2026-01', idle: 3, recovered: '2' },
      ],
      ['2026-01', '2026-02'],
    );
    expect(series.get('a')).toEqual([
      { month: '2026-01', idleMu: 0, recoveredMu: 0 },
      { month: '2026-02', idleMu: 12.5, recoveredMu: 0 },
    ]);
    expect(series.get('b')?.[0]).toEqual({ month: '2026-01', idleMu: 3, recoveredMu: 2 });
  });
});

describe('plot dates', () => {
  it('refuses a date that is not real, in the future, or before the last step', () => {
    expect(dateFault('on', '2026-02-30', null)?.message.en).toBe("'2026-02-30' is not a real date");
    expect(dateFault('on', '2999-01-01', null)?.message.en).toBe('cannot be in the future');
    expect(dateFault('on', '2024-01-01', '2024-03-01')?.message.zh).toBe('不能早于上一步的日期 2024-03-01');
    expect(dateFault('on', '2024-03-01', '2024-03-01')).toBeNull();
  });
});
