import type { FieldFault } from '../../providers/api-error';

/** Where in the editor a fault of the API belongs: a form field, and what to say there. */
export interface PlacedFault {
  name: (string | number)[];
  message: string;
}

const WHOLE_FIELDS = new Set(['criteria', 'benefitFormula', 'targetIndustries', 'targetParks', 'targetTiers']);
const CASE_FIELDS = new Set(['name', 'facts', 'expectedOutcome', 'expectedBenefit', 'asOf']);

const withDetail = (detail: string, message: string): string => {
  const rest = detail.replace(/^\./, '');
  return rest ? `${rest}: ${message}` : message;
};

/**
 * Maps the API's field paths onto the editor's fields: `criteria.and[1]['>='][0]` → criteria (with
 * the rule path in the message), `testCases[2].facts.revenue` and `testCases.2.facts` → that case's
 * facts (the fact's key left out: the API's reason names it by its label), `targetIndustries[0]` → targetIndustries. A path that names no field stays unplaced.
 */
export const placeFault = (fault: FieldFault): PlacedFault | null => {
  const path = fault.field.replace(/^input\./, '');
  const head = /^([A-Za-z]\w*)(.*)$/.exec(path);
  if (!head) return null;
  const [, field = '', rest = ''] = head;
  if (field === 'testCases') {
    const item = /^(?:\[(\d+)\]|\.(\d+))(.*)$/.exec(rest);
    if (!item) return { name: ['testCases'], message: withDetail(rest, fault.message) };
    const index = Number(item[1] ?? item[2]);
    const inner = /^\.(\w+)(.*)$/.exec(item[3] ?? '');
    if (inner && CASE_FIELDS.has(inner[1] ?? '')) {
      // A fact's fault names the fact by its label already: its key (`.rdExpense`) is not repeated.
      const detail = inner[1] === 'facts' && /^\.\w+$/.test(inner[2] ?? '') ? '' : (inner[2] ?? '');
      return { name: ['testCases', index, inner[1] ?? 'name'], message: withDetail(detail, fault.message) };
    }
    return { name: ['testCases', index, 'name'], message: withDetail(item[3] ?? '', fault.message) };
  }
  if (WHOLE_FIELDS.has(field)) return { name: [field], message: withDetail(rest, fault.message) };
  if (rest === '') return { name: [field], message: fault.message };
  return { name: [field], message: withDetail(rest, fault.message) };
};

/** Faults grouped by field (several faults of one field show together). */
export const placeFaults = (
  faults: FieldFault[],
  known: (name: (string | number)[]) => boolean,
): { placed: { name: (string | number)[]; errors: string[] }[]; unplaced: FieldFault[] } => {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: FieldFault[] = [];
  for (const fault of faults) {
    const place = placeFault(fault);
    if (!place || !known(place.name)) {
      unplaced.push(fault);
      continue;
    }
    const key = JSON.stringify(place.name);
    const entry = byField.get(key) ?? { name: place.name, errors: [] };
    entry.errors.push(place.message);
    byField.set(key, entry);
  }
  return { placed: [...byField.values()], unplaced };
};
