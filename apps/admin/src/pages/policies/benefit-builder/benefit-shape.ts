import { FACT_NAMES, FACTS, isFactName, type FactName } from '#matching';

/**
 * The usual shapes of a benefit formula, as the builder edits them, and their JsonLogic (what the
 * engine evaluates; amounts in yuan, rates as fractions). Only the exact JsonLogic the builder
 * writes is read back, so a formula shown in the builder is never rewritten behind anybody's back:
 * anything else (another operator, another order, a default in `var`) opens in the advanced view.
 */

/** A fixed amount. */
export interface FixedBase {
  kind: 'fixed';
  /** Yuan. */
  amount: number;
}

/** A share of a money fact: `rate` × fact (10 % of the R&D expense). */
export interface ShareBase {
  kind: 'share';
  fact: FactName;
  /** A fraction (0.1 = 10 %). */
  rate: number;
}

/** An amount per unit of a count fact (2万元 per technical staff member). */
export interface PerUnitBase {
  kind: 'perUnit';
  fact: FactName;
  /** Yuan per unit. */
  amount: number;
}

/** One step of a tier table: from this value of the fact on (≥), this amount. */
export interface TierStep {
  /** In the fact's stored unit (yuan, fraction, count). */
  from: number;
  /** Yuan. */
  amount: number;
}

/** Tiers by a fact: the first step the fact reaches gives its amount, else `otherwise`. */
export interface TiersBase {
  kind: 'tiers';
  fact: FactName;
  steps: TierStep[];
  /** Yuan, when no step is reached. */
  otherwise: number;
}

export type BenefitBase = FixedBase | ShareBase | PerUnitBase | TiersBase;
export type BenefitKind = BenefitBase['kind'];

export interface BenefitShape {
  base: BenefitBase;
  /** Yuan: at least this much (a floor), or null. */
  floor: number | null;
  /** Yuan: at most this much (a cap), or null. */
  cap: number | null;
}

type Logic = Record<string, unknown>;

const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The facts whose share can be paid: the money facts. */
export const SHARE_FACTS: readonly FactName[] = FACT_NAMES.filter(
  (name) => FACTS[name].type === 'number' && FACTS[name].unit === 'CNY',
);
/** The facts an amount per unit is paid on: counts of people and things. */
export const PER_UNIT_FACTS: readonly FactName[] = FACT_NAMES.filter(
  (name) => FACTS[name].type === 'number' && (FACTS[name].unit === 'person' || FACTS[name].unit === 'count'),
);
/** The facts tiers can be set by: every number (thresholds in its unit: 万元, %, people, years). */
export const TIER_FACTS: readonly FactName[] = FACT_NAMES.filter((name) => FACTS[name].type === 'number');

const FACTS_OF: Record<Exclude<BenefitKind, 'fixed'>, readonly FactName[]> = {
  share: SHARE_FACTS,
  perUnit: PER_UNIT_FACTS,
  tiers: TIER_FACTS,
};

const variable = (fact: FactName) => ({ var: fact });

/** The fact a `{ "var": "name" }` names, when it is exactly that and a fact of `allowed`. */
const factOf = (node: unknown, allowed: readonly FactName[]): FactName | null => {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const name = (node as Logic).var;
  return isFactName(name) && allowed.includes(name) ? name : null;
};

/** The one operator of a JsonLogic node and its arguments (as an array), or null. */
const operation = (node: unknown): { op: string; args: unknown[] } | null => {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const op = keys[0] as string;
  const args = (node as Logic)[op];
  return Array.isArray(args) ? { op, args } : null;
};

const baseToLogic = (base: BenefitBase): unknown => {
  switch (base.kind) {
    case 'fixed':
      return base.amount;
    case 'share':
      return { '*': [variable(base.fact), base.rate] };
    case 'perUnit':
      return { '*': [variable(base.fact), base.amount] };
    case 'tiers':
      if (base.steps.length === 0) return base.otherwise;
      return {
        if: [
          ...base.steps.flatMap((step) => [{ '>=': [variable(base.fact), step.from] }, step.amount]),
          base.otherwise,
        ],
      };
  }
};

/** The JsonLogic of a shape: the base, then the cap (`min`), then the floor (`max`). */
export const shapeToLogic = (shape: BenefitShape): unknown => {
  let logic = baseToLogic(shape.base);
  if (shape.base.kind === 'fixed') return logic;
  if (shape.cap !== null) logic = { min: [logic, shape.cap] };
  if (shape.floor !== null) logic = { max: [logic, shape.floor] };
  return logic;
};

const logicToBase = (logic: unknown): BenefitBase | null => {
  if (num(logic)) return { kind: 'fixed', amount: logic };
  const node = operation(logic);
  if (!node) return null;
  if (node.op === '*' && node.args.length === 2 && num(node.args[1])) {
    const [subject, factor] = node.args as [unknown, number];
    const share = factOf(subject, SHARE_FACTS);
    if (share) return { kind: 'share', fact: share, rate: factor };
    const perUnit = factOf(subject, PER_UNIT_FACTS);
    if (perUnit) return { kind: 'perUnit', fact: perUnit, amount: factor };
    return null;
  }
  if (node.op === 'if' && node.args.length >= 3 && node.args.length % 2 === 1) {
    const otherwise = node.args[node.args.length - 1];
    if (!num(otherwise)) return null;
    let fact: FactName | null = null;
    const steps: TierStep[] = [];
    for (let i = 0; i + 1 < node.args.length; i += 2) {
      const condition = operation(node.args[i]);
      const amount = node.args[i + 1];
      if (!condition || condition.op !== '>=' || condition.args.length !== 2 || !num(amount)) return null;
      const [subject, from] = condition.args;
      const stepFact = factOf(subject, TIER_FACTS);
      if (!stepFact || !num(from) || (fact !== null && stepFact !== fact)) return null;
      fact = stepFact;
      steps.push({ from, amount });
    }
    return fact ? { kind: 'tiers', fact, steps, otherwise } : null;
  }
  return null;
};

/**
 * The shape of a formula the builder can show exactly, or null (the advanced view shows it).
 * `shapeToLogic(logicToShape(x))` equals `x` whenever this answers a shape.
 */
export const logicToShape = (logic: unknown): BenefitShape | null => {
  let inner = logic;
  let floor: number | null = null;
  let cap: number | null = null;
  const outer = operation(inner);
  if (outer?.op === 'max' && outer.args.length === 2 && num(outer.args[1])) {
    floor = outer.args[1];
    inner = outer.args[0];
  }
  const capped = operation(inner);
  if (capped?.op === 'min' && capped.args.length === 2 && num(capped.args[1])) {
    cap = capped.args[1];
    inner = capped.args[0];
  }
  const base = logicToBase(inner);
  if (!base) return null;
  // A fixed amount takes no floor or cap (the builder writes none), and a tier table without steps
  // is written as its plain amount: read both as the fixed amount they are.
  if (base.kind === 'fixed' && (floor !== null || cap !== null)) return null;
  return { base, floor, cap };
};

/** A new base of a kind, keeping what carries over (the fact, when it suits the new kind). */
export const baseOfKind = (kind: BenefitKind, previous?: BenefitBase): BenefitBase => {
  const previousFact = previous && previous.kind !== 'fixed' ? previous.fact : null;
  const factFor = (allowed: readonly FactName[], fallback: FactName) =>
    previousFact && allowed.includes(previousFact) ? previousFact : fallback;
  switch (kind) {
    case 'fixed':
      return { kind, amount: previous?.kind === 'fixed' ? previous.amount : 0 };
    case 'share':
      return { kind, fact: factFor(FACTS_OF.share, 'rdExpense'), rate: 0.1 };
    case 'perUnit':
      return { kind, fact: factFor(FACTS_OF.perUnit, 'techStaff'), amount: 10_000 };
    case 'tiers':
      return { kind, fact: factFor(FACTS_OF.tiers, 'revenue'), steps: [], otherwise: 0 };
  }
};

/** Facts a base of this kind can use. */
export const factsFor = (kind: Exclude<BenefitKind, 'fixed'>): readonly FactName[] => FACTS_OF[kind];

/**
 * Steps no fact value can reach: a step whose threshold is not above an earlier one's (the earlier
 * step already takes every value it would). Their indexes, to warn about.
 */
export const unreachableSteps = (steps: readonly TierStep[]): number[] =>
  steps.flatMap((step, index) => (steps.slice(0, index).some((earlier) => earlier.from <= step.from) ? [index] : []));

/**
 * The most a shape can pay (yuan), or null when nothing bounds it: the policy's 最高支持金额 follows
 * the builder (a fixed amount, the largest tier, the cap), so the two can never disagree.
 */
export const payableMax = (shape: BenefitShape): number | null => {
  const { base, floor, cap } = shape;
  let most: number | null;
  if (base.kind === 'fixed') most = base.amount;
  else if (base.kind === 'tiers') most = Math.max(base.otherwise, ...base.steps.map((step) => step.amount));
  else most = null;
  if (cap !== null) most = most === null ? cap : Math.min(most, cap);
  if (most !== null && floor !== null) most = Math.max(most, floor);
  return most !== null && most > 0 ? most : null;
};

/**
 * A stored formula with the policy's maximum folded into the builder's cap, so the editor shows one
 * maximum: `rdExpense × 10 %` with 最高支持金额 50万元 reads as `min(rdExpense × 10 %, 500000)`
 * (the engine clamps by the maximum either way, so what it pays does not change). A formula the
 * builder cannot show, or one the maximum does not bound further, is returned as it is.
 */
export const foldMaxBenefit = (formula: unknown, maxBenefit: number | null | undefined): unknown => {
  if (maxBenefit === null || maxBenefit === undefined) return formula;
  const shape = logicToShape(formula);
  if (!shape || shape.base.kind === 'fixed') return formula;
  const most = payableMax(shape);
  if (most !== null && most <= maxBenefit) return formula;
  // min(max(min(x, cap), floor), M) = max(min(x, cap, M), min(floor, M)): both bounds meet M.
  return shapeToLogic({
    ...shape,
    cap: shape.cap === null ? maxBenefit : Math.min(shape.cap, maxBenefit),
    floor: shape.floor === null ? null : Math.min(shape.floor, maxBenefit),
  });
};
