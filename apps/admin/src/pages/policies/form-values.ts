import { foldMaxBenefit } from './benefit-builder/benefit-shape';
import { isInvalidJson } from './rule-builder/json-input';
import { isIncompleteRule } from './rule-builder/rule-values';
import { i18n } from '../../i18n/i18n';
import type { PolicyContent, PolicyInput } from './types';

/**
 * The editor's form holds a PolicyInput as the API takes it (money in yuan, dates as
 * 'YYYY-MM-DD'); inputs show 万元 and date pickers. These helpers move between the two.
 */
export type PolicyFormValues = PolicyInput;

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export const emptyPolicy = (): PolicyFormValues => ({
  code: '',
  title: '',
  titleEn: '',
  summary: '',
  summaryEn: '',
  issuingDepartment: '',
  documentNumber: '',
  sourceUrl: '',
  kind: 'SUBSIDY',
  targetIndustries: [],
  targetTiers: [],
  targetParks: [],
  criteria: true,
  benefitFormula: 0,
  maxBenefit: null,
  stackingGroup: null,
  applicationDeadline: null,
  effectiveFrom: null,
  effectiveTo: null,
  isExample: false,
  testCases: [],
});

/** A stored policy as editor values (only the fields PolicyInput has). */
export const toFormValues = (policy: PolicyContent): PolicyFormValues => ({
  code: policy.code,
  title: policy.title,
  titleEn: policy.titleEn,
  summary: policy.summary,
  summaryEn: policy.summaryEn,
  issuingDepartment: policy.issuingDepartment,
  documentNumber: policy.documentNumber,
  sourceUrl: policy.sourceUrl,
  kind: policy.kind,
  targetIndustries: policy.targetIndustries,
  targetTiers: policy.targetTiers,
  targetParks: policy.targetParks,
  criteria: policy.criteria,
  // The editor shows one maximum: a stored 最高支持金额 becomes the builder's cap (same amounts paid).
  benefitFormula: foldMaxBenefit(policy.benefitFormula, policy.maxBenefit),
  maxBenefit: policy.maxBenefit,
  stackingGroup: policy.stackingGroup,
  applicationDeadline: policy.applicationDeadline,
  effectiveFrom: policy.effectiveFrom,
  effectiveTo: policy.effectiveTo,
  isExample: policy.isExample,
  testCases: policy.testCases.map((testCase) => ({
    name: testCase.name,
    facts: testCase.facts,
    expectedOutcome: testCase.expectedOutcome,
    expectedBenefit: testCase.expectedBenefit,
    asOf: testCase.asOf ?? null,
  })),
});

const text = (value: string | null | undefined): string => (value ?? '').trim();
const orNull = <T>(value: T | null | undefined): T | null => (value === undefined || value === '' ? null : value);

/** The criteria to send: never a rule with a condition nobody gave a value (the form refuses it first). */
const sendableCriteria = (criteria: unknown): unknown => {
  if (isIncompleteRule(criteria) || isInvalidJson(criteria)) throw new Error(i18n.t('policies.editor.fixFields'));
  return criteria ?? true;
};

/** The form's values as the API's PolicyInput: trimmed, empty optionals as null, no stray keys. */
export const toPolicyInput = (values: Partial<PolicyFormValues>): PolicyInput => ({
  code: text(values.code),
  title: text(values.title),
  titleEn: text(values.titleEn),
  summary: text(values.summary),
  summaryEn: text(values.summaryEn),
  issuingDepartment: text(values.issuingDepartment),
  documentNumber: text(values.documentNumber),
  sourceUrl: text(values.sourceUrl),
  kind: values.kind ?? 'OTHER',
  targetIndustries: values.targetIndustries ?? [],
  targetTiers: values.targetTiers ?? [],
  targetParks: values.targetParks ?? [],
  criteria: sendableCriteria(values.criteria),
  benefitFormula: values.benefitFormula ?? 0,
  maxBenefit: orNull(values.maxBenefit),
  stackingGroup: orNull(text(values.stackingGroup)),
  applicationDeadline: orNull(values.applicationDeadline),
  effectiveFrom: orNull(values.effectiveFrom),
  effectiveTo: orNull(values.effectiveTo),
  isExample: values.isExample ?? false,
  testCases: (values.testCases ?? []).map((testCase) => ({
    name: text(testCase?.name),
    facts: testCase?.facts ?? {},
    expectedOutcome: testCase?.expectedOutcome ?? 'ELIGIBLE',
    expectedBenefit: orNull(testCase?.expectedBenefit),
    asOf: orNull(testCase?.asOf),
  })),
});

/**
 * The input for trying rules before the policy's own fields are filled in: the API validates the
 * whole PolicyInput, so a missing code or title is stood in for (nothing is saved by a trial).
 */
export const trialInput = (values: Partial<PolicyFormValues>, withCases: boolean): PolicyInput => {
  const input = toPolicyInput(values);
  return {
    ...input,
    code: CODE.test(input.code) ? input.code : 'TRIAL',
    title: input.title.length >= 2 ? input.title : 'TRIAL',
    sourceUrl: /^https?:\/\/\S+$/.test(input.sourceUrl ?? '') ? input.sourceUrl : '',
    testCases: withCases ? input.testCases : [],
  };
};
