import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, formatMoney } from './number-format';

describe('formatMoney', () => {
  it('counts in 万元 in Chinese', () => {
    expect(formatMoney('zh-CN', 50_000_000)).toBe('5,000 万元');
    expect(formatMoney('zh-CN', 100_000)).toBe('10 万元');
    expect(formatMoney('zh-CN', 12_345)).toBe('1.23 万元');
  });

  it('reads "CNY 50,000" below a million in English', () => {
    expect(formatMoney('en-US', 50_000)).toBe('CNY 50,000');
    expect(formatMoney('en-US', 999_999)).toBe('CNY 999,999');
    expect(formatMoney('en-US', 0)).toBe('CNY 0');
    expect(formatMoney('en-US', 1_234.56)).toBe('CNY 1,235');
  });

  it('reads millions and billions in words in English, never "×10k CNY"', () => {
    expect(formatMoney('en-US', 5_000_000)).toBe('CNY 5 million');
    expect(formatMoney('en-US', 1_250_000)).toBe('CNY 1.25 million');
    expect(formatMoney('en-US', 50_000_000)).toBe('CNY 50 million');
    expect(formatMoney('en-US', 1_200_000_000)).toBe('CNY 1.2 billion');
    expect(formatMoney('en-US', -2_000_000)).toBe('CNY -2 million');
    expect(formatMoney('en-US', 5_000_000)).not.toContain('10k');
  });
});

describe('the one date format', () => {
  it('shows a calendar date as it is, in both languages', () => {
    expect(formatDate('2026-12-03')).toBe('2026-12-03');
    expect(formatDate('2016-05-18')).toBe('2016-05-18');
  });

  it('shows a timestamp as the local calendar date', () => {
    const moment = new Date(2026, 11, 3, 9, 5);
    expect(formatDate(moment.toISOString())).toBe('2026-12-03');
  });

  it('adds the time of day on a 24-hour clock', () => {
    expect(formatDateTime(new Date(2026, 0, 7, 14, 5).toISOString())).toBe('2026-01-07 14:05');
    expect(formatDateTime(new Date(2026, 0, 7, 9, 0).toISOString())).toBe('2026-01-07 09:00');
  });

  it('keeps a calendar date without a time, and leaves an unreadable value alone', () => {
    expect(formatDateTime('2026-12-03')).toBe('2026-12-03');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
