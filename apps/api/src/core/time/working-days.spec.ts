import { describe, expect, it } from '@jest/globals';
import { addWorkingDays } from './working-days.js';

describe('addWorkingDays', () => {
  it('skips the weekend in China time', () => {
    // Friday 2026-12-04 20:00 in Beijing (12:00 UTC) + 3 working days → Wednesday 2026-12-09 20:00.
    expect(addWorkingDays(new Date('2026-12-04T12:00:00Z'), 3).toISOString()).toBe('2026-12-09T12:00:00.000Z');
    // Monday + 1 → Tuesday.
    expect(addWorkingDays(new Date('2026-11-30T02:00:00Z'), 1).toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });

  it('counts the day by China time, not UTC', () => {
    // Saturday 2026-12-05 07:00 Beijing is still Friday 23:00 UTC: the next working day is Monday.
    expect(addWorkingDays(new Date('2026-12-04T23:00:00Z'), 1).toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });
});
