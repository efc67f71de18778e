import { describe, expect, it } from '@jest/globals';
import { changedFields, wanToYuan, yuanToWanInput } from './form-values';

describe('money in 万元', () => {
  it('converts 万元 to whole yuan without float noise', () => {
    expect(wanToYuan(12.3456)).toBe(123456);
    expect(wanToYuan(0.1 + 0.2)).toBe(3000);
    expect(wanToYuan(1500)).toBe(15_000_000);
    expect(wanToYuan(0)).toBe(0);
  });

  it('keeps a missing amount missing, not zero', () => {
    expect(wanToYuan(null)).toBeNull();
    expect(wanToYuan(undefined)).toBeNull();
    expect(yuanToWanInput(null)).toBeNull();
  });

  it('shows yuan as 万元 for an input', () => {
    expect(yuanToWanInput(15_000_000)).toBe(1500);
    expect(yuanToWanInput(123456)).toBe(12.3456);
  });
});

describe('changedFields', () => {
  it('keeps only what changed, a cleared value as null', () => {
    expect(
      changedFields<Record<string, unknown>>(
        { employees: 10, tier: 'HIGH_TECH', revenue: 5, tags: ['A'] },
        { employees: 10, tier: 'LEADING', revenue: undefined, tags: ['A'] },
      ),
    ).toEqual({ tier: 'LEADING', revenue: null });
  });

  it('treats an untouched empty field as unchanged', () => {
    expect(changedFields<Record<string, unknown>>({ revenue: null }, { revenue: undefined })).toEqual({});
  });
});
