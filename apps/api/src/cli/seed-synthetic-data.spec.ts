import { describe, expect, it } from '@jest/globals';
import { INDUSTRIES, POLICY_SEEDS } from '#plan-data';
import { validateUscc } from '../modules/enterprises/uscc.js';
import { APPLICATION_SHARE, generateSyntheticSet, policyVariants, scaleThresholds } from './seed-synthetic-data.js';

const N = 4000;
const set = generateSyntheticSet({ enterprises: N });
const share = (count: number) => count / N;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const PRIORITY = INDUSTRIES.filter((industry) => industry.category === 'PRIORITY').map((industry) => industry.code);

describe('synthetic data', () => {
  it('is deterministic, with valid codes of its own', () => {
    expect(generateSyntheticSet({ enterprises: 50 }).enterprises).toEqual(set.enterprises.slice(0, 50));
    const codes = set.enterprises.map((enterprise) => enterprise.uscc);
    expect(new Set(codes).size).toBe(N);
    expect(codes.every((code) => validateUscc(code).valid)).toBe(true);
    expect(new Set(set.enterprises.map((enterprise) => enterprise.name)).size).toBe(N);
  });

  it("follows the plan's industry mix: four fifths in the four clusters, evenly", () => {
    for (const code of PRIORITY) {
      expect(share(set.enterprises.filter((e) => e.industry === code).length)).toBeCloseTo(0.2, 1);
    }
    expect(share(set.enterprises.filter((e) => !PRIORITY.includes(e.industry as string)).length)).toBeCloseTo(0.2, 1);
  });

  it('spreads tiers, revenue and R&D like the demo set', () => {
    const tiers = { TECH_SME: 0.5, HIGH_TECH: 0.32, LITTLE_GIANT: 0.13, LEADING: 0.05 };
    for (const [tier, expected] of Object.entries(tiers)) {
      expect(Math.abs(share(set.enterprises.filter((e) => e.tier === tier).length) - expected)).toBeLessThan(0.03);
    }
    const revenue = (tier: string) =>
      median(set.enterprises.filter((e) => e.tier === tier && e.revenue !== null).map((e) => e.revenue as number));
    // Log-normal around each tier's median: small firms dominate, a long tail of large ones.
    expect(revenue('TECH_SME')).toBeGreaterThan(5e6);
    expect(revenue('TECH_SME')).toBeLessThan(12e6);
    expect(revenue('LEADING')).toBeGreaterThan(100 * revenue('TECH_SME'));
    const rdRatios = set.enterprises
      .filter((e) => e.industry === 'BIOMEDICINE' && e.revenue && e.rdExpense !== null)
      .map((e) => (e.rdExpense as number) / (e.revenue as number));
    expect(median(rdRatios)).toBeGreaterThan(0.05);
    expect(median(rdRatios)).toBeLessThan(0.09);
    expect(Math.max(...rdRatios) / Math.min(...rdRatios)).toBeGreaterThan(5);
  });

  it('leaves some facts missing, about a third of the firms', () => {
    const withMissingFact = set.enterprises.filter((e) =>
      (['rdExpense3y', 'revenue3y', 'highTechRevenue', 'techStaff', 'otherIp', 'energyTce', 'taxPaid'] as const).some(
        (fact) => e[fact] === null,
      ),
    );
    expect(share(withMissingFact.length)).toBeGreaterThan(0.25);
    expect(share(withMissingFact.length)).toBeLessThan(0.4);
  });

  it('has applications of firms without a park', () => {
    expect(set.applications.length).toBe(Math.round(N * APPLICATION_SHARE));
    const byCode = new Map(set.enterprises.map((e) => [e.uscc, e]));
    expect(set.applications.every((a) => byCode.get(a.uscc)?.parkCode === null)).toBe(true);
  });
});

describe('policy variants', () => {
  it('have codes of their own and scaled thresholds', () => {
    const variants = policyVariants(30);
    expect(new Set(variants.map((v) => v.code)).size).toBe(30);
    expect(variants.some((v) => POLICY_SEEDS.some((s) => s.code === v.code))).toBe(false);
    expect(variants.every((v) => v.effectiveTo === null && v.testCases.length === 0)).toBe(true);
    expect(JSON.stringify(variants[1].criteria)).not.toBe(JSON.stringify(POLICY_SEEDS[1].criteria));
  });

  it('scale only numbers compared with a fact', () => {
    const rule = {
      and: [
        { '>=': [{ var: 'employees' }, 100] },
        { '==': [{ var: 'tier' }, 'HIGH_TECH'] },
        { '<': [{ var: 'rdRatio' }, 0.04] },
      ],
    };
    expect(scaleThresholds(rule, 1.1)).toEqual({
      and: [
        { '>=': [{ var: 'employees' }, 110] },
        { '==': [{ var: 'tier' }, 'HIGH_TECH'] },
        { '<': [{ var: 'rdRatio' }, 0.04 * 1.1] },
      ],
    });
  });
});
