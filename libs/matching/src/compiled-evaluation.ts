import { nearMissOf, type LeafTemplate } from './explain.js';
import { COMPARE, inOp, truthy } from './ops.js';
import type { ExplanationLeaf, NearMiss, Outcome, RuleEvaluation } from './results.js';
import { toExplanationLeaf, type RecordedLeaf } from './rule-parts.js';
import { isUnknown } from './unknown.js';

/**
 * Per leaf site, what the explanation needs besides the recorded values. A simple leaf (a fact
 * against literals, the common case) records only the fact's value, in R[offset]: its threshold is
 * the literal and its result is the same comparison made again when the explanation is read. A
 * full leaf records value, threshold and result in R[offset..offset+2]. A fact read for its truth
 * records its value (its own result). The moot flags follow the values: R[M + site.moot], only for
 * the sites under an `or` or a `!`.
 */
export interface LeafSite {
  template: LeafTemplate;
  negate: boolean;
  offset: number;
  kind: 'simple' | 'full' | 'truth';
  /** simple: the operator and the arguments (literals; the fact's place at `factIndex`). */
  op?: string;
  args?: unknown[];
  factIndex?: number;
  /** simple / full: which operands are the threshold (one index: a value, more: a list). */
  thresholdIndexes?: number[];
  /** Sites under an `or` or a `!`: where the moot flag is, after the values (R[slotsOf(sites) + moot]). */
  moot?: number;
}

/** What a rule's results share (one per compiled rule): the leaf sites and, in snapshot mode, the replay. */
export interface EvaluationPlan {
  sites: readonly LeafSite[];
  /** Snapshot mode: computes the recorded values from the snapshot of the facts the rule read. */
  replay: ((snapshot: unknown[]) => unknown[]) | undefined;
}

/**
 * The result of `evaluate`: the outcome and missing facts at once; the explanation leaves and
 * near-misses (with their texts) built from the recorded values on first read, then kept.
 * toJSON gives the plain RuleEvaluation. The generated `evaluate` constructs it (four fields, one shape
 * for every rule, so the readers of `outcome` stay monomorphic).
 */
export class CompiledEvaluation implements RuleEvaluation {
  /** The recorded values (or the snapshot, with a replay) until the explanation is built, then { explanation, nearMisses }. */
  #state: unknown[] | { explanation: ExplanationLeaf[]; nearMisses: NearMiss[] };
  #plan: EvaluationPlan;
  /** The root Unknown's missing facts (already in fact order, shared: never changed), then their copy once read. */
  #missing: readonly string[] | string[] | null;
  #copied = false;

  constructor(
    readonly outcome: Outcome,
    missing: readonly string[] | null,
    records: unknown[],
    plan: EvaluationPlan,
  ) {
    this.#missing = missing;
    this.#state = records;
    this.#plan = plan;
  }

  /** A copy made on first read (the caller may change it); [] unless NEEDS_INFO. */
  get missingFacts(): string[] {
    if (!this.#copied) {
      this.#missing = this.#missing ? this.#missing.slice() : [];
      this.#copied = true;
    }
    return this.#missing as string[];
  }

  get explanation(): ExplanationLeaf[] {
    if (Array.isArray(this.#state)) this.#build();
    return (this.#state as { explanation: ExplanationLeaf[] }).explanation;
  }

  get nearMisses(): NearMiss[] {
    if (Array.isArray(this.#state)) this.#build();
    return (this.#state as { nearMisses: NearMiss[] }).nearMisses;
  }

  #build(): void {
    const { sites, replay } = this.#plan;
    const records = replay ? replay(this.#state as unknown[]) : (this.#state as unknown[]);
    const explanation: ExplanationLeaf[] = [];
    const nearMisses: NearMiss[] = [];
    const mootBase = slotsOf(sites);
    sites.forEach((site) => {
      const recorded = recordedLeaf(site, records);
      if (!recorded) return;
      const leaf = toExplanationLeaf(recorded);
      explanation.push(leaf);
      if (this.outcome !== 'ELIGIBLE' && (site.moot === undefined || records[mootBase + site.moot] !== true)) {
        const miss = nearMissOf(site.template, leaf);
        if (miss) nearMisses.push(miss);
      }
    });
    this.#state = { explanation, nearMisses };
  }

  toJSON(): RuleEvaluation {
    return {
      outcome: this.outcome,
      explanation: this.explanation,
      missingFacts: this.missingFacts,
      nearMisses: this.nearMisses,
    };
  }
}

export function slotsOf(sites: readonly LeafSite[]): number {
  const last = sites[sites.length - 1];
  return last ? last.offset + (last.kind === 'full' ? 3 : 1) : 0;
}

/** A leaf site's recorded values as the explanation reads them; null when the leaf was not reached. */
function recordedLeaf(site: LeafSite, records: readonly unknown[]): RecordedLeaf | null {
  const { template, negate, offset: k } = site;
  const value = records[k];
  if (value === undefined) return null;
  let threshold: unknown;
  let raw: unknown;
  if (site.kind === 'full') {
    threshold = records[k + 1];
    raw = records[k + 2];
  } else if (site.kind === 'truth') {
    threshold = !negate;
    raw = value;
  } else {
    const operands = (site.args as unknown[]).map((a, i) => (i === site.factIndex ? value : a));
    const idx = site.thresholdIndexes as number[];
    threshold = idx.length === 1 ? operands[idx[0]] : idx.map((i) => operands[i]);
    raw = isUnknown(value)
      ? value
      : site.op === 'in'
        ? inOp(operands[0], operands[1])
        : COMPARE[site.op as string](operands[0], operands[1]);
  }
  return {
    template,
    value,
    threshold,
    result: isUnknown(raw) ? 'unknown' : truthy(raw) !== negate ? 'pass' : 'fail',
    missing: isUnknown(raw) ? raw.missing : [],
  };
}
