/** The matching engine: pure, deterministic, no I/O. Results store ENGINE_VERSION. */
export { ENGINE_VERSION } from './version.js';

export * from './i18n.js';
export * from './facts.js';
export { deriveFacts, normalizeStoredFacts, inputsOf, missingInputsOf, isMissing } from './derive.js';
export { toIsoDay } from './dates.js';
export * from './validate-facts.js';
export { ALLOWED_OPERATORS } from './logic.js';
export type { Operator } from './logic.js';
export * from './validate.js';
export * from './results.js';
export { truthy } from './ops.js';
export { compile, compileRule, RuleValidationError } from './compile.js';
export type { CompileOptions, CompiledRule, ValueResult } from './compile.js';
export { compileBenefit, clampBenefit } from './benefit.js';
export type { BenefitResult, CompiledBenefit } from './benefit.js';
export { compilePolicy, evaluatePolicy, isInEffect } from './policy.js';
export type { CompiledPolicy, PolicyEvaluation, PolicyRules } from './policy.js';
export { runTestCases, BENEFIT_TOLERANCE } from './test-cases.js';
export type { PolicyTestCase, RunTestCasesOptions, TestCaseResult } from './test-cases.js';
export { applyStackingGroups } from './stacking.js';
export type { StackableMatch, StackedMatch, StackingResult } from './stacking.js';
export { describeRule, describeFormula, conditionText, expressionText } from './describe.js';
export type { DescribeOptions } from './describe.js';
export { formatMoney, formatNumber, formatValue } from './format.js';
export type { CodeLabeler } from './format.js';
