import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { runTestCases } from '#matching';
import { INDUSTRIES, PARKS, POLICY_SEEDS } from '#plan-data';
import { ErrorCode } from '../../core/errors/error-code.js';
import { PolicyInput } from './dto/policy.input.js';
import { contentOf } from './policy-content.js';
import {
  engineTestCases,
  failingCases,
  failingCasesError,
  fieldPath,
  policyInputFaults,
  type KnownCodes,
} from './policy-rules.js';

const CODES: KnownCodes = {
  industries: INDUSTRIES.map((i) => i.code),
  segments: INDUSTRIES.flatMap((i) => i.segments.map((s) => s.code)),
  parks: PARKS.map((p) => p.code),
};

const seedInput = (seed: (typeof POLICY_SEEDS)[number]): PolicyInput =>
  plainToInstance(PolicyInput, {
    ...seed,
    criteria: seed.criteria,
    testCases: seed.testCases.map((c) => ({ ...c, asOf: c.asOf ?? null })),
  });

describe('fieldPath', () => {
  it('joins the input field and the engine path', () => {
    expect(fieldPath('criteria', '')).toBe('criteria');
    expect(fieldPath('criteria', "and[1]['>='][0]")).toBe("criteria.and[1]['>='][0]");
    expect(fieldPath('benefitFormula', '[0]')).toBe('benefitFormula[0]');
    expect(fieldPath('testCases[2].facts', 'revenue')).toBe('testCases[2].facts.revenue');
  });
});

describe('the seed policies as inputs', () => {
  it.each(POLICY_SEEDS.map((s) => [s.code, s] as const))(
    '%s passes the input validation and the rule checks',
    (_code, seed) => {
      const input = seedInput(seed);
      expect(validateSync(input, { whitelist: true, forbidUnknownValues: false })).toEqual([]);
      expect(policyInputFaults(input, CODES)).toEqual([]);
      const content = contentOf(input);
      expect(runTestCases(content, engineTestCases(content.testCases)).filter((r) => !r.passed)).toEqual([]);
    },
  );
});

describe('policyInputFaults', () => {
  const base = seedInput(POLICY_SEEDS[0]);

  it('names each fault with its path', () => {
    const input = plainToInstance(PolicyInput, {
      ...base,
      criteria: { and: [{ '>=': [{ var: 'nope' }, 1] }] },
      targetParks: ['NOWHERE'],
      applicationDeadline: '2024-02-30',
      testCases: [
        { name: 'a', facts: { employees: -1 }, expectedOutcome: 'ELIGIBLE' },
        { name: 'a', facts: {}, expectedOutcome: 'ELIGIBLE' },
      ],
    });
    expect(policyInputFaults(input, CODES).map((f) => f.field)).toEqual([
      "criteria.and[0]['>='][0]",
      'targetParks[0]',
      'applicationDeadline',
      'testCases[0].facts.employees',
      'testCases[1].name',
    ]);
  });
});

describe('failingCasesError', () => {
  it("lists each failing case with expected and actual, in the caller's language", () => {
    const seed = POLICY_SEEDS[0];
    const cases = engineTestCases(
      seed.testCases.slice(0, 2).map((c) => ({ ...c, expectedOutcome: 'NEEDS_INFO' as const })),
    );
    const results = runTestCases(seed, cases);
    const failing = failingCases(results, 'en-US');
    expect(failing.map((c) => [c.index, c.expected.outcome, c.actual.outcome])).toEqual([
      [0, 'NEEDS_INFO', 'ELIGIBLE'],
      [1, 'NEEDS_INFO', 'INELIGIBLE'],
    ]);
    const error = failingCasesError(failing);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields.map((f) => f.field)).toEqual(['testCases[0]', 'testCases[1]']);
    expect(error.details.failingCases).toBe(failing);
    expect(failing[1].reasons.join(' ')).toMatch(/registered|Registration|year/i);
  });
});
