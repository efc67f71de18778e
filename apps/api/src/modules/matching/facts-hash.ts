import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

export interface HashedPolicy {
  id: string;
  version: number;
  rowVersion: number;
}

/**
 * What a stored match was computed from: the enterprise's stored facts, the policy version (its
 * row and lock counter) and the day (derived facts such as registeredYears depend on it). Equal
 * hash and engine version mean the stored result is still right, so the upsert skips the row.
 */
export function factsHash(facts: Record<string, unknown>, policy: HashedPolicy, asOf: string): string {
  const input = stableJson({ facts, policy: [policy.id, policy.version, policy.rowVersion], asOf });
  return createHash('sha256').update(input).digest('hex');
}

/**
 * factsHash with the facts' stableJson made beforehand (once per enterprise, not once per policy):
 * the same text, so the same hash, as `factsHash(facts, policy, asOf)` with `factsJson = stableJson(facts)`.
 */
export function factsHashOfJson(factsJson: string, policy: HashedPolicy, asOf: string): string {
  const input = `{"asOf":${stableJson(asOf)},"facts":${factsJson},"policy":${stableJson([policy.id, policy.version, policy.rowVersion])}}`;
  return createHash('sha256').update(input).digest('hex');
}
