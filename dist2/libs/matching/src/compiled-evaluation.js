import { nearMissOf } from './explain.js';
import { COMPARE, inOp, truthy } from './ops.js';
import { toExplanationLeaf } from './rule-parts.js';
import { isUnknown } from './unknown.js';
/**
 * The result of `evaluate`: the outcome and missing facts at once; the explanation leaves and
 * near-misses (with their texts) built from the recorded values on first read, then kept.
 * toJSON gives the plain RuleEvaluation.
 */
export class CompiledEvaluation {
    outcome;
    /** The recorded values until the explanation is built, then { explanation, nearMisses }. */
    #state;
    #sites;
    #replay;
    /**
     * `records`: the recorded values; or, with `replay`, the snapshot of the facts the rule read, from which
     * `replay` computes the recorded values on the first read of the explanation (codegen-rule.ts).
     */
    /** The root Unknown's missing facts (already in fact order), copied on the first read of missingFacts. */
    #missing;
    #missingFacts;
    constructor(outcome, missing, records, sites, replay) {
        this.outcome = outcome;
        this.#missing = missing;
        this.#state = records;
        this.#sites = sites;
        this.#replay = replay;
    }
    /** A copy made on first read (the caller may change it); [] unless NEEDS_INFO. */
    get missingFacts() {
        return (this.#missingFacts ??= this.#missing ? this.#missing.slice() : []);
    }
    get explanation() {
        if (Array.isArray(this.#state))
            this.#build();
        return this.#state.explanation;
    }
    get nearMisses() {
        if (Array.isArray(this.#state))
            this.#build();
        return this.#state.nearMisses;
    }
    #build() {
        const records = this.#replay ? this.#replay(this.#state) : this.#state;
        const explanation = [];
        const nearMisses = [];
        const mootBase = slotsOf(this.#sites);
        this.#sites.forEach((site) => {
            const recorded = recordedLeaf(site, records);
            if (!recorded)
                return;
            const leaf = toExplanationLeaf(recorded);
            explanation.push(leaf);
            if (this.outcome !== 'ELIGIBLE' && (site.moot === undefined || records[mootBase + site.moot] !== true)) {
                const miss = nearMissOf(site.template, leaf);
                if (miss)
                    nearMisses.push(miss);
            }
        });
        this.#state = { explanation, nearMisses };
    }
    toJSON() {
        return {
            outcome: this.outcome,
            explanation: this.explanation,
            missingFacts: this.missingFacts,
            nearMisses: this.nearMisses,
        };
    }
}
export function slotsOf(sites) {
    const last = sites[sites.length - 1];
    return last ? last.offset + (last.kind === 'full' ? 3 : 1) : 0;
}
/** A leaf site's recorded values as the explanation reads them; null when the leaf was not reached. */
function recordedLeaf(site, records) {
    const { template, negate, offset: k } = site;
    const value = records[k];
    if (value === undefined)
        return null;
    let threshold;
    let raw;
    if (site.kind === 'full') {
        threshold = records[k + 1];
        raw = records[k + 2];
    }
    else if (site.kind === 'truth') {
        threshold = !negate;
        raw = value;
    }
    else {
        const operands = site.args.map((a, i) => (i === site.factIndex ? value : a));
        const idx = site.thresholdIndexes;
        threshold = idx.length === 1 ? operands[idx[0]] : idx.map((i) => operands[i]);
        raw = isUnknown(value)
            ? value
            : site.op === 'in'
                ? inOp(operands[0], operands[1])
                : COMPARE[site.op](operands[0], operands[1]);
    }
    return {
        template,
        value,
        threshold,
        result: isUnknown(raw) ? 'unknown' : truthy(raw) !== negate ? 'pass' : 'fail',
        missing: isUnknown(raw) ? raw.missing : [],
    };
}
