import { conditionText, comparisonText, expressionLabel, factLabel, unitOf, type DescribeOptions } from './describe.js';
import { isIntegerFact, leafText, type LeafTemplate } from './explain.js';
import type { Facts } from './facts.js';
import type { LeafShape } from './leaf.js';
import { isConstant, opPath, varName } from './logic.js';
import { truthy } from './ops.js';
import type { ExplanationLeaf, LeafResult, Outcome, RuleEvaluation } from './results.js';
import { isUnknown } from './unknown.js';
import { STRUCTURAL_FAULTS, validateRule, type RuleFault, type ValidateOptions } from './validate.js';

/** What the two evaluators of a rule share: options, result types, leaf templates and texts. */

/** A rule that failed validation; `faults` lists every fault with its path. */
export class RuleValidationError extends Error {
  constructor(readonly faults: RuleFault[]) {
    super(`invalid rule: ${faults.map((f) => `${f.path || '(rule)'}: ${f.message.en}`).join('; ')}`);
    this.name = 'RuleValidationError';
  }
}

export interface CompileOptions extends DescribeOptions {
  /** Refuse type and fact faults too (default). Structural faults are always refused. */
  validate?: boolean;
  knownValues?: ValidateOptions['knownValues'];
}

/** A value computed by a compiled expression: known, or unknown with the facts to enter. */
export type ValueResult = { known: true; value: unknown } | { known: false; missingFacts: string[] };

export interface CompiledRule {
  readonly rule: unknown;
  /** Outcome with explanation, missing facts and near-misses. `facts` should come from deriveFacts. */
  evaluate(facts: Facts): RuleEvaluation;
  /** The outcome alone, without building the explanation (bulk matching, simulations). */
  outcome(facts: Facts): Outcome;
  /** The raw JsonLogic value (what json-logic-js would return when no fact is missing). */
  value(facts: Facts): ValueResult;
}

export interface RecordedLeaf {
  template: LeafTemplate;
  value: unknown;
  threshold: unknown;
  result: LeafResult;
  missing: readonly string[];
  /** Its failure changes nothing (it sits in an `or` that holds anyway, or under `!`): no near-miss. */
  moot?: boolean;
}

export interface Env {
  /** Inside arithmetic or a comparison operand: its leaves are 'formula' leaves. */
  inValue: boolean;
  /** Inside the test of an `if` (which branch applies): its leaves are 'condition' leaves. */
  inCondition?: boolean;
  /** Where a value is read for its truth (and/or/!/if conditions, the root of criteria). */
  boolPos: boolean;
}

export function checkRule(rule: unknown, expect: 'condition' | 'number', options: CompileOptions): void {
  const faults = validateRule(rule, { expect, knownValues: options.knownValues }).filter(
    (f) => options.validate !== false || STRUCTURAL_FAULTS.includes(f.code),
  );
  if (faults.length > 0) throw new RuleValidationError(faults);
}

export function contextOf(env: Env): LeafTemplate['context'] {
  return env.inValue ? 'formula' : env.inCondition ? 'condition' : 'criteria';
}

export function outcomeOf(value: unknown): Outcome {
  if (isUnknown(value)) return 'NEEDS_INFO';
  return truthy(value) ? 'ELIGIBLE' : 'INELIGIBLE';
}

export function toExplanationLeaf({ template, value, threshold, result, missing }: RecordedLeaf): ExplanationLeaf {
  const known = (v: unknown): unknown => (isUnknown(v) ? null : v);
  const shownThreshold =
    Array.isArray(threshold) && template.operator.toLowerCase().includes('between')
      ? threshold.map(known)
      : known(threshold);
  return {
    path: template.path,
    fact: template.fact,
    isExpression: template.isExpression,
    value: known(value),
    operator: template.operator,
    threshold: shownThreshold,
    result,
    missingFacts: [...missing],
    context: template.context,
    text: leafText(template, known(value), shownThreshold, result, missing),
  };
}

/** The template of a fact read for its truth (an is / isNot leaf). */
export function truthTemplate(
  node: Record<string, unknown>,
  path: string,
  env: Env,
  negate: boolean,
  options: CompileOptions,
): LeafTemplate {
  const name = varName(node) as string;
  return {
    path: opPath(path, 'var'),
    fact: name,
    isExpression: false,
    operator: negate ? 'isNot' : 'is',
    context: contextOf(env),
    unit: null,
    integer: false,
    requirement: conditionText(negate ? { '!': node } : node, options),
    subjectLabel: factLabel(name),
    thresholdIsConstant: true,
    labels: options.labels,
  };
}

/** The template of a comparison or `in` leaf. */
export function leafTemplate(
  at: string,
  shape: LeafShape,
  args: unknown[],
  env: Env,
  options: CompileOptions,
): LeafTemplate {
  const subject = args[shape.subjectIndex];
  const fact = varName(subject);
  const unit = unitOf(subject);
  const subjectLabel = fact !== null ? factLabel(fact) : expressionLabel(subject, unit, options);
  return {
    path: at,
    fact: fact ?? subjectLabel.en,
    isExpression: fact === null,
    operator: shape.operator,
    context: contextOf(env),
    unit,
    integer: isIntegerFact(fact),
    requirement: comparisonText(shape, args, options, subjectLabel),
    subjectLabel,
    thresholdIsConstant: shape.thresholdIndexes.every((i) => isConstant(args[i])),
    labels: options.labels,
  };
}
