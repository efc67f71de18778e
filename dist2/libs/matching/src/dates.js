/**
 * Calendar days without time zones. Rules compare dates as 'YYYY-MM-DD' strings (what json-logic-js
 * does with them too); a Date instant is read as its day in China Standard Time (UTC+8, no DST),
 * the zone every enterprise and bureau on the platform lives in.
 */
const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86400 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Parse a 'YYYY-MM-DD' string, an ISO timestamp or a Date; null when it is no real day. */
export function toCalendarDay(value) {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            return null;
        const shifted = new Date(value.getTime() + CST_OFFSET_MS);
        return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
    }
    if (typeof value !== 'string')
        return null;
    const match = ISO_DAY.exec(value);
    if (match) {
        const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
        return isRealDay(day) ? day : null;
    }
    // A full timestamp names an instant: take its day in CST.
    if (/^\d{4}-\d{2}-\d{2}T/.test(value))
        return toCalendarDay(new Date(value));
    return null;
}
export function isIsoDay(value) {
    return typeof value === 'string' && ISO_DAY.test(value) && toCalendarDay(value) !== null;
}
export function formatDay(day) {
    return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}
/** Normalise any accepted date input to 'YYYY-MM-DD', or null. */
export function toIsoDay(value) {
    const day = toCalendarDay(value);
    return day ? formatDay(day) : null;
}
function isRealDay({ y, m, d }) {
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
function daysInMonth(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function dayNumber({ y, m, d }) {
    return Date.UTC(y, m - 1, d) / DAY_MS;
}
/** The n-th anniversary; a 29 February falls on 28 February in common years. */
function anniversary(from, n) {
    const y = from.y + n;
    return { y, m: from.m, d: Math.min(from.d, daysInMonth(y, from.m)) };
}
/**
 * Whole and fractional years from `from` to `to`: exactly 1 on the first anniversary, 1.5 about
 * half-way to the second. Negative when `to` is before `from`.
 */
export function yearsBetween(from, to) {
    const target = dayNumber(to);
    let whole = to.y - from.y;
    if (dayNumber(anniversary(from, whole)) > target)
        whole -= 1;
    const prev = dayNumber(anniversary(from, whole));
    const next = dayNumber(anniversary(from, whole + 1));
    return whole + (target - prev) / (next - prev);
}
