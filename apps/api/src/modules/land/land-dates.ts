import type { FieldFault } from '../../core/errors/field-fault.js';
import { fieldFault } from '../../core/errors/field-fault.js';

/** Today as YYYY-MM-DD (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The fault of a plot's date: not a real calendar date, in the future, or before the plot's last
 * step (history keeps its order). Null when the date is fine.
 */
export function dateFault(field: string, day: string, notBefore: string | null): FieldFault | null {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    return fieldFault(field, `“${day}”不是有效日期`, `'${day}' is not a real date`);
  }
  if (day > today()) return fieldFault(field, '不能晚于今天', 'cannot be in the future');
  if (notBefore && day < notBefore) {
    return fieldFault(field, `不能早于上一步的日期 ${notBefore}`, `cannot be before the previous step (${notBefore})`);
  }
  return null;
}
