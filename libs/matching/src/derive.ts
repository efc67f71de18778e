import { toCalendarDay, toIsoDay, yearsBetween } from './dates.js';
import {
  FACTS,
  FACT_NAMES,
  STORED_FACT_NAMES,
  isFactName,
  type DerivedFactName,
  type Facts,
  type FactName,
  type StoredFactName,
  type StoredFacts,
} from './facts.js';

/** A value that counts as "not entered". Zero is a value, not a missing fact. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

/**
 * Stored facts as a rule sees them: dates as 'YYYY-MM-DD', numbers as numbers (PostgreSQL numeric
 * columns arrive as strings), anything unreadable as missing. validateStoredFacts reports the
 * unreadable ones; this function never throws, so a background job never dies on one bad profile.
 */
export function normalizeStoredFacts(stored: StoredFacts | Record<string, unknown>): Facts {
  return normalizeInto(stored as Record<string, unknown>, {});
}

/**
 * A facts object with every vocabulary fact as a key, in vocabulary order, all undefined. Objects
 * built by the same additions in the same order share one hidden class in V8: the compiled rules'
 * fact reads then see one shape (monomorphic), where sparse objects came in ~1,400 shapes (one per
 * set of missing facts) and made every read megamorphic. A missing fact is undefined, as before.
 */
function blankFacts(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of FACT_NAMES) out[name] = undefined;
  return out;
}

function normalizeInto(source: Record<string, unknown>, out: Record<string, unknown>): Facts {
  for (const name of STORED_FACT_NAMES) {
    const value = source[name];
    if (isMissing(value)) continue;
    const def = FACTS[name];
    if (def.type === 'date') {
      const day = toIsoDay(value);
      if (day !== null) out[name] = day;
    } else if (def.type === 'number') {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) out[name] = n;
    } else if (def.type === 'boolean') {
      if (typeof value === 'boolean') out[name] = value;
    } else if (typeof value === 'string') {
      if (!def.values || def.values.includes(value)) out[name] = value;
    }
  }
  return out as Facts;
}

function ratio(numerator: unknown, divisor: unknown): number | undefined {
  if (typeof numerator !== 'number' || typeof divisor !== 'number' || divisor === 0) return undefined;
  return numerator / divisor;
}

/**
 * The ONE place derived facts are computed, as of a date: registeredYears (whole and fractional
 * years since registration, exactly 1 on the first anniversary) and the ratios. A ratio is missing
 * when an input is missing or its divisor is 0.
 */
export function deriveFacts(stored: StoredFacts | Record<string, unknown>, asOf: Date | string): Facts {
  const asOfDay = toCalendarDay(asOf);
  if (asOfDay === null) throw new RangeError(`asOf is not a date: ${String(asOf)}`);
  // One shape for every enterprise (see blankFacts): missing facts are undefined keys, not absent ones.
  const facts = normalizeInto(stored as Record<string, unknown>, blankFacts());
  const registered = toCalendarDay(facts.registeredAt);
  facts.registeredYears = registered ? yearsBetween(registered, asOfDay) : undefined;
  facts.techStaffRatio = ratio(facts.techStaff, facts.employees);
  facts.rdRatio = ratio(facts.rdExpense, facts.revenue);
  facts.rdRatio3y = ratio(facts.rdExpense3y, facts.revenue3y);
  facts.highTechRevenueRatio = ratio(facts.highTechRevenue, facts.revenue);
  return facts;
}

/** The stored facts a fact is computed from (itself for a stored fact). */
export function inputsOf(fact: FactName): readonly StoredFactName[] {
  const def = FACTS[fact];
  return def.kind === 'derived' ? (def.inputs ?? []) : [fact as StoredFactName];
}

/**
 * Which stored facts to enter so that `fact` gets a value. For a ratio whose inputs are all there
 * but whose divisor is 0, the divisor: the ratio cannot be computed until it is corrected.
 * Unknown fact names are reported as themselves.
 */
export function missingInputsOf(fact: string, facts: Facts | StoredFacts = {}): string[] {
  if (!isFactName(fact)) return [fact];
  const source = facts as Record<string, unknown>;
  const def = FACTS[fact];
  if (def.kind === 'stored') return isMissing(source[fact]) ? [fact] : [];
  if (!isMissing(source[fact])) return [];
  const inputs = inputsOf(fact as DerivedFactName);
  const missing = inputs.filter((input) => isMissing(source[input]));
  if (missing.length > 0) return missing;
  return def.unit === 'ratio' ? [inputs[inputs.length - 1]] : [...inputs];
}
