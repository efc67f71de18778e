import { describe, expect, it } from '@jest/globals';
import { findPark, INDUSTRIES } from '#plan-data';
import { checkProfile } from '../enterprises/enterprise-profile.js';
import { validateUscc } from '../enterprises/uscc.js';
import { checkApplication } from '../applications/application-rules.js';
import { ApplicationKind } from '../applications/application.enums.js';
import { demoUscc, generateDemoSet, DEMO_SIZE } from './demo-generator.js';

const set = generateDemoSet();
const PRIORITY = INDUSTRIES.filter((i) => i.category === 'PRIORITY').map((i) => i.code);
const share = (predicate: (e: (typeof set.enterprises)[number]) => boolean) =>
  set.enterprises.filter(predicate).length / set.enterprises.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('generateDemoSet', () => {
  it('gives the same set for the same seed, and another for another seed', () => {
    expect(generateDemoSet()).toEqual(set);
    const other = generateDemoSet({ seed: 'another' });
    expect(other.enterprises.map((e) => e.name)).not.toEqual(set.enterprises.map((e) => e.name));
  });

  it('has a few hundred enterprises with valid, distinct codes and names marked 示例', () => {
    expect(set.enterprises).toHaveLength(DEMO_SIZE);
    for (const enterprise of set.enterprises) {
      expect(validateUscc(enterprise.uscc)).toEqual({ valid: true, code: enterprise.uscc });
      expect(enterprise.uscc).toMatch(/^91650104WX/);
      expect(enterprise.name).toMatch(/（示例）$/);
    }
    expect(new Set(set.enterprises.map((e) => e.uscc)).size).toBe(DEMO_SIZE);
    expect(new Set(set.enterprises.map((e) => e.name)).size).toBe(DEMO_SIZE);
    expect(new Set(Array.from({ length: 2000 }, (_, i) => demoUscc(i))).size).toBe(2000);
  });

  it('passes the profile rules the form and the import apply', () => {
    const context = {
      parkCodes: new Set(['SCI_TECH_VALLEY', ...set.enterprises.map((e) => e.parkCode as string)]),
      today: '2026-01-01',
    };
    for (const enterprise of set.enterprises) {
      expect(checkProfile({}, enterprise, context)).toEqual([]);
      if (enterprise.parkCode) expect(findPark(enterprise.parkCode as string)).toBeDefined();
    }
  });

  it('covers the four clusters, every tier, and parks, in realistic proportions', () => {
    for (const code of PRIORITY) expect(share((e) => e.industry === code)).toBeGreaterThan(0.15);
    expect(share((e) => PRIORITY.includes(e.industry as string))).toBeCloseTo(0.8, 1);
    for (const tier of ['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING']) {
      expect(share((e) => e.tier === tier)).toBeGreaterThan(0.02);
    }
    expect(share((e) => e.tier === 'TECH_SME')).toBeGreaterThan(share((e) => e.tier === 'LEADING'));
    expect(new Set(set.enterprises.map((e) => e.parkCode).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });

  it('spreads revenue log-normally by tier and R&D by cluster', () => {
    const revenue = (tier: string) => set.enterprises.filter((e) => e.tier === tier).map((e) => e.revenue as number);
    expect(median(revenue('TECH_SME'))).toBeGreaterThan(300 * 10_000);
    expect(median(revenue('TECH_SME'))).toBeLessThan(2000 * 10_000);
    expect(median(revenue('LEADING'))).toBeGreaterThan(median(revenue('HIGH_TECH')));
    // A long right tail: the mean well above the median.
    const all = set.enterprises.map((e) => e.revenue as number);
    expect(all.reduce((a, b) => a + b, 0) / all.length).toBeGreaterThan(2 * median(all));
    const rdRatio = (industry: string) =>
      median(
        set.enterprises
          .filter((e) => e.industry === industry)
          .map((e) => (e.rdExpense as number) / (e.revenue as number)),
      );
    expect(rdRatio('NEXT_GEN_IT')).toBeGreaterThan(rdRatio('NEW_MATERIALS'));
    for (const industry of PRIORITY) {
      expect(rdRatio(industry)).toBeGreaterThan(0.02);
      expect(rdRatio(industry)).toBeLessThan(0.12);
    }
    for (const e of set.enterprises) {
      expect(e.employees as number).toBeGreaterThanOrEqual(5);
      expect(e.revenue as number).toBeGreaterThan(0);
    }
  });

  it('leaves some facts missing, so matching has NEEDS_INFO to show', () => {
    const facts = [
      'rdExpense3y',
      'revenue3y',
      'highTechRevenue',
      'techStaff',
      'otherIp',
      'energyTce',
      'taxPaid',
    ] as const;
    const missing = share((e) => facts.some((fact) => e[fact] === null) || e.majorIncidentLastYear === null);
    expect(missing).toBeGreaterThan(0.2);
    expect(missing).toBeLessThan(0.5);
    expect(share((e) => e.rdExpense3y === null)).toBeGreaterThan(0);
  });

  it('has open applications of enterprises in the set, valid for submitting', () => {
    const codes = new Set(set.enterprises.map((e) => e.uscc));
    expect(set.applications.length).toBeGreaterThanOrEqual(10);
    expect(new Set(set.applications.map((a) => a.uscc)).size).toBe(set.applications.length);
    for (const { uscc, input } of set.applications) {
      expect(codes.has(uscc)).toBe(true);
      const { preferredParkCodes, ...fields } = input;
      const faults = checkApplication(
        { ...fields, kind: input.kind as ApplicationKind, preferredParkIds: preferredParkCodes },
        true,
      );
      expect(faults).toEqual([]);
      for (const code of preferredParkCodes) expect(findPark(code)).toBeDefined();
    }
  });
});
