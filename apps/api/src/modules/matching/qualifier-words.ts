import { FACTS, formatValue, isFactName, type LocalizedText } from '#matching';
import type { StoredGap } from './policy-match.entity.js';

/** A fact's label as on the profile form; a computed subject (an expression) is shown as it is. */
export const factLabelOf = (fact: string): LocalizedText =>
  isFactName(fact) ? FACTS[fact].label : { zh: fact, en: fact };

/**
 * A stored near miss in words, "研发投入占比 3.6%，需 ≥ 4%" / "R&D ratio 3.6 %, needs ≥ 4 %": the
 * same words the staff list and its export show, from the stored numbers alone (no re-evaluation).
 */
export function gapWords(gap: StoredGap): LocalizedText {
  const fact = isFactName(gap.fact) ? gap.fact : null;
  const label = factLabelOf(gap.fact);
  const value = formatValue(gap.value, fact, null);
  const threshold = formatValue(gap.threshold, fact, null);
  const sign = gap.direction === 'short' ? '≥' : '≤';
  return {
    zh: `${label.zh} ${value.zh}，需 ${sign} ${threshold.zh}`,
    en: `${label.en} ${value.en}, needs ${sign} ${threshold.en}`,
  };
}

/** The facts an enterprise has yet to enter, by their labels: "研发费用、营业收入". */
export function missingWords(facts: readonly string[]): LocalizedText {
  const labels = facts.map(factLabelOf);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}
