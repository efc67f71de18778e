import { toIsoDay, type PolicyRules } from '#matching';
import type { PolicyInput } from './dto/policy.input.js';
import type { Policy } from './policy.entity.js';

/** The fields of a version that come from a PolicyInput. */
export type PolicyContent = Pick<
  Policy,
  | 'code'
  | 'title'
  | 'titleEn'
  | 'summary'
  | 'summaryEn'
  | 'issuingDepartment'
  | 'documentNumber'
  | 'sourceUrl'
  | 'kind'
  | 'targetIndustries'
  | 'targetTiers'
  | 'targetParks'
  | 'criteria'
  | 'benefitFormula'
  | 'maxBenefit'
  | 'stackingGroup'
  | 'applicationDeadline'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'isExample'
  | 'testCases'
>;

/** A copy through JSON: rules and facts are stored and compared as plain JSON. */
export const plainJson = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function contentOf(input: PolicyInput): PolicyContent {
  return {
    code: input.code,
    title: input.title.trim(),
    titleEn: input.titleEn?.trim() ?? '',
    summary: input.summary ?? '',
    summaryEn: input.summaryEn ?? '',
    issuingDepartment: input.issuingDepartment ?? '',
    documentNumber: input.documentNumber ?? '',
    sourceUrl: input.sourceUrl ?? '',
    kind: input.kind,
    targetIndustries: [...(input.targetIndustries ?? [])],
    targetTiers: [...(input.targetTiers ?? [])],
    targetParks: [...(input.targetParks ?? [])],
    criteria: plainJson(input.criteria) as Policy['criteria'],
    benefitFormula: plainJson(input.benefitFormula ?? 0) as Policy['benefitFormula'],
    maxBenefit: input.maxBenefit ?? null,
    stackingGroup: input.stackingGroup ?? null,
    applicationDeadline: input.applicationDeadline ?? null,
    effectiveFrom: input.effectiveFrom ?? null,
    effectiveTo: input.effectiveTo ?? null,
    isExample: input.isExample ?? false,
    testCases: (input.testCases ?? []).map((c) => ({
      name: c.name,
      facts: plainJson(c.facts),
      expectedOutcome: c.expectedOutcome,
      expectedBenefit: c.expectedBenefit ?? null,
      asOf: c.asOf ?? null,
    })),
  };
}

export function rulesOf(
  policy: Pick<Policy, 'criteria' | 'benefitFormula' | 'maxBenefit' | 'effectiveFrom' | 'effectiveTo'>,
): PolicyRules {
  return {
    criteria: policy.criteria,
    benefitFormula: policy.benefitFormula,
    maxBenefit: policy.maxBenefit,
    effectiveFrom: policy.effectiveFrom,
    effectiveTo: policy.effectiveTo,
  };
}

/** Today in China Standard Time, 'YYYY-MM-DD'. */
export const today = (): string => toIsoDay(new Date()) as string;
