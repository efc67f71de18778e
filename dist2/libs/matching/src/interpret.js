import { missingInputsOf } from './derive.js';
import { nearMissOf } from './explain.js';
import { sortFactNames } from './facts.js';
import { isLeafNode, leafShape } from './leaf.js';
import { argPath, argsAreArray, argsOf, indexPath, isArithmetic, isComparison, isLogicObject, opPath, operatorOf, varName, } from './logic.js';
import { ARITHMETIC, COMPARE, inOp, truthy } from './ops.js';
import { checkRule, leafTemplate, outcomeOf, toExplanationLeaf, truthTemplate, } from './rule-parts.js';
import { Unknown, isUnknown, mergeUnknown } from './unknown.js';
/** Any JsonLogic expression as a closure tree (the reference evaluator). */
export function interpret(rule, expect, options = {}) {
    checkRule(rule, expect, options);
    const root = new Compiler(options).build(rule, '', { inValue: expect === 'number', boolPos: expect === 'condition' });
    return {
        rule,
        evaluate(facts) {
            const ctx = { facts, leaves: [] };
            const value = root(ctx);
            const outcome = outcomeOf(value);
            const explanation = [];
            const nearMisses = [];
            for (const recorded of ctx.leaves ?? []) {
                if (!recorded)
                    continue;
                const leaf = toExplanationLeaf(recorded);
                explanation.push(leaf);
                if (outcome !== 'ELIGIBLE' && !recorded.moot) {
                    const miss = nearMissOf(recorded.template, leaf);
                    if (miss)
                        nearMisses.push(miss);
                }
            }
            return {
                outcome,
                explanation,
                missingFacts: outcome === 'NEEDS_INFO' && isUnknown(value) ? sortFactNames(value.missing) : [],
                nearMisses,
            };
        },
        outcome(facts) {
            return outcomeOf(root({ facts, leaves: null }));
        },
        value(facts) {
            const value = root({ facts, leaves: null });
            return isUnknown(value) ? { known: false, missingFacts: sortFactNames(value.missing) } : { known: true, value };
        },
    };
}
function markMoot(ctx, from) {
    if (!ctx.leaves)
        return;
    for (let i = from; i < ctx.leaves.length; i++) {
        const leaf = ctx.leaves[i];
        if (leaf)
            leaf.moot = true;
    }
}
/** Apply an operation to known values; any unknown operand makes the result unknown. */
function knownOnly(fn) {
    return (values) => {
        const unknowns = values.filter(isUnknown);
        return unknowns.length ? mergeUnknown(unknowns) : fn(values);
    };
}
/**
 * The same value as the explaining path, without running the children after the decisive one:
 * with no explanation to build, nothing else depends on them (bulk matching, simulations).
 */
function shortCircuit(children, decisive, ctx) {
    let unknowns = null;
    let last = null;
    for (const child of children) {
        last = child(ctx);
        if (isUnknown(last))
            (unknowns ??= []).push(last);
        else if (decisive(last))
            return last;
    }
    return unknowns ? mergeUnknown(unknowns) : last;
}
class Compiler {
    options;
    constructor(options) {
        this.options = options;
    }
    build(node, path, env) {
        if (Array.isArray(node)) {
            const items = node.map((el, i) => this.build(el, indexPath(path, i), { inValue: true, boolPos: false }));
            return (ctx) => {
                const values = items.map((item) => item(ctx));
                const unknowns = values.filter(isUnknown);
                return unknowns.length ? mergeUnknown(unknowns) : values;
            };
        }
        if (!isLogicObject(node))
            return () => node;
        const op = operatorOf(node);
        const at = opPath(path, op);
        const args = argsOf(node);
        const argAt = (i) => argPath(at, i, argsAreArray(node));
        if (op === 'var')
            return env.boolPos ? this.truthLeaf(node, path, env, false) : this.variable(node, at);
        if (isComparison(op) || op === 'in')
            return this.comparison(node, path, env, false);
        if (op === '!' || op === '!!') {
            const [arg] = args;
            const negate = op === '!';
            let inner;
            if (isLeafNode(arg))
                inner = this.comparison(arg, argAt(0), env, negate);
            else if (varName(arg) !== null)
                inner = this.truthLeaf(arg, argAt(0), env, negate);
            else
                inner = this.build(arg, argAt(0), { ...env, boolPos: true });
            // Under a `!` over a compound, a failing leaf helps the rule: no advice to raise it.
            const mootInside = negate && !isLeafNode(arg) && varName(arg) === null;
            return (ctx) => {
                const start = ctx.leaves?.length ?? 0;
                const v = inner(ctx);
                if (mootInside)
                    markMoot(ctx, start);
                return isUnknown(v) ? v : negate ? !truthy(v) : truthy(v);
            };
        }
        if (op === 'and' || op === 'or')
            return this.logical(op, args.map((a, i) => this.build(a, argAt(i), { ...env, boolPos: true })));
        if (op === 'if')
            return this.conditional(args, argAt, env);
        if (isArithmetic(op)) {
            const fn = knownOnly(ARITHMETIC[op]);
            const operands = args.map((a, i) => this.build(a, argAt(i), { inValue: true, boolPos: false }));
            return (ctx) => fn(operands.map((o) => o(ctx)));
        }
        throw new Error(`unreachable: operator ${op} passed validation`);
    }
    /** A fact read: missing → Unknown with the stored facts to enter (a default, if given, instead). */
    variable(node, at, missingAsNull = false) {
        const args = argsOf(node);
        const name = args[0];
        const fallback = args.length > 1
            ? this.build(args[1], argPath(at, 1, argsAreArray(node)), { inValue: true, boolPos: false })
            : null;
        return (ctx) => {
            const value = ctx.facts[name];
            if (value !== undefined && value !== null)
                return value;
            if (fallback)
                return fallback(ctx);
            if (missingAsNull)
                return null;
            return new Unknown(sortFactNames(missingInputsOf(name, ctx.facts)));
        };
    }
    /** Kleene and/or that returns json-logic-js's value when everything is known. */
    logical(op, children) {
        const decisive = op === 'and' ? (v) => !truthy(v) : truthy;
        return (ctx) => {
            if (!ctx.leaves)
                return shortCircuit(children, decisive, ctx);
            const start = ctx.leaves.length;
            // Every child runs, so the explanation lists every leaf, not only those before the decision.
            const values = children.map((c) => c(ctx));
            const found = values.findIndex((v) => !isUnknown(v) && decisive(v));
            // An `or` that holds needs none of its failing leaves fixed.
            if (op === 'or' && found >= 0)
                markMoot(ctx, start);
            if (found >= 0)
                return values[found];
            const unknowns = values.filter(isUnknown);
            return unknowns.length ? mergeUnknown(unknowns) : values[values.length - 1];
        };
    }
    conditional(args, argAt, env) {
        const parts = args.map((a, i) => {
            const isCondition = i % 2 === 0 && i < args.length - 1;
            return this.build(a, argAt(i), isCondition ? { ...env, boolPos: true, inCondition: true } : env);
        });
        return (ctx) => {
            let i = 0;
            for (; i + 1 < parts.length; i += 2) {
                const condition = parts[i](ctx);
                if (isUnknown(condition))
                    return condition;
                if (truthy(condition))
                    return parts[i + 1](ctx);
            }
            return i < parts.length ? parts[i](ctx) : null;
        };
    }
    /** A comparison or `in`, recorded as an explanation leaf. */
    comparison(node, path, env, negate) {
        const op = operatorOf(node);
        const at = opPath(path, op);
        const args = argsOf(node);
        const shape = leafShape(node, negate);
        // `fact == null` asks whether the fact was entered: a missing fact answers it, it is not unknown.
        const nullCheck = ['==', '===', '!=', '!=='].includes(op) && args.length === 2 && (args[0] === null || args[1] === null);
        const operands = args.map((a, i) => {
            const p = argPath(at, i, argsAreArray(node));
            if (nullCheck && varName(a) !== null)
                return this.variable(a, opPath(p, 'var'), true);
            return this.build(a, p, { inValue: true, boolPos: false });
        });
        const template = leafTemplate(at, shape, args, env, this.options);
        const apply = op === 'in' ? knownOnly((v) => inOp(v[0], v[1])) : this.comparator(op, args.length);
        return (ctx) => {
            const slot = ctx.leaves ? ctx.leaves.push(null) - 1 : -1;
            const values = operands.map((o) => o(ctx));
            const result = apply(values);
            if (slot >= 0 && ctx.leaves) {
                const threshold = shape.thresholdIndexes.length === 1
                    ? values[shape.thresholdIndexes[0]]
                    : shape.thresholdIndexes.map((i) => values[i]);
                ctx.leaves[slot] = {
                    template,
                    value: values[shape.subjectIndex],
                    threshold,
                    result: isUnknown(result) ? 'unknown' : truthy(result) !== negate ? 'pass' : 'fail',
                    missing: isUnknown(result) ? result.missing : [],
                };
            }
            return result;
        };
    }
    /** Comparisons with three values: unknown if an operand is, but a known false pair decides a between. */
    comparator(op, arity) {
        const cmp = COMPARE[op];
        const pair = (a, b) => knownOnly((v) => cmp(v[0], v[1]))([a, b]);
        if (arity === 3) {
            return ([a, b, c]) => {
                const first = pair(a, b);
                const second = pair(b, c);
                if (first === false || second === false)
                    return false;
                const unknowns = [first, second].filter(isUnknown);
                return unknowns.length ? mergeUnknown(unknowns) : true;
            };
        }
        return ([a, b]) => pair(a, b);
    }
    /** A fact read for its truth (`{"var":"inZone"}` in an `and`), recorded as an is / isNot leaf. */
    truthLeaf(node, path, env, negate) {
        const read = this.variable(node, opPath(path, 'var'));
        const template = truthTemplate(node, path, env, negate, this.options);
        return (ctx) => {
            const value = read(ctx);
            if (ctx.leaves) {
                ctx.leaves.push({
                    template,
                    value,
                    threshold: !negate,
                    result: isUnknown(value) ? 'unknown' : truthy(value) !== negate ? 'pass' : 'fail',
                    missing: isUnknown(value) ? value.missing : [],
                });
            }
            return value;
        };
    }
}
