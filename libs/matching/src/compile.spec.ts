import { describe, it, expect } from '@jest/globals';
import { compileRule, RuleValidationError } from './compile.js';
import { deriveFacts } from './derive.js';
import type { Facts } from './facts.js';

const outcome = (rule: unknown, facts: Facts): string => compileRule(rule).evaluate(facts).outcome;
const v = (name: string): { var: string } => ({ var: name });

describe('compileRule: each operator', () => {
  const f: Facts = {
    employees: 50,
    techStaff: 10,
    industry: 'NEXT_GEN_IT',
    chainSegment: 'NEXT_GEN_IT.CLOUD_BIG_DATA',
    tier: 'HIGH_TECH',
    inZone: true,
    seriousDishonesty: false,
    registeredAt: '2019-06-01',
    rdRatio: 0.05,
  };
  const cases: [string, unknown, string][] = [
    ['==', { '==': [v('employees'), 50] }, 'ELIGIBLE'],
    ['== false', { '==': [v('employees'), 51] }, 'INELIGIBLE'],
    ['===', { '===': [v('tier'), 'HIGH_TECH'] }, 'ELIGIBLE'],
    ['!=', { '!=': [v('tier'), 'LEADING'] }, 'ELIGIBLE'],
    ['!==', { '!==': [v('inZone'), true] }, 'INELIGIBLE'],
    ['<', { '<': [v('employees'), 50] }, 'INELIGIBLE'],
    ['<=', { '<=': [v('employees'), 50] }, 'ELIGIBLE'],
    ['>', { '>': [v('employees'), 49] }, 'ELIGIBLE'],
    ['>=', { '>=': [v('rdRatio'), 0.05] }, 'ELIGIBLE'],
    ['between <= (inclusive)', { '<=': [50, v('employees'), 500] }, 'ELIGIBLE'],
    ['between < (exclusive)', { '<': [50, v('employees'), 500] }, 'INELIGIBLE'],
    ['date <=', { '<=': [v('registeredAt'), '2019-06-01'] }, 'ELIGIBLE'],
    ['and', { and: [v('inZone'), { '>': [v('employees'), 10] }] }, 'ELIGIBLE'],
    ['or', { or: [{ '>': [v('employees'), 100] }, v('seriousDishonesty')] }, 'INELIGIBLE'],
    ['!', { '!': v('seriousDishonesty') }, 'ELIGIBLE'],
    ['! array form', { '!': [v('inZone')] }, 'INELIGIBLE'],
    ['!!', { '!!': [v('employees')] }, 'ELIGIBLE'],
    ['in list', { in: [v('tier'), ['HIGH_TECH', 'LEADING']] }, 'ELIGIBLE'],
    ['in string', { in: ['CLOUD', v('chainSegment')] }, 'ELIGIBLE'],
    ['+', { '==': [{ '+': [v('employees'), v('techStaff'), 1] }, 61] }, 'ELIGIBLE'],
    ['- binary', { '==': [{ '-': [v('employees'), v('techStaff')] }, 40] }, 'ELIGIBLE'],
    ['- unary', { '<': [{ '-': v('employees') }, 0] }, 'ELIGIBLE'],
    ['*', { '==': [{ '*': [v('techStaff'), 3] }, 30] }, 'ELIGIBLE'],
    ['/', { '>=': [{ '/': [v('techStaff'), v('employees')] }, 0.2] }, 'ELIGIBLE'],
    ['%', { '==': [{ '%': [v('employees'), 7] }, 1] }, 'ELIGIBLE'],
    ['min', { '==': [{ min: [v('employees'), 20, 30] }, 20] }, 'ELIGIBLE'],
    ['max', { '==': [{ max: [v('employees'), 20] }, 50] }, 'ELIGIBLE'],
    ['if then', { if: [v('inZone'), { '>': [v('employees'), 10] }, false] }, 'ELIGIBLE'],
    [
      'if else-if else',
      { '==': [{ if: [{ '>': [v('employees'), 100] }, 'L', { '>': [v('employees'), 20] }, 'M', 'S'] }, 'M'] },
      'ELIGIBLE',
    ],
    ['var default', { '>=': [{ var: ['revenue', 0] }, 0] }, 'ELIGIBLE'],
    ['literal true', true, 'ELIGIBLE'],
  ];
  it.each(cases)('%s', (_name, rule, expected) => {
    expect(outcome(rule, f)).toBe(expected);
  });
});

describe('three-valued evaluation (Kleene)', () => {
  const rdRule = { '>=': [v('rdRatio'), 0.04] };
  it('a missing fact makes a leaf unknown, and the rule NEEDS_INFO', () => {
    const r = compileRule(rdRule).evaluate({});
    expect(r.outcome).toBe('NEEDS_INFO');
    expect(r.missingFacts).toEqual(['revenue', 'rdExpense']); // vocabulary order
    expect(r.explanation[0]).toMatchObject({
      fact: 'rdRatio',
      value: null,
      result: 'unknown',
      missingFacts: ['revenue', 'rdExpense'],
    });
  });

  it('and: one false leaf is INELIGIBLE even if others are missing', () => {
    const r = compileRule({ and: [rdRule, { '>=': [v('employees'), 10] }] }).evaluate({ employees: 3 });
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.missingFacts).toEqual([]);
    expect(r.explanation.map((l) => l.result)).toEqual(['unknown', 'fail']);
  });

  it('and: true and unknown is NEEDS_INFO', () => {
    expect(outcome({ and: [rdRule, { '>=': [v('employees'), 10] }] }, { employees: 30 })).toBe('NEEDS_INFO');
  });

  it('or: one true leaf is ELIGIBLE even if others are missing', () => {
    expect(outcome({ or: [rdRule, v('isHighTechCertified')] }, { isHighTechCertified: true })).toBe('ELIGIBLE');
  });

  it('or: false and unknown is NEEDS_INFO', () => {
    expect(outcome({ or: [rdRule, v('isHighTechCertified')] }, { isHighTechCertified: false })).toBe('NEEDS_INFO');
  });

  it('! of unknown is unknown', () => {
    expect(outcome({ '!': v('seriousDishonesty') }, {})).toBe('NEEDS_INFO');
  });

  it('a between is false as soon as one known pair fails', () => {
    expect(outcome({ '<=': [v('employees'), v('techStaff'), 10] }, { techStaff: 20 })).toBe('INELIGIBLE');
    expect(outcome({ '<=': [v('employees'), v('techStaff'), 10] }, { techStaff: 5 })).toBe('NEEDS_INFO');
  });

  it('arithmetic over a missing fact is unknown', () => {
    const rule = { '>=': [{ '+': [v('inventionPatents'), v('otherIp')] }, 1] };
    const r = compileRule(rule).evaluate({ inventionPatents: 2 });
    expect(r.outcome).toBe('NEEDS_INFO');
    expect(r.missingFacts).toEqual(['otherIp']);
  });

  it('if: an unknown condition is unknown; a known one picks its branch', () => {
    const rule = { if: [v('inZone'), { '>=': [v('employees'), 5] }, false] };
    expect(outcome(rule, { employees: 9 })).toBe('NEEDS_INFO');
    expect(outcome(rule, { inZone: false })).toBe('INELIGIBLE');
    expect(outcome(rule, { inZone: true })).toBe('NEEDS_INFO');
  });

  it('missingFacts lists only what the outcome depends on, in vocabulary order', () => {
    const rule = {
      or: [
        { and: [{ '>': [v('employees'), 100] }, v('inZone')] },
        { and: [v('isHighTechCertified'), { '>=': [v('rdRatio3y'), 0.03] }] },
      ],
    };
    const r = compileRule(rule).evaluate({ employees: 10, isHighTechCertified: true });
    expect(r.outcome).toBe('NEEDS_INFO');
    expect(r.missingFacts).toEqual(['revenue3y', 'rdExpense3y']); // inZone no longer matters
  });

  it('results held at once stay independent: changing one list of missing facts changes no other', () => {
    const rule = { and: [{ '>=': [v('rdRatio3y'), 0.03] }, { '>=': [v('employees'), 10] }, v('inZone')] };
    const compiled = compileRule(rule);
    const [first, second] = [compiled.evaluate({}), compiled.evaluate({})];
    first.missingFacts.push('revenue');
    expect(second.missingFacts).toEqual(['employees', 'revenue3y', 'rdExpense3y', 'inZone']);
    expect(compiled.evaluate({ employees: 12 }).missingFacts).toEqual(['revenue3y', 'rdExpense3y', 'inZone']);
    expect(compiled.evaluate({}).missingFacts).toEqual(['employees', 'revenue3y', 'rdExpense3y', 'inZone']);
  });

  it('a ratio with a zero divisor asks for the divisor', () => {
    const r = compileRule(rdRule).evaluate(deriveFacts({ rdExpense: 10, revenue: 0 }, '2024-01-01'));
    expect(r.outcome).toBe('NEEDS_INFO');
    expect(r.missingFacts).toEqual(['revenue']);
  });

  it('a null check asks whether a fact was entered, so a missing fact answers it', () => {
    expect(outcome({ '==': [v('industry'), null] }, {})).toBe('ELIGIBLE');
    expect(outcome({ '!=': [v('industry'), null] }, {})).toBe('INELIGIBLE');
    expect(outcome({ '==': [v('industry'), null] }, { industry: 'BIOMEDICINE' })).toBe('INELIGIBLE');
  });

  it('a var default stands in for a missing fact', () => {
    expect(outcome({ '>=': [{ var: ['employees', 0] }, 1] }, {})).toBe('INELIGIBLE');
  });

  it('zero is a value, not a missing fact', () => {
    expect(outcome({ '>=': [v('inventionPatents'), 1] }, { inventionPatents: 0 })).toBe('INELIGIBLE');
  });

  it('outcome() agrees with evaluate().outcome', () => {
    const rule = { and: [rdRule, { or: [v('inZone'), { '>': [v('employees'), 3] }] }] };
    for (const facts of [{}, { rdRatio: 0.05 }, { rdRatio: 0.05, inZone: true }, { rdRatio: 0.01 }] as Facts[]) {
      expect(compileRule(rule).outcome(facts)).toBe(compileRule(rule).evaluate(facts).outcome);
    }
  });
});

describe('explanation', () => {
  const rule = {
    and: [
      { '<=': [0.04, v('rdRatio')] },
      { '!': { in: [v('tier'), ['LEADING']] } },
      { '==': [v('seriousDishonesty'), false] },
      v('inZone'),
      { '<=': [1, v('employees'), 500] },
    ],
  };

  it('lists each leaf in tree order with fact, value, operator, threshold and result', () => {
    const r = compileRule(rule).evaluate({
      rdRatio: 0.036,
      tier: 'TECH_SME',
      seriousDishonesty: false,
      employees: 600,
    });
    expect(
      r.explanation.map(({ path, fact, value, operator, threshold, result }) => ({
        path,
        fact,
        value,
        operator,
        threshold,
        result,
      })),
    ).toEqual([
      { path: "and[0]['<=']", fact: 'rdRatio', value: 0.036, operator: '>=', threshold: 0.04, result: 'fail' },
      {
        path: "and[1]['!'].in",
        fact: 'tier',
        value: 'TECH_SME',
        operator: 'notIn',
        threshold: ['LEADING'],
        result: 'pass',
      },
      {
        path: "and[2]['==']",
        fact: 'seriousDishonesty',
        value: false,
        operator: '==',
        threshold: false,
        result: 'pass',
      },
      { path: 'and[3].var', fact: 'inZone', value: null, operator: 'is', threshold: true, result: 'unknown' },
      { path: "and[4]['<=']", fact: 'employees', value: 600, operator: 'between', threshold: [1, 500], result: 'fail' },
    ]);
    expect(r.explanation[0].text).toEqual({
      zh: '近一年研发费用占销售收入比例 ≥ 4%：不符合（实际：3.6%）',
      en: 'R&D ratio (last fiscal year) ≥ 4 %: not met (actual: 3.6 %)',
    });
    expect(r.explanation[2].text.en).toBe('not on the serious dishonesty list: met');
    expect(r.explanation[3].text.zh).toContain('无法判断');
    expect(r.explanation[3].missingFacts).toEqual(['inZone']);
  });

  it('gives near-misses for failing numeric leaves: percentage points for ratios', () => {
    const r = compileRule(rule).evaluate({
      rdRatio: 0.036,
      tier: 'TECH_SME',
      seriousDishonesty: false,
      inZone: true,
      employees: 600,
    });
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.nearMisses.map(({ fact, gap, direction }) => ({ fact, gap, direction }))).toEqual([
      { fact: 'rdRatio', gap: 0.004, direction: 'short' },
      { fact: 'employees', gap: 100, direction: 'over' },
    ]);
    expect(r.nearMisses[0].text.en).toBe(
      'R&D ratio (last fiscal year) 3.6 %, needs ≥ 4 %: 0.4 percentage points short',
    );
    expect(r.nearMisses[0].text.zh).toBe('近一年研发费用占销售收入比例 3.6%，要求 ≥ 4%：差0.4个百分点');
  });

  it('shows money in 万元 and yuan, and whole people for strict counts', () => {
    const money = compileRule({ '<=': [v('revenue'), 2e8] }).evaluate({ revenue: 2.1e8 });
    expect(money.nearMisses[0].text.zh).toBe('近一年销售（营业）收入 2.1亿元，要求 ≤ 2亿元：超出1000万元');
    expect(money.nearMisses[0].text.en).toBe(
      'Revenue (last fiscal year) CNY 210,000,000, needs ≤ CNY 200,000,000: CNY 10,000,000 over',
    );
    const people = compileRule({ '>': [v('techStaff'), 10] }).evaluate({ techStaff: 9 });
    expect(people.nearMisses[0]).toMatchObject({ gap: 2, direction: 'short' });
  });

  it('has no near-misses when ELIGIBLE, and none for formula leaves', () => {
    expect(
      compileRule({ or: [{ '>=': [v('employees'), 10] }, v('inZone')] }).evaluate({ employees: 3, inZone: true })
        .nearMisses,
    ).toEqual([]);
    const score = { '>=': [{ '+': [{ if: [{ '>=': [v('techStaffRatio'), 0.3] }, 20, 0] }, 10] }, 25] };
    const r = compileRule(score).evaluate({ techStaffRatio: 0.2 });
    expect(r.explanation.map((l) => [l.context, l.result])).toEqual([
      ['criteria', 'fail'],
      ['formula', 'fail'],
    ]);
    expect(r.explanation[0].isExpression).toBe(true);
    expect(r.explanation[0].value).toBe(10);
    expect(r.nearMisses).toHaveLength(1);
    expect(r.nearMisses[0]).toMatchObject({ value: 10, threshold: 25, gap: 15 });
  });

  it('gives no near-misses for leaves whose failure changes nothing', () => {
    const rule = {
      and: [
        { or: [{ '>=': [v('inventionPatents'), 1] }, { '>=': [v('otherIp'), 1] }] },
        { '>=': [v('employees'), 10] },
      ],
    };
    const r = compileRule(rule).evaluate({ inventionPatents: 0, otherIp: 2, employees: 8 });
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.nearMisses.map((m) => m.fact)).toEqual(['employees']);
    const negated = compileRule({
      and: [{ '!': { and: [{ '>=': [v('employees'), 100] }, v('inZone')] } }, { '>=': [v('techStaff'), 3] }],
    });
    expect(negated.evaluate({ employees: 5, inZone: true, techStaff: 1 }).nearMisses.map((m) => m.fact)).toEqual([
      'techStaff',
    ]);
  });

  it('treats the tests of an if as conditions: no near-misses from them', () => {
    const bands = {
      if: [{ '<=': [v('revenue'), 5e7] }, { '>=': [v('rdRatio3y'), 0.05] }, { '>=': [v('rdRatio3y'), 0.04] }],
    };
    const r = compileRule(bands).evaluate({ revenue: 8e7, rdRatio3y: 0.039 });
    expect(r.explanation.map((l) => [l.fact, l.context, l.result])).toEqual([
      ['revenue', 'condition', 'fail'],
      ['rdRatio3y', 'criteria', 'fail'],
    ]);
    expect(r.nearMisses.map((m) => m.fact)).toEqual(['rdRatio3y']);
  });

  it('passes code labels through for industries', () => {
    const labels = (fact: string, code: string) =>
      fact === 'industry' && code === 'NEXT_GEN_IT' ? { zh: '新一代信息技术', en: 'Next-generation IT' } : undefined;
    const r = compileRule({ '==': [v('industry'), 'NEXT_GEN_IT'] }, { labels }).evaluate({ industry: 'BIOMEDICINE' });
    expect(r.explanation[0].text.zh).toBe('所属产业为新一代信息技术：不符合（实际：BIOMEDICINE）');
  });
});

describe('compile errors', () => {
  it('refuses a rule with faults, listing them', () => {
    try {
      compileRule({ and: [{ var: 'nope' }, { '>': [{ var: 'tier' }, 3] }] });
      throw new Error('expected a RuleValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(RuleValidationError);
      expect((e as RuleValidationError).faults.map((f) => f.path)).toEqual(['and[0]', "and[1]['>'][1]"]);
    }
  });

  it('with validate: false still refuses structural faults', () => {
    expect(() => compileRule({ '>': [{ var: 'tier' }, 3] }, { validate: false })).not.toThrow();
    expect(() => compileRule({ foo: 1 }, { validate: false })).toThrow(RuleValidationError);
  });
});

describe('compileRule.evaluate: the explanation is of the facts as evaluated', () => {
  const rule = { and: [{ '>=': [v('revenue'), 100] }, { '>=': [v('rdRatio'), 0.05] }, { '>=': [v('employees'), 10] }] };

  it('reads the same explanation after the facts object changed (snapshot taken when evaluate ran)', () => {
    const facts: Facts = { revenue: 50, rdRatio: 0.1 };
    const result = compileRule(rule).evaluate(facts);
    facts.revenue = 500;
    facts.employees = 3;
    expect(result.outcome).toBe('INELIGIBLE');
    expect(result.explanation.map((leaf) => [leaf.fact, leaf.value, leaf.result])).toEqual([
      ['revenue', 50, 'fail'],
      ['rdRatio', 0.1, 'pass'],
      ['employees', null, 'unknown'],
    ]);
    expect(result.nearMisses.map((m) => m.fact)).toEqual(['revenue']);
  });

  it('gives the same result with and without a fallback var (the path that records at once)', () => {
    const withFallback = { and: [...rule.and, { '>=': [{ var: ['inventionPatents', 0] }, 0] }] };
    const facts: Facts = { revenue: 50, rdRatio: 0.1 };
    const a = compileRule(rule).evaluate(facts);
    const b = compileRule(withFallback).evaluate(facts);
    expect(b.explanation.slice(0, 3)).toEqual(a.explanation);
    expect(b.missingFacts).toEqual(a.missingFacts);
  });
});
