import { leafTemplate, truthTemplate, type CompileOptions, type Env } from './rule-parts.js';
import { isLeafNode, leafShape } from './leaf.js';
import {
  argPath,
  argsAreArray,
  argsOf,
  indexPath,
  isArithmetic,
  isComparison,
  isConstant,
  isLogicObject,
  opPath,
  operatorOf,
  varName,
} from './logic.js';
import type { LeafSite } from './compiled-evaluation.js';
import { arithmetic, isPlainLiteral, literal, missingCode, type Expr } from './codegen-parts.js';

/**
 * Rules compiled to JavaScript source, run with `new Function` (as json-logic-engine's compiled mode),
 * with three values and explanations. The closure tree (`interpret`) is the reference; a property test
 * holds both to the same results. Safety: built from a validated rule; every literal and fact name goes
 * through JSON.stringify, fact reads are `f["name"]`, operators come from a fixed table here.
 * - fast: the value without an explanation; `and` / `or` stop at the deciding child (as `shortCircuit`).
 * - explain: every child runs; each fact read once at the top; each leaf writes what its explanation
 *   needs into one flat array (one slot for a fact against literals, three otherwise), then one moot flag
 *   per leaf under an `or` or a `!`; leaves and zh/en texts are built from it on first read (CompiledEvaluation).
 */

/** Snapshot mode (codegen-rule.ts): fact slots shared by the capturing and the replaying function. */
export interface Snapshot {
  names: Map<string, number>;
  replay: boolean;
}

export class Generator {
  private temp = 0;
  private out: string[] = [];
  readonly sites: LeafSite[] = [];
  /** Slots of R used by the recorded values; the moot flags come after them. */
  slots = 0;
  /** Moot flags: one per site that is under an `or` or a `!`. */
  mootSlots = 0;
  /** Constants hoisted out of the function (constant lists of `in`, Unknowns of missing stored facts). */
  readonly constants: string[] = [];

  /** Snapshot mode only: a `var` with a fallback or in a null check needs the facts object itself. */
  unsnappable = false;

  constructor(
    private readonly options: CompileOptions,
    private readonly explain: boolean,
    private readonly snapshot?: Snapshot,
  ) {}

  private fresh = (): string => `t${this.temp++}`;
  private emit = (line: string): number => this.out.push(line);

  /** Generate `body` into a separate buffer (the inside of an if / block); returns its lines. */
  private nested(body: () => void): string {
    const saved = this.out;
    this.out = [];
    body();
    const lines = this.out.join('\n');
    this.out = saved;
    return lines;
  }

  /** The statements of the function body (the explain path's fact reads first) and the expression of its value. */
  source(rule: unknown, env: Env): { body: string; root: string; rootExpr: Expr } {
    const rootExpr = this.build(rule, '', env);
    return {
      body: [...[...this.reads.values()].map((r) => r.code), ...this.out].join('\n'),
      root: rootExpr.code,
      rootExpr,
    };
  }

  /** explain: each fact the rule names, read once at the top into a local (x0, x1, …). */
  private readonly reads = new Map<string, { local: string; code: string }>();
  /** Fact `name`: the fast path reads where the rule does (it stops early); explain reads each once. */
  private read(name: string): string {
    const snap = this.snapshot;
    if (!this.explain && !snap) return `f[${literal(name)}]`;
    const existing = this.reads.get(name);
    if (existing) return existing.local;
    if (!snap) {
      const local = `x${this.reads.size}`;
      this.reads.set(name, { local, code: `const ${local} = f[${literal(name)}];` });
      return local;
    }
    // Capture: the value, or its Unknown when missing, into slot i; replay: slot i of the snapshot `s`.
    if (!snap.names.has(name)) {
      if (snap.replay) this.unsnappable = true;
      snap.names.set(name, snap.names.size);
    }
    const local = `x${snap.names.get(name)}`;
    const code = snap.replay
      ? `const ${local} = s[${snap.names.get(name)}];`
      : `let ${local} = f[${literal(name)}];\nif (${local} === undefined || ${local} === null) ${local} = ${missingCode(name, this.constants)};`;
    this.reads.set(name, { local, code });
    return local;
  }

  /** Capture: the snapshot array's literal (slot order). */
  snapshotLiteral(): string {
    return `[${[...(this.snapshot?.names.values() ?? [])].map((i) => `x${i}`).join(', ')}]`;
  }

  /** `x` assigned to a fresh temporary. */
  private bind(code: string, mayUnknown: boolean, bool: boolean): Expr {
    const t = this.fresh();
    this.emit(`const ${t} = ${code};`);
    return { code: t, mayUnknown, bool };
  }

  private truthyCode(e: Expr): string {
    return e.bool ? e.code : `T(${e.code})`;
  }

  build(node: unknown, path: string, env: Env): Expr {
    if (Array.isArray(node)) {
      const items = node.map((el, i) => this.build(el, indexPath(path, i), { inValue: true, boolPos: false }));
      const list = `[${items.map((i) => i.code).join(', ')}]`;
      return this.knownOnly(items, list, false);
    }
    if (!isLogicObject(node)) return { code: literal(node), mayUnknown: false, bool: typeof node === 'boolean' };
    const op = operatorOf(node);
    const at = opPath(path, op);
    const args = argsOf(node);
    const argAt = (i: number): string => argPath(at, i, argsAreArray(node));
    if (op === 'var') return env.boolPos ? this.truthLeaf(node, path, env, false) : this.variable(node, at);
    if (isComparison(op) || op === 'in') return this.comparison(node, path, env, false);
    if (op === '!' || op === '!!') {
      const [arg] = args;
      const negate = op === '!';
      const first = this.sites.length;
      let inner: Expr;
      if (isLeafNode(arg)) inner = this.comparison(arg, argAt(0), env, negate);
      else if (varName(arg) !== null) inner = this.truthLeaf(arg as Record<string, unknown>, argAt(0), env, negate);
      else inner = this.build(arg, argAt(0), { ...env, boolPos: true });
      // Under a `!` over a compound, a failing leaf helps the rule: no advice to raise it.
      if (negate && !isLeafNode(arg) && varName(arg) === null) this.markMoot(first, this.sites.length);
      const t = inner.code;
      const value = negate ? `!${this.truthyCode(inner)}` : this.truthyCode(inner);
      return this.bind(inner.mayUnknown ? `${t} instanceof U ? ${t} : ${value}` : value, inner.mayUnknown, true);
    }
    if (op === 'and' || op === 'or') return this.logical(op, args, argAt, env);
    if (op === 'if') return this.conditional(args, argAt, env);
    if (isArithmetic(op)) {
      const operands = args.map((a, i) => this.build(a, argAt(i), { inValue: true, boolPos: false }));
      return this.knownOnly(operands, arithmetic(op, operands), false);
    }
    throw new Error(`unreachable: operator ${op} passed validation`);
  }

  /** `code` over known operands; any unknown operand makes the result unknown (merged). */
  private knownOnly(operands: Expr[], code: string, bool: boolean): Expr {
    const maybe = operands.filter((o) => o.mayUnknown);
    if (maybe.length === 0) return this.bind(code, false, bool);
    if (maybe.length === 1) {
      const u = maybe[0].code;
      return this.bind(`${u} instanceof U ? ${u} : ${code}`, true, bool);
    }
    const test = maybe.map((o) => `${o.code} instanceof U`).join(' || ');
    return this.bind(`${test} ? mu([${maybe.map((o) => o.code).join(', ')}]) : ${code}`, true, bool);
  }

  /** A fact read: missing → its fallback, null (a null check), or an Unknown with the facts to enter. */
  private variable(node: Record<string, unknown>, at: string, missingAsNull = false): Expr {
    const args = argsOf(node);
    const name = args[0] as string;
    if (this.snapshot && (args.length > 1 || missingAsNull)) this.unsnappable = true;
    // Snapshot mode: the local already holds the value or its Unknown (read once at the top).
    if (this.snapshot && !this.unsnappable) return { code: this.read(name), mayUnknown: true, bool: false };
    const t = this.fresh();
    this.emit(`let ${t} = ${this.read(name)};`);
    let mayUnknown = !missingAsNull;
    const whenMissing = this.nested(() => {
      if (args.length > 1) {
        const fallback = this.build(args[1], argPath(at, 1, argsAreArray(node)), { inValue: true, boolPos: false });
        mayUnknown = fallback.mayUnknown;
        this.emit(`${t} = ${fallback.code};`);
      } else if (missingAsNull) this.emit(`${t} = null;`);
      else this.emit(`${t} = ${missingCode(name, this.constants)};`);
    });
    this.emit(`if (${t} === undefined || ${t} === null) {\n${whenMissing}\n}`);
    return { code: t, mayUnknown, bool: false };
  }

  private logical(op: 'and' | 'or', args: unknown[], argAt: (i: number) => string, env: Env): Expr {
    const r = this.fresh();
    const u = this.fresh();
    const first = this.sites.length;
    let mayUnknown = false;
    let bool = true;
    this.emit(`let ${r}, ${u} = null;`);
    if (!this.explain) {
      // Stop at the deciding child: nothing else depends on the others.
      const label = `L${r}`;
      const body = this.nested(() => {
        args.forEach((a, i) => {
          const c = this.build(a, argAt(i), { ...env, boolPos: true });
          mayUnknown ||= c.mayUnknown;
          bool &&= c.bool;
          const decisive = op === 'and' ? (c.bool ? `${c.code} === false` : `!T(${c.code})`) : this.truthyCode(c);
          this.emit(`${r} = ${c.code};`);
          if (c.mayUnknown)
            this.emit(
              `if (${r} instanceof U) ${u} = ${u} === null ? ${r} : merge2(${u}, ${r}); else if (${decisive}) break ${label};`,
            );
          else this.emit(`if (${decisive}) break ${label};`);
        });
        if (mayUnknown) this.emit(`if (${u} !== null) ${r} = ${u};`);
      });
      this.emit(`${label}: {\n${body}\n}`);
      return { code: r, mayUnknown, bool };
    }
    // Every child runs, so the explanation lists every leaf, not only those before the decision.
    const found = this.fresh();
    this.emit(`let ${found} = false;`);
    let last = '';
    args.forEach((a, i) => {
      const c = this.build(a, argAt(i), { ...env, boolPos: true });
      mayUnknown ||= c.mayUnknown;
      bool &&= c.bool;
      const decisive = op === 'and' ? (c.bool ? `${c.code} === false` : `!T(${c.code})`) : this.truthyCode(c);
      const take = `if (!${found} && ${decisive}) { ${found} = true; ${r} = ${c.code}; }`;
      if (c.mayUnknown)
        this.emit(
          `if (${c.code} instanceof U) ${u} = ${u} === null ? ${c.code} : merge2(${u}, ${c.code}); else ${take}`,
        );
      else this.emit(take);
      last = c.code;
    });
    const moot = op === 'or' ? this.mootCode(first, this.sites.length) : '';
    this.emit(`if (${found}) { ${moot} } else ${r} = ${u} !== null ? ${u} : ${last};`);
    return { code: r, mayUnknown, bool };
  }

  private conditional(args: unknown[], argAt: (i: number) => string, env: Env): Expr {
    const r = this.fresh();
    this.emit(`let ${r} = null;`);
    let mayUnknown = false;
    // Without an else branch the value may be null: not a boolean.
    let bool = args.length % 2 === 1;
    const branch = (i: number): string =>
      this.nested(() => {
        const e = this.build(args[i], argAt(i), env);
        mayUnknown ||= e.mayUnknown;
        bool &&= e.bool;
        this.emit(`${r} = ${e.code};`);
      });
    const chain = (i: number): string => {
      if (i + 1 >= args.length) return i < args.length ? branch(i) : '';
      return this.nested(() => {
        const c = this.build(args[i], argAt(i), { ...env, boolPos: true, inCondition: true });
        const then = branch(i + 1);
        const rest = chain(i + 2);
        if (c.mayUnknown) {
          mayUnknown = true;
          this.emit(`if (${c.code} instanceof U) ${r} = ${c.code};`);
          this.emit(`else if (${this.truthyCode(c)}) {\n${then}\n} else {\n${rest}\n}`);
        } else this.emit(`if (${this.truthyCode(c)}) {\n${then}\n} else {\n${rest}\n}`);
      });
    };
    this.emit(chain(0));
    return { code: r, mayUnknown, bool };
  }

  /** A comparison or `in`, recorded as an explanation leaf. */
  private comparison(node: Record<string, unknown>, path: string, env: Env, negate: boolean): Expr {
    const op = operatorOf(node);
    const at = opPath(path, op);
    const args = argsOf(node);
    const shape = leafShape(node, negate);
    // `fact == null` asks whether the fact was entered: a missing fact answers it, it is not unknown.
    const nullCheck =
      ['==', '===', '!=', '!=='].includes(op) && args.length === 2 && (args[0] === null || args[1] === null);
    const factIndex = args.findIndex((a) => varName(a) !== null && argsOf(a as Record<string, unknown>).length === 1);
    const simple = !nullCheck && args.length === 2 && factIndex >= 0 && isPlainLiteral(args[1 - factIndex]);
    const site: LeafSite = {
      template: leafTemplate(at, shape, args, env, this.options),
      negate,
      offset: this.slots,
      kind: simple ? 'simple' : 'full',
      op,
      args: simple ? args : undefined,
      factIndex: simple ? factIndex : undefined,
      thresholdIndexes: shape.thresholdIndexes,
    };
    this.sites.push(site);
    this.slots += simple ? 1 : 3;
    const operands = args.map((a, i) => {
      const p = argPath(at, i, argsAreArray(node));
      if (nullCheck && varName(a) !== null) return this.variable(a as Record<string, unknown>, opPath(p, 'var'), true);
      if (op === 'in' && i === 1 && Array.isArray(a) && isConstant(a)) {
        // A constant list: made once, outside the function.
        const name = `k${this.constants.length}`;
        this.constants.push(`const ${name} = ${literal(a)};`);
        return { code: name, mayUnknown: false, bool: false };
      }
      return this.build(a, p, { inValue: true, boolPos: false });
    });
    let result: Expr;
    if (op === 'in') result = this.knownOnly(operands, `inOp(${operands[0].code}, ${operands[1].code})`, true);
    else if (operands.length === 3) result = this.between(op, operands);
    else result = this.knownOnly(operands, `${operands[0].code} ${op} ${operands[1].code}`, true);
    if (this.explain) {
      const k = site.offset;
      if (simple) this.emit(`R[${k}] = ${operands[factIndex].code};`);
      else {
        const threshold =
          shape.thresholdIndexes.length === 1
            ? operands[shape.thresholdIndexes[0]].code
            : `[${shape.thresholdIndexes.map((i) => operands[i].code).join(', ')}]`;
        this.emit(
          `R[${k}] = ${operands[shape.subjectIndex].code}; R[${k + 1}] = ${threshold}; R[${k + 2}] = ${result.code};`,
        );
      }
    }
    return result;
  }

  /** Three arguments: between; a known false pair decides even when the other is unknown. */
  private between(op: string, [a, b, c]: Expr[]): Expr {
    const first = this.knownOnly([a, b], `${a.code} ${op} ${b.code}`, true);
    const second = this.knownOnly([b, c], `${b.code} ${op} ${c.code}`, true);
    if (!first.mayUnknown && !second.mayUnknown) return this.bind(`${first.code} && ${second.code}`, false, true);
    const f = first.code;
    const s = second.code;
    return this.bind(
      `${f} === false || ${s} === false ? false : ${f} instanceof U ? (${s} instanceof U ? merge2(${f}, ${s}) : ${f}) : ${s} instanceof U ? ${s} : true`,
      true,
      true,
    );
  }

  /** A fact read for its truth (`{"var":"inZone"}` in an `and`), recorded as an is / isNot leaf. */
  private truthLeaf(node: Record<string, unknown>, path: string, env: Env, negate: boolean): Expr {
    const read = this.variable(node, opPath(path, 'var'));
    const offset = this.slots++;
    this.sites.push({ template: truthTemplate(node, path, env, negate, this.options), negate, offset, kind: 'truth' });
    if (this.explain) this.emit(`R[${offset}] = ${read.code};`);
    return read;
  }

  private markMoot(from: number, to: number): void {
    const code = this.mootCode(from, to);
    if (code) this.emit(code);
  }

  /**
   * Flag the leaf sites from..to (those visited so far in a subtree) as moot. Only sites under an `or`
   * or a `!` can be: each gets a flag slot after the values the first time (R[M + site.moot]).
   */
  private mootCode(from: number, to: number): string {
    if (!this.explain || from >= to) return '';
    const slots: string[] = [];
    for (let i = from; i < to; i++) {
      const site = this.sites[i];
      site.moot ??= this.mootSlots++;
      slots.push(`R[M + ${site.moot}]`);
    }
    return `${slots.join(' = ')} = true;`;
  }
}
