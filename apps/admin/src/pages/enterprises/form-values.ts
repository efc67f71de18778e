/**
 * Form values ↔ API values. Money is typed in 万元 and sent in yuan; an empty input is a missing
 * fact (null), never zero.
 */
const YUAN_PER_WAN = 10_000;

/** 万元 → yuan, rounded to whole yuan (12.3456 万元 is 123 456 yuan, not 123 455.99…). */
export const wanToYuan = (wan: number | null | undefined): number | null =>
  wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(wan * YUAN_PER_WAN);

/** yuan → 万元 for an input (up to 4 decimals, i.e. whole yuan). */
export const yuanToWanInput = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined ? null : Math.round(yuan) / YUAN_PER_WAN;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields whose value differs from the initial one (undefined counts as null). */
export const changedFields = <T extends object>(initial: Partial<T>, values: T): Partial<T> => {
  const changed: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (!same(initial[key], values[key])) changed[key] = values[key] ?? (null as T[keyof T]);
  }
  return changed;
};
