import { generate } from './codegen-rule.js';
import { interpret } from './interpret.js';
import { checkRule } from './rule-parts.js';
export { RuleValidationError } from './rule-parts.js';
export { interpret } from './interpret.js';
/**
 * Compile a criteria rule once into JavaScript functions (see codegen.ts); throws RuleValidationError
 * on a bad rule.
 */
export function compileRule(rule, options = {}) {
    return compile(rule, 'condition', options);
}
/** Compile any JsonLogic expression (a benefit formula uses expect 'number') to JavaScript. */
export function compile(rule, expect, options = {}) {
    checkRule(rule, expect, options);
    return generate(rule, expect, options);
}
/**
 * The reference evaluator: the same rule as a tree of closures, one per node. Slower than compile's
 * generated code; the property tests hold the two to the same results.
 */
export function interpretRule(rule, options = {}) {
    return interpret(rule, 'condition', options);
}
