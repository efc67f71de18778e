import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';

/** Which of a lead's dates a period bounds. */
export type PeriodBasisValue = 'CREATED' | 'SIGNED';

export interface PeriodValue {
  from?: string | null;
  to?: string | null;
  basis?: PeriodBasisValue | null;
}

/** A checked period: inclusive days (YYYY-MM-DD), either end open. */
export interface DayRange {
  from: string | null;
  to: string | null;
  basis: PeriodBasisValue;
}

/** The trend's months, first and last as YYYY-MM-01, and every month between them. */
export interface MonthRange {
  first: string;
  last: string;
  months: string[];
}

/** A trend spans at most five years: a month per point, a chart still readable. */
export const MAX_TREND_MONTHS = 60;
export const DEFAULT_TREND_MONTHS = 12;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (2026-02-30 is not). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Checks a period's days; a fault names `period.from` / `period.to`. */
export function parsePeriod(period: PeriodValue | null | undefined): { range: DayRange; faults: FieldFault[] } {
  const faults: FieldFault[] = [];
  const from = period?.from?.trim() || null;
  const to = period?.to?.trim() || null;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value && !isDay(value)) {
      faults.push(fieldFault(`period.${field}`, '应为日期（年-月-日）', 'should be a date (YYYY-MM-DD)'));
    }
  }
  if (!faults.length && from && to && from > to) {
    faults.push(fieldFault('period.to', '不能早于开始日期', 'cannot be before the start date'));
  }
  return { range: { from, to, basis: period?.basis ?? 'CREATED' }, faults };
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The months a trend covers: the period's months when it has both ends (one end given: twelve
 * months from or up to it), else the last `count` months up to `today`'s. Longer than
 * MAX_TREND_MONTHS is a fault naming `period`.
 */
export function trendMonths(
  range: DayRange,
  today: string,
  count = DEFAULT_TREND_MONTHS,
): { months: MonthRange | null; faults: FieldFault[] } {
  let first: number;
  let last: number;
  if (range.from && range.to) {
    first = monthIndex(range.from);
    last = monthIndex(range.to);
  } else if (range.from) {
    first = monthIndex(range.from);
    last = first + count - 1;
  } else {
    last = monthIndex(range.to ?? today);
    first = last - count + 1;
  }
  if (last - first + 1 > MAX_TREND_MONTHS) {
    const fault = fieldFault(
      'period',
      `趋势最多显示 ${MAX_TREND_MONTHS} 个月`,
      `a trend covers at most ${MAX_TREND_MONTHS} months`,
    );
    return { months: null, faults: [fault] };
  }
  const months = Array.from({ length: last - first + 1 }, (_, i) => monthOf(first + i));
  return { months: { first: `${months[0]}-01`, last: `${months[months.length - 1]}-01`, months }, faults: [] };
}

/** Rows of one metric (month → value), laid on the trend's months; a month without a row is 0. */
export function onMonths<K extends string>(
  months: readonly string[],
  series: Partial<Record<K, ReadonlyMap<string, number>>>,
  keys: readonly K[],
): ({ month: string } & Record<K, number>)[] {
  return months.map((month) => {
    const row = { month } as { month: string } & Record<K, number>;
    for (const key of keys) (row as Record<string, unknown>)[key] = series[key]?.get(month) ?? 0;
    return row;
  });
}
