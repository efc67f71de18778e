import { FACT_NAMES, sortFactNames } from './facts.js';

/** Vocabulary facts as bits (their FACT_NAMES index), while the vocabulary fits in 31 bits. */
const BIT = new Map<string, number>(FACT_NAMES.length <= 31 ? FACT_NAMES.map((name, i) => [name, 1 << i]) : []);

/** The bits of `names`; -1 when one is outside the vocabulary (merged the slow way). */
function bitsOf(names: readonly string[]): number {
  let bits = 0;
  for (const name of names) {
    const bit = BIT.get(name);
    if (bit === undefined) return -1;
    bits |= bit;
  }
  return bits;
}

/**
 * The third truth value: a value that depends on missing facts. It carries the stored facts to
 * enter. Known values are plain JSON values, so `instanceof Unknown` tells them apart. Never changed
 * once made (readers copy `missing`), so one instance may serve many evaluations.
 */
export class Unknown {
  /** `missing` as vocabulary bits, or -1 (see bitsOf). */
  readonly bits: number;
  constructor(readonly missing: readonly string[]) {
    this.bits = bitsOf(missing);
  }
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/**
 * Merged Unknowns by their bits: a merge of vocabulary facts is an OR and a lookup, not a sort and two
 * allocations per evaluation. Bounded: the sets of missing facts a district's enterprises show are few,
 * and past the bound a merge makes a new Unknown as before.
 */
const merged = new Map<number, Unknown>();
const MERGED_MAX = 4096;

/** One unknown standing for several: its missing facts are the union of theirs (in fact order). */
export function mergeUnknown(values: readonly Unknown[]): Unknown {
  if (values.length === 1) return values[0];
  let bits = 0;
  for (const value of values) {
    if (value.bits < 0) return new Unknown(sortFactNames(values.flatMap((u) => u.missing)));
    bits |= value.bits;
  }
  let unknown = merged.get(bits);
  if (!unknown) {
    unknown = new Unknown(Object.freeze(FACT_NAMES.filter((name) => bits & (BIT.get(name) as number))));
    if (merged.size < MERGED_MAX) merged.set(bits, unknown);
  }
  return unknown;
}
