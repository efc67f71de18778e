import { describe, expect, it } from '@jest/globals';
import { canonicalRule, queryToRule, ruleToQuery } from './jsonlogic-bridge';

const employees = { '>=': [{ var: 'employees' }, 10] };
const tiers = { in: [{ var: 'tier' }, ['HIGH_TECH', 'LEADING']] };

describe('criteria <-> query builder', () => {
  it('reads comparisons, lists, between and groups exactly and writes them back unchanged', () => {
    const rule = {
      and: [
        employees,
        tiers,
        { '==': [{ var: 'inZone' }, true] },
        { '<=': [1, { var: 'revenue' }, 50_000_000] },
        { '>=': [{ var: 'registeredAt' }, '2020-01-01'] },
        { '!': { or: [{ '<': [{ var: 'rdRatio' }, 0.03] }, { '==': [{ var: 'industry' }, null] }] } },
      ],
    };
    const { query, exact } = ruleToQuery(rule);
    expect(exact).toBe(true);
    expect(queryToRule(query)).toEqual(rule);
  });

  it('takes a single comparison as a group of one', () => {
    const { query, exact } = ruleToQuery(employees);
    expect(exact).toBe(true);
    expect(queryToRule(query)).toEqual({ and: [employees] });
  });

  it('rewrites boolean shorthands into comparisons the builder shows', () => {
    expect(canonicalRule({ and: [{ '!': { var: 'seriousDishonesty' } }, { var: 'inZone' }] })).toEqual({
      and: [{ '==': [{ var: 'seriousDishonesty' }, false] }, { '==': [{ var: 'inZone' }, true] }],
    });
    const { query, exact } = ruleToQuery({ '!': { var: 'seriousDishonesty' } });
    expect(exact).toBe(true);
    expect(query.rules[0]).toMatchObject({ field: 'seriousDishonesty', operator: '=', value: 'false' });
  });

  it('writes numbers and booleans typed, and no conditions as true', () => {
    expect(
      queryToRule({
        combinator: 'and',
        rules: [
          { field: 'employees', operator: '>=', value: '10' },
          { field: 'inZone', operator: '=', value: 'true' },
          { field: 'revenue', operator: 'between', value: ['1', '5'] },
        ],
      }),
    ).toEqual({
      and: [
        { '>=': [{ var: 'employees' }, 10] },
        { '==': [{ var: 'inZone' }, true] },
        { '<=': [1, { var: 'revenue' }, 5] },
      ],
    });
    expect(queryToRule({ combinator: 'and', rules: [] })).toBe(true);
    expect(ruleToQuery(true).exact).toBe(true);
  });

  it('leaves if, arithmetic, fact-to-fact and unknown facts to the JSON editor', () => {
    const band = { if: [{ '<=': [{ var: 'revenue' }, 5] }, true, false] };
    expect(ruleToQuery({ and: [employees, band] }).exact).toBe(false);
    expect(ruleToQuery({ '>=': [{ '*': [{ var: 'rdExpense' }, 2] }, 10] }).exact).toBe(false);
    expect(ruleToQuery({ '<': [{ var: 'techStaff' }, { var: 'employees' }] }).exact).toBe(false);
    expect(ruleToQuery({ '>=': [{ var: 'turnover' }, 1] }).exact).toBe(false);
  });
});
