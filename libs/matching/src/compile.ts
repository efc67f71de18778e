import { generate } from './codegen-rule.js';
import { interpret } from './interpret.js';
import { checkRule, type CompileOptions, type CompiledRule } from './rule-parts.js';

export { RuleValidationError } from './rule-parts.js';
export type { CompileOptions, CompiledRule, ValueResult } from './rule-parts.js';
export { interpret } from './interpret.js';

/**
 * Compile a criteria rule once into JavaScript functions (see codegen.ts); throws RuleValidationError
 * on a bad rule.
 */
export function compileRule(rule: unknown, options: CompileOptions = {}): CompiledRule {
  return compile(rule, 'condition', options);
}

/** Compile any JsonLogic expression (a benefit formula uses expect 'number') to JavaScript. */
export function compile(rule: unknown, expect: 'condition' | 'number', options: CompileOptions = {}): CompiledRule {
  checkRule(rule, expect, options);
  return generate(rule, expect, options);
}

/**
 * The reference evaluator: the same rule as a tree of closures, one per node. Slower than compile's
 * generated code; the property tests hold the two to the same results.
 */
export function interpretRule(rule: unknown, options: CompileOptions = {}): CompiledRule {
  return interpret(rule, 'condition', options);
}
