import { FACTS, isFactName, localize, type CodeLabeler, type LocalizedText } from '#matching';
import { text } from '../../core/errors/app-error.js';
import type { Locale } from '../../core/errors/locale.js';
import type { Enterprise } from '../enterprises/enterprise.entity.js';
import type { Outcome } from '../policies/policy.enums.js';
import type { PolicyMatchRecord } from './policy-match.entity.js';
import type { QualifierFilter } from './qualifier-filter.js';
import { factLabelOf, gapWords, missingWords } from './qualifier-words.js';

/** Which list an export holds, from its filter: it decides the columns after the enterprise's own. */
export type ExportKind = 'qualified' | 'nearMisses' | 'needsInfo' | 'all';

export function exportKindOf(filter: QualifierFilter): ExportKind {
  if (filter.nearMiss || filter.outcome === 'INELIGIBLE') return 'nearMisses';
  if (filter.outcome === 'ELIGIBLE') return 'qualified';
  if (filter.outcome === 'NEEDS_INFO') return 'needsInfo';
  return 'all';
}

/** The sheet's (and the file's) name per list, as the staff page's tabs say. */
export const KIND_TITLES: Record<ExportKind, LocalizedText> = {
  qualified: text('符合条件的企业', 'Qualified'),
  nearMisses: text('差一点的企业', 'Near misses'),
  needsInfo: text('需补充信息的企业', 'Needs information'),
  all: text('全部匹配结果', 'All matches'),
};

const OUTCOME_LABELS: Record<Outcome, LocalizedText> = {
  ELIGIBLE: text('符合条件', 'Qualifies'),
  INELIGIBLE: text('不符合', 'Does not qualify'),
  NEEDS_INFO: text('需补充信息', 'Needs information'),
};

export interface ExportRow {
  match: PolicyMatchRecord;
  enterprise: Enterprise | undefined;
}

export interface ExportColumn {
  header: string;
  width: number;
  numFmt?: string;
  value: (row: ExportRow) => string | number | null;
}

/**
 * The numeric facts the criteria compare, in rule order (the near-miss columns, one per gap fact),
 * and whether a comparison has a computed subject (its gaps go to one more column).
 */
export function gapFactsOf(criteria: unknown): { facts: string[]; computed: boolean } {
  const facts: string[] = [];
  let computed = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [op, args] of Object.entries(node)) {
      const list: unknown[] = Array.isArray(args) ? args : [args];
      if (['<', '<=', '>', '>='].includes(op)) {
        for (const arg of list) {
          const name = typeof arg === 'object' && arg !== null && 'var' in arg ? (arg as { var: unknown }).var : null;
          if (typeof name === 'string' && isFactName(name) && FACTS[name].type === 'number') {
            if (!facts.includes(name)) facts.push(name);
          } else if (typeof arg === 'object' && arg !== null) computed = true;
        }
      } else list.forEach(walk);
    }
  };
  walk(criteria);
  return { facts, computed };
}

/** The export's columns in the caller's language: the enterprise, then what its list is about. */
export function exportColumns(
  kind: ExportKind,
  criteria: unknown,
  locale: Locale,
  labels: CodeLabeler,
): ExportColumn[] {
  const say = (t: LocalizedText) => localize(t, locale);
  const code = (fact: string, value: string | null | undefined) =>
    value
      ? say(
          labels(fact, value) ??
            (isFactName(fact) ? FACTS[fact].valueLabels?.[value] : undefined) ??
            text(value, value),
        )
      : '';
  const columns: ExportColumn[] = [
    { header: say(text('企业名称', 'Enterprise')), width: 36, value: (r) => r.enterprise?.name ?? '' },
    { header: say(text('统一社会信用代码', 'USCC')), width: 22, value: (r) => r.enterprise?.uscc ?? '' },
    { header: say(text('所在园区', 'Park')), width: 24, value: (r) => code('parkCode', r.enterprise?.parkCode) },
    { header: say(text('所属产业', 'Industry')), width: 20, value: (r) => code('industry', r.enterprise?.industry) },
    { header: say(text('企业梯队', 'Tier')), width: 16, value: (r) => code('tier', r.enterprise?.tier) },
  ];
  if (kind === 'all') {
    columns.push({
      header: say(text('匹配结果', 'Outcome')),
      width: 14,
      value: (r) => say(OUTCOME_LABELS[r.match.outcome]),
    });
  }
  if (kind === 'qualified' || kind === 'all') {
    columns.push({
      header: say(text('预计金额（万元）', 'Estimated benefit (10k CNY)')),
      width: 18,
      numFmt: '#,##0.00',
      value: (r) => (r.match.outcome === 'ELIGIBLE' ? r.match.benefit / 10_000 : null),
    });
  }
  if (kind === 'nearMisses' || kind === 'all') {
    const { facts, computed } = gapFactsOf(criteria);
    for (const fact of facts) {
      columns.push({
        header: say(text(`差距：${factLabelOf(fact).zh}`, `Gap: ${factLabelOf(fact).en}`)),
        width: 36,
        value: (r) => gapText(r, locale, (f) => f === fact),
      });
    }
    if (computed) {
      columns.push({
        header: say(text('差距：其他条件', 'Gap: other conditions')),
        width: 40,
        value: (r) => gapText(r, locale, (f) => !facts.includes(f)),
      });
    }
  }
  if (kind === 'needsInfo' || kind === 'all') {
    columns.push({
      header: say(text('缺少的信息', 'Missing information')),
      width: 40,
      value: (r) => say(missingWords(r.match.missingFacts)),
    });
  }
  return columns;
}

function gapText(row: ExportRow, locale: Locale, take: (fact: string) => boolean): string {
  const separator = locale === 'zh-CN' ? '；' : '; ';
  return row.match.gaps
    .filter((gap) => take(gap.fact))
    .map((gap) => localize(gapWords(gap), locale))
    .join(separator);
}
