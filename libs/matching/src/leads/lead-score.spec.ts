import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LEAD_SCORE_WEIGHTS, scoreLead, type LeadScoreInput } from './lead-score.js';

const base: LeadScoreInput = {
  plannedInvestment: null,
  expectedAnnualTax: null,
  targetFlags: [],
  industryCode: null,
  chainSegment: null,
  priorityIndustry: false,
  highTechIndustry: false,
  segmentTenants: null,
  pollutionCategory: null,
};

describe('scoreLead', () => {
  it('weights add up to 100', () => {
    expect(Object.values(LEAD_SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('ranks a big, high-tech, tax-paying, green priority project near the top', () => {
    const { score, components } = scoreLead({
      ...base,
      plannedInvestment: 20e8,
      expectedAnnualTax: 8e7,
      targetFlags: ['INDUSTRY_LEADER', 'LISTED'],
      industryCode: 'NEW_MATERIALS',
      chainSegment: 'X',
      priorityIndustry: true,
      highTechIndustry: true,
      segmentTenants: 0,
      pollutionCategory: 'LOW',
    });
    expect(score).toBeGreaterThanOrEqual(95);
    expect(components.find((c) => c.code === 'CHAIN')!.detail.zh).toBe('补链：区内尚无该环节企业');
    expect(components.find((c) => c.code === 'SIZE')!.detail.zh).toBe('计划投资 20 亿元');
  });

  it('抓大不放小: a small project filling a missing priority link outranks a big unrelated polluter', () => {
    const small = scoreLead({
      ...base,
      plannedInvestment: 2_000e4,
      expectedAnnualTax: 100e4,
      industryCode: 'BIOMEDICINE',
      chainSegment: 'S',
      priorityIndustry: true,
      highTechIndustry: true,
      segmentTenants: 0,
      pollutionCategory: 'LOW',
    });
    const bigPolluter = scoreLead({
      ...base,
      plannedInvestment: 5e8,
      expectedAnnualTax: 1_000e4,
      industryCode: 'PETROCHEMICAL',
      chainSegment: 'P',
      segmentTenants: 30,
      pollutionCategory: 'HIGH',
    });
    expect(small.score).toBeGreaterThan(bigPolluter.score);
  });

  it('stays within 0–100 and its components add up to it, for any input', () => {
    const input = fc.record({
      plannedInvestment: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true })),
      expectedAnnualTax: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true })),
      targetFlags: fc.subarray(['TECH_PIONEER', 'INDUSTRY_LEADER', 'GLOBAL_500', 'LISTED']),
      industryCode: fc.option(fc.constant('NEW_MATERIALS')),
      chainSegment: fc.option(fc.constant('S')),
      priorityIndustry: fc.boolean(),
      highTechIndustry: fc.boolean(),
      segmentTenants: fc.option(fc.nat(100)),
      pollutionCategory: fc.option(fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const)),
    });
    fc.assert(
      fc.property(input, (value) => {
        const { score, components } = scoreLead(value);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        const sum = components.reduce((s, c) => s + c.weight * c.value, 0);
        expect(Math.abs(sum - score)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
