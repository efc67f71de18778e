import { compileBenefit, validateBenefit } from '#matching';
import { describe, expect, it } from '@jest/globals';
import {
  baseOfKind,
  foldMaxBenefit,
  logicToShape,
  payableMax,
  shapeToLogic,
  unreachableSteps,
  type BenefitShape,
} from './benefit-shape';

const shapes: Record<string, BenefitShape> = {
  fixed: { base: { kind: 'fixed', amount: 500_000 }, floor: null, cap: null },
  nothing: { base: { kind: 'fixed', amount: 0 }, floor: null, cap: null },
  share: { base: { kind: 'share', fact: 'rdExpense', rate: 0.1 }, floor: null, cap: null },
  shareCapped: { base: { kind: 'share', fact: 'rdExpense', rate: 0.1 }, floor: null, cap: 2_000_000 },
  shareBounded: { base: { kind: 'share', fact: 'taxPaid', rate: 0.05 }, floor: 50_000, cap: 1_000_000 },
  perUnit: { base: { kind: 'perUnit', fact: 'techStaff', amount: 20_000 }, floor: null, cap: 500_000 },
  tiers: {
    base: {
      kind: 'tiers',
      fact: 'revenue',
      steps: [
        { from: 100_000_000, amount: 500_000 },
        { from: 50_000_000, amount: 300_000 },
      ],
      otherwise: 100_000,
    },
    floor: null,
    cap: null,
  },
  tiersByRatio: {
    base: { kind: 'tiers', fact: 'rdRatio', steps: [{ from: 0.05, amount: 200_000 }], otherwise: 0 },
    floor: 10_000,
    cap: null,
  },
};

describe('benefit formula shapes <-> JsonLogic', () => {
  it.each(Object.entries(shapes))('%s: shape → JsonLogic → the same shape', (_, shape) => {
    const logic = shapeToLogic(shape);
    expect(validateBenefit(logic)).toEqual([]);
    expect(logicToShape(logic)).toEqual(shape);
  });

  it('writes the JsonLogic people would write by hand', () => {
    expect(shapeToLogic(shapes.fixed as BenefitShape)).toBe(500_000);
    expect(shapeToLogic(shapes.shareCapped as BenefitShape)).toEqual({
      min: [{ '*': [{ var: 'rdExpense' }, 0.1] }, 2_000_000],
    });
    expect(shapeToLogic(shapes.shareBounded as BenefitShape)).toEqual({
      max: [{ min: [{ '*': [{ var: 'taxPaid' }, 0.05] }, 1_000_000] }, 50_000],
    });
    expect(shapeToLogic(shapes.tiers as BenefitShape)).toEqual({
      if: [
        { '>=': [{ var: 'revenue' }, 100_000_000] },
        500_000,
        { '>=': [{ var: 'revenue' }, 50_000_000] },
        300_000,
        100_000,
      ],
    });
  });

  it('computes what the shape says: a share with a cap, tiers with a floor', () => {
    const capped = compileBenefit(shapeToLogic(shapes.shareCapped as BenefitShape));
    expect(capped.evaluate({ rdExpense: 5_000_000 }).amount).toBe(500_000);
    expect(capped.evaluate({ rdExpense: 50_000_000 }).amount).toBe(2_000_000);
    const tiers = compileBenefit(shapeToLogic(shapes.tiers as BenefitShape));
    expect(tiers.evaluate({ revenue: 120_000_000 }).amount).toBe(500_000);
    expect(tiers.evaluate({ revenue: 60_000_000 }).amount).toBe(300_000);
    expect(tiers.evaluate({ revenue: 1_000_000 }).amount).toBe(100_000);
    const floored = compileBenefit(shapeToLogic(shapes.tiersByRatio as BenefitShape));
    expect(floored.evaluate({ rdRatio: 0.01 }).amount).toBe(10_000);
  });

  it.each([
    ['JsonLogic the builder wrote', { min: [{ '*': [{ var: 'rdExpense' }, 0.1] }, 2_000_000] }],
    ['a per-person amount', { '*': [{ var: 'techStaff' }, 20_000] }],
    ['a single tier', { if: [{ '>=': [{ var: 'employees' }, 100] }, 300_000, 0] }],
  ])('reads %s and writes it back unchanged', (_, logic) => {
    const shape = logicToShape(logic);
    expect(shape).not.toBeNull();
    expect(shapeToLogic(shape as BenefitShape)).toEqual(logic);
  });

  it.each([
    ['a sum', { '+': [20_000, { '*': [{ var: 'inventionPatents' }, 3_000] }] }],
    ['factors the other way round', { '*': [0.1, { var: 'rdExpense' }] }],
    ['a share of a count', { '*': [{ var: 'rdExpense' }, { var: 'employees' }] }],
    ['a share of a non-money fact', { '*': [{ var: 'rdRatio' }, 0.1] }],
    ['a var with a default', { '*': [{ var: ['rdExpense', 0] }, 0.1] }],
    ['a condition that is not ≥', { if: [{ '>': [{ var: 'revenue' }, 1] }, 10, 0] }],
    ['tiers by two facts', { if: [{ '>=': [{ var: 'revenue' }, 1] }, 10, { '>=': [{ var: 'taxPaid' }, 1] }, 5, 0] }],
    ['a tier paying a computed amount', { if: [{ '>=': [{ var: 'revenue' }, 1] }, { var: 'taxPaid' }, 0] }],
    ['a yes/no branch', { '*': [{ var: 'rdExpense' }, 1, { if: [{ var: 'isHighTechCertified' }, 0.15, 0.25] }] }],
    ['a capped fixed amount', { min: [100, 50] }],
    ['a cap that is a fact', { min: [{ '*': [{ var: 'rdExpense' }, 0.1] }, { var: 'taxPaid' }] }],
    ['a floor inside the cap', { min: [{ max: [{ '*': [{ var: 'rdExpense' }, 0.1] }, 1] }, 10] }],
    ['an unknown fact', { '*': [{ var: 'profit' }, 0.1] }],
    ['a string', '100'],
    ['nothing', null],
  ])('leaves %s to the advanced view', (_, logic) => {
    expect(logicToShape(logic)).toBeNull();
  });

  it('keeps the fact when switching to a kind that can use it, and picks a sensible one otherwise', () => {
    const share = shapes.share?.base;
    expect(baseOfKind('tiers', share)).toEqual({ kind: 'tiers', fact: 'rdExpense', steps: [], otherwise: 0 });
    expect(baseOfKind('perUnit', share)).toEqual({ kind: 'perUnit', fact: 'techStaff', amount: 10_000 });
    expect(baseOfKind('fixed')).toEqual({ kind: 'fixed', amount: 0 });
  });

  it('finds tier steps that an earlier step already covers', () => {
    expect(
      unreachableSteps([
        { from: 100, amount: 3 },
        { from: 50, amount: 2 },
      ]),
    ).toEqual([]);
    expect(
      unreachableSteps([
        { from: 50, amount: 2 },
        { from: 100, amount: 3 },
        { from: 50, amount: 1 },
      ]),
    ).toEqual([1, 2]);
  });
});

describe('one maximum: the policy’s 最高支持金额 follows the builder', () => {
  it('is the most a shape pays: the fixed amount, the largest tier, the cap; none when unbounded', () => {
    const max = (name: string) => payableMax(shapes[name] as BenefitShape);
    expect(max('fixed')).toBe(500_000);
    expect(max('nothing')).toBeNull();
    expect(max('share')).toBeNull();
    expect(max('shareCapped')).toBe(2_000_000);
    expect(max('perUnit')).toBe(500_000);
    expect(max('tiers')).toBe(500_000);
    expect(max('tiersByRatio')).toBe(200_000);
    expect(payableMax({ ...(shapes.tiers as BenefitShape), cap: 400_000 })).toBe(400_000);
  });

  it('folds a stored maximum into the cap, paying what the engine paid before', () => {
    const cases: [unknown, number][] = [
      [shapeToLogic(shapes.share as BenefitShape), 1_000_000],
      [shapeToLogic(shapes.shareCapped as BenefitShape), 1_000_000],
      [shapeToLogic(shapes.shareBounded as BenefitShape), 30_000],
      [shapeToLogic(shapes.tiers as BenefitShape), 200_000],
    ];
    for (const [formula, maxBenefit] of cases) {
      const folded = foldMaxBenefit(formula, maxBenefit);
      const shape = logicToShape(folded);
      expect(shape).not.toBeNull();
      expect(payableMax(shape as BenefitShape)).toBeLessThanOrEqual(maxBenefit);
      for (const value of [0, 10_000, 600_000, 5_000_000, 50_000_000, 200_000_000]) {
        const facts = { rdExpense: value, taxPaid: value, revenue: value };
        expect(compileBenefit(folded).evaluate(facts).amount).toBe(
          compileBenefit(formula).evaluate(facts, maxBenefit).amount,
        );
      }
    }
    expect(logicToShape(foldMaxBenefit(shapeToLogic(shapes.share as BenefitShape), 1_000_000))?.cap).toBe(1_000_000);
  });

  it('leaves formulas alone that the maximum does not bound further or the builder cannot show', () => {
    const capped = shapeToLogic(shapes.shareCapped as BenefitShape);
    expect(foldMaxBenefit(capped, 5_000_000)).toBe(capped);
    expect(foldMaxBenefit(capped, null)).toBe(capped);
    expect(foldMaxBenefit(500_000, 100_000)).toBe(500_000);
    const odd = { '+': [{ var: 'rdExpense' }, 1] };
    expect(foldMaxBenefit(odd, 100_000)).toBe(odd);
  });
});
