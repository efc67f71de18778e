import {
  localize,
  toIsoDay,
  validateBenefit,
  validateRule,
  validateStoredFacts,
  type CodeLabeler,
  type PolicyTestCase as EngineTestCase,
  type TestCaseResult,
  type ValidateOptions,
} from '#matching';
import { AppError } from '../../core/errors/app-error.js';
import { fieldFault as fault, type FieldFault } from '../../core/errors/field-fault.js';
import type { Locale } from '../../core/errors/locale.js';
import type { PolicyInput } from './dto/policy.input.js';

/**
 * The checks a policy passes before it is saved, evaluated or published, as pure functions: every
 * fault with its path in the input (`criteria.and[1]['>='][0]`, `testCases[2].facts.revenue`).
 */

/** Codes a rule may compare industry, chainSegment and parkCode with (from the database). */
export interface KnownCodes {
  industries: readonly string[];
  segments: readonly string[];
  parks: readonly string[];
  /** Labels for describing rules in words; optional. */
  labels?: CodeLabeler;
}

export function knownValuesOf(codes: KnownCodes): NonNullable<ValidateOptions['knownValues']> {
  return { industry: codes.industries, chainSegment: codes.segments, parkCode: codes.parks };
}

/** `criteria` + `and[1]['>='][0]` → `criteria.and[1]['>='][0]`; `''` is the whole value. */
export function fieldPath(prefix: string, path: string): string {
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

export type RuleParts = Pick<PolicyInput, 'criteria' | 'benefitFormula'>;

/** Faults of the criteria and the benefit formula. */
export function ruleFaults(input: RuleParts, codes: KnownCodes): FieldFault[] {
  const knownValues = knownValuesOf(codes);
  return [
    ...validateRule(input.criteria, { knownValues }).map((f) => ({
      field: fieldPath('criteria', f.path),
      message: f.message,
    })),
    ...validateBenefit(input.benefitFormula, { knownValues }).map((f) => ({
      field: fieldPath('benefitFormula', f.path),
      message: f.message,
    })),
  ];
}

/** Faults of a set of hand-written stored facts, under `prefix` (`facts`, `testCases[0].facts`). */
export function factFaults(facts: unknown, prefix: string): FieldFault[] {
  return validateStoredFacts(facts).map((f) => ({ field: fieldPath(prefix, f.path), message: f.message }));
}

/** A 'YYYY-MM-DD' that is no real day (or not that form), as a fault of `field`. */
export function dayFault(value: string | null | undefined, field: string): FieldFault[] {
  if (value === null || value === undefined || toIsoDay(value) === value) return [];
  return [fault(field, `不是有效的日期：${value}`, `is not a real day: ${value}`)];
}

/** Every fault of a whole policy input: rules, targets, dates and test cases. */
export function policyInputFaults(input: PolicyInput, codes: KnownCodes): FieldFault[] {
  const faults = ruleFaults(input, codes);
  const industries = new Set(codes.industries);
  const parks = new Set(codes.parks);
  (input.targetIndustries ?? []).forEach((code, i) => {
    if (!industries.has(code))
      faults.push(fault(`targetIndustries[${i}]`, `未知的产业编码 ${code}`, `unknown industry code ${code}`));
  });
  (input.targetParks ?? []).forEach((code, i) => {
    if (!parks.has(code))
      faults.push(fault(`targetParks[${i}]`, `未知的园区编码 ${code}`, `unknown park code ${code}`));
  });
  faults.push(
    ...dayFault(input.applicationDeadline, 'applicationDeadline'),
    ...dayFault(input.effectiveFrom, 'effectiveFrom'),
    ...dayFault(input.effectiveTo, 'effectiveTo'),
  );
  if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    faults.push(fault('effectiveTo', '失效日期不能早于生效日期', 'cannot be before effectiveFrom'));
  }
  const names = new Set<string>();
  (input.testCases ?? []).forEach((testCase, i) => {
    const at = `testCases[${i}]`;
    if (names.has(testCase.name))
      faults.push(fault(`${at}.name`, `用例名称“${testCase.name}”重复`, `the name "${testCase.name}" is used twice`));
    names.add(testCase.name);
    faults.push(...factFaults(testCase.facts, `${at}.facts`), ...dayFault(testCase.asOf, `${at}.asOf`));
  });
  return faults;
}

/** One BAD_USER_INPUT error naming every fault (nothing is saved). */
export function faultsError(faults: FieldFault[]): AppError {
  const list = (locale: Locale, sep: string, colon: string) =>
    faults.map((f) => `${f.field}${colon}${localize(f.message, locale)}`).join(sep);
  return AppError.badInput(
    {
      zh: `政策有 ${faults.length} 处错误：${list('zh-CN', '；', '：')}`,
      en: `The policy has ${faults.length} fault(s): ${list('en-US', '; ', ': ')}`,
    },
    faults,
  );
}

export function throwIfFaults(faults: FieldFault[]): void {
  if (faults.length) throw faultsError(faults);
}

/** The engine's form of the input's test cases. */
export interface TestCaseLike {
  name: string;
  facts: unknown;
  expectedOutcome: EngineTestCase['expectedOutcome'];
  expectedBenefit?: number | null;
  asOf?: string | null;
}

export function engineTestCases(cases: readonly TestCaseLike[]): EngineTestCase[] {
  return cases.map((c) => ({
    name: c.name,
    facts: c.facts as EngineTestCase['facts'],
    expectedOutcome: c.expectedOutcome,
    expectedBenefit: c.expectedBenefit ?? null,
    ...(c.asOf ? { asOf: c.asOf } : {}),
  }));
}

/** What a client reads of a failing case: name, expected, actual and why, in the caller's language. */
export interface FailingCase {
  index: number;
  name: string;
  asOf: string;
  expected: { outcome: string; benefit: number | null };
  actual: { outcome: string | null; benefit: number | null };
  reasons: string[];
}

export function failingCases(results: readonly TestCaseResult[], locale: Locale): FailingCase[] {
  return results.flatMap((r, index) =>
    r.passed
      ? []
      : [
          {
            index,
            name: r.name,
            asOf: r.asOf,
            expected: { outcome: r.expectedOutcome, benefit: r.expectedBenefit },
            actual: { outcome: r.actualOutcome, benefit: r.actualBenefit },
            reasons: [
              ...r.factFaults.map((f) => localize(f.message, locale)),
              ...r.explanation.map((leaf) => localize(leaf.text, locale)),
            ],
          },
        ],
  );
}

/** publishPolicy refused: each failing case in `extensions.failingCases` and as a field fault. */
export function failingCasesError(failing: FailingCase[]): AppError {
  const line = (c: FailingCase) =>
    `${c.name}: ${c.expected.outcome}/${c.expected.benefit ?? '-'} → ${c.actual.outcome ?? '-'}/${c.actual.benefit ?? '-'}`;
  return AppError.badInput(
    {
      zh: `有 ${failing.length} 个测试用例未通过，不能发布：${failing.map(line).join('；')}`,
      en: `${failing.length} test case(s) fail, so the policy cannot be published: ${failing.map(line).join('; ')}`,
    },
    failing.map((c) =>
      fault(
        `testCases[${c.index}]`,
        `用例“${c.name}”预期 ${c.expected.outcome}（${c.expected.benefit ?? '不检查金额'}），实际 ${c.actual.outcome ?? '无法评估'}（${c.actual.benefit ?? '-'}）`,
        `case "${c.name}" expects ${c.expected.outcome} (${c.expected.benefit ?? 'benefit not checked'}), got ${c.actual.outcome ?? 'no result'} (${c.actual.benefit ?? '-'})`,
      ),
    ),
    { failingCases: failing },
  );
}
