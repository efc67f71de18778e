import { describeFormula, describeRule, type CodeLabeler, type Locale } from '#matching';

/**
 * A policy's rules in words, from libs/matching (the same sentences the API's explanations use):
 * the criteria as one sentence per condition, the benefit formula as one line. A rule the engine
 * cannot read gives no sentences rather than an error (the editor shows its faults).
 */
export const criteriaSentences = (criteria: unknown, locale: Locale, labels?: CodeLabeler): string[] => {
  try {
    return describeRule(criteria, locale, { labels });
  } catch {
    return [];
  }
};

export const formulaSentence = (formula: unknown, locale: Locale, labels?: CodeLabeler): string | null => {
  try {
    return describeFormula(formula, locale, { labels });
  } catch {
    return null;
  }
};

/** A formula that pays nothing estimable (0, or absent). */
export const paysNothing = (formula: unknown): boolean => formula === 0 || formula === null || formula === undefined;
