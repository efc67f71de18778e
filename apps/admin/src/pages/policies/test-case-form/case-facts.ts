import {
  FACT_NAMES,
  FACTS,
  inputsOf,
  isFactName,
  normalizeStoredFacts,
  sortFactNames,
  STORED_FACT_NAMES,
  type FactName,
  type StoredFactName,
} from '#matching';

/**
 * A test case's facts as a form: which stored facts to ask for (those the rule reads, a derived
 * one through its inputs), and an enterprise's profile as a case's facts.
 */

/** The facts a JsonLogic value reads (`{ "var": "name" }` or `{ "var": ["name", default] }`), in vocabulary order. */
export const factsRead = (...logic: unknown[]): FactName[] => {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [op, args] of Object.entries(node)) {
      if (op === 'var') {
        const name = Array.isArray(args) ? args[0] : args;
        if (isFactName(name)) found.add(name);
      } else walk(args);
    }
  };
  logic.forEach(walk);
  return sortFactNames(found) as FactName[];
};

/** The stored facts to enter for the facts a rule reads: a derived fact asks for its inputs. */
export const storedInputs = (facts: readonly FactName[]): StoredFactName[] =>
  sortFactNames(facts.flatMap((name) => inputsOf(name))) as StoredFactName[];

/** The derived facts among those a rule reads (shown computed from what is entered). */
export const derivedAmong = (facts: readonly FactName[]): FactName[] =>
  facts.filter((name) => FACTS[name].kind === 'derived');

/**
 * Whether the form can show a case's facts: an object of stored facts whose values have the
 * fact's type (null = not entered). Anything else opens in the JSON view, which says what is wrong.
 */
export const formCanShow = (facts: unknown): facts is Record<StoredFactName, unknown> => {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return false;
  return Object.entries(facts).every(([name, value]) => {
    if (!isFactName(name) || FACTS[name].kind !== 'stored') return false;
    if (value === null) return true;
    const definition = FACTS[name];
    switch (definition.type) {
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'date':
        return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      default:
        return typeof value === 'string' && (!definition.values || definition.values.includes(value));
    }
  });
};

/** The facts of a case with one changed: an empty value leaves the fact out (not entered). */
export const withFact = (
  facts: Record<string, unknown>,
  name: StoredFactName,
  value: unknown,
): Record<string, unknown> => {
  const { [name]: _previous, ...rest } = facts;
  if (value === null || value === undefined || value === '') return rest;
  // Keep the vocabulary order, so the JSON view reads like the form.
  const next: Record<string, unknown> = { ...rest, [name]: value };
  return Object.fromEntries(sortFactNames(Object.keys(next)).map((key) => [key, next[key]]));
};

/**
 * An enterprise's profile as a case's facts: the stored facts among `names` that it has entered
 * (its other fields and missing facts are left out; a missing fact stays missing).
 */
export const profileFacts = (
  profile: Record<string, unknown>,
  names: readonly StoredFactName[] = STORED_FACT_NAMES,
): Record<string, unknown> => {
  const normalized = normalizeStoredFacts(profile) as Record<string, unknown>;
  return Object.fromEntries(
    names.filter((name) => normalized[name] !== undefined).map((name) => [name, normalized[name]]),
  );
};

/** Stored facts the case does not show yet, to add one by hand. */
export const otherStoredFacts = (shown: readonly string[]): StoredFactName[] =>
  FACT_NAMES.filter(
    (name): name is StoredFactName => FACTS[name].kind === 'stored' && !shown.includes(name),
  ) as StoredFactName[];
