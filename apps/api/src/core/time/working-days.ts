/** China Standard Time, UTC+8 all year: the bureau's office hours. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The moment `days` working days (Monday to Friday, China time) after `from`: a request filed on a
 * Friday evening with 3 working days is due on Wednesday evening. Public holidays and the
 * make-up working weekends (调休) are not counted — the State Council publishes them each year;
 * until the platform keeps that calendar, a deadline may fall a day or two early around them.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const local = new Date(from.getTime() + CHINA_OFFSET_MS);
  let left = days;
  while (left > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    const weekday = local.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(local.getTime() - CHINA_OFFSET_MS);
}
