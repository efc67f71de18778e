export type Snapshot = unknown;

const asRecord = (value: Snapshot): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** The fields of a change, before beside after; by default only those that changed. */
export function diffRows(before: Snapshot, after: Snapshot): DiffRow[] {
  const previous = asRecord(before);
  const current = asRecord(after);
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return fields.map((field) => {
    const old = previous[field];
    const next = current[field];
    return { field, before: old, after: next, changed: JSON.stringify(old) !== JSON.stringify(next) };
  });
}
