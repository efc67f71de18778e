const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** Today's date in China (the bureau's calendar), YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now);
}

/** The China calendar date of a moment, YYYY-MM-DD. */
export function chinaDate(moment: Date): string {
  return new Date(moment.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The demo pipeline's dates, counted back from the day it is loaded: a lead's history ends
 * recently and an overdue enquiry is overdue whenever the set is loaded. Deterministic for a
 * given day (the same seed and day give the same moments).
 */
export class DemoClock {
  /** 00:00 China time of the load day, as UTC milliseconds. */
  private readonly midnight: number;

  constructor(readonly today: string) {
    this.midnight = Date.parse(`${today}T00:00:00+08:00`);
    if (Number.isNaN(this.midnight)) throw new RangeError(`not a date: ${today}`);
  }

  /** The moment `daysAgo` days before today at hour:minute China time (negative: in the future). */
  at(daysAgo: number, hour = 10, minute = 0): Date {
    return new Date(this.midnight - daysAgo * DAY_MS + (hour * 60 + minute) * 60_000);
  }

  /** The date `daysAgo` days before today (negative: after), YYYY-MM-DD. */
  date(daysAgo: number): string {
    return chinaDate(this.at(daysAgo, 12));
  }

  /** Whole days from a moment to today (0 on the day itself). */
  daysAgo(moment: Date): number {
    return Math.floor((this.midnight + DAY_MS - moment.getTime()) / DAY_MS);
  }
}
