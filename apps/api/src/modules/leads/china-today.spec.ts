import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { chinaToday } from './lead-aftercare.service.js';

describe('chinaToday', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('turns to the next day at midnight in China (16:00 UTC), and back when the clock is set back', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T15:59:59.999Z') });
    expect(chinaToday()).toBe('2026-03-01');
    expect(chinaToday()).toBe('2026-03-01');
    jest.setSystemTime(new Date('2026-03-01T16:00:00.000Z'));
    expect(chinaToday()).toBe('2026-03-02');
    jest.setSystemTime(new Date('2026-03-02T15:59:59.999Z'));
    expect(chinaToday()).toBe('2026-03-02');
    jest.setSystemTime(new Date('2026-02-28T23:00:00.000Z'));
    expect(chinaToday()).toBe('2026-03-01');
  });

  it('gives the China day of a given time', () => {
    expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(chinaToday(new Date('2026-12-31T15:30:00Z'))).toBe('2026-12-31');
  });
});
