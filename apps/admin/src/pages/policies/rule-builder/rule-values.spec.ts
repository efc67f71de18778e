import { FACT_NAMES } from '#matching';
import { describe, expect, it } from '@jest/globals';
import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { factField } from './fact-fields';
import { criteriaOf } from './jsonlogic-bridge';
import { emptyValueFor, hasChosenValue, IncompleteRule, isIncompleteRule, unchosenConditions } from './rule-values';

const rule = (field: string, operator: string, value: unknown, id = `${field}-${operator}`): RuleType => ({
  id,
  field,
  operator,
  value,
});
const group = (...rules: RuleGroupType['rules']): RuleGroupType => ({ combinator: 'and', rules });

describe('conditions without a chosen value', () => {
  it('a yes/no condition left empty is incomplete, never `== true` (issue #7)', () => {
    const query = group(rule('seriousDishonesty', '=', ''));
    const criteria = criteriaOf(query);
    expect(isIncompleteRule(criteria)).toBe(true);
    expect((criteria as IncompleteRule).conditions).toEqual(['1']);
    expect(JSON.stringify(criteria)).not.toContain('true');
    expect(criteriaOf(group(rule('seriousDishonesty', '=', 'false')))).toEqual({
      and: [{ '==': [{ var: 'seriousDishonesty' }, false] }],
    });
  });

  it.each([
    ['a yes/no fact', 'inZone', '=', '', 'true'],
    ['a number', 'employees', '>=', '', '10'],
    ['a number (from the unit input)', 'revenue', '>=', 'abc', 5_000_000],
    ['a date', 'registeredAt', '<=', '', '2020-01-01'],
    ['a listed code', 'tier', '=', '', 'HIGH_TECH'],
    ['a listed code not in the list', 'tier', '=', 'GIANT', 'LEADING'],
    ['a code from the reference data', 'industry', '=', ' ', 'NEW_MATERIALS'],
    ['a list', 'tier', 'in', [], ['HIGH_TECH', 'LEADING']],
    ['a list with a blank', 'ownership', 'notIn', ['STATE', ''], ['STATE']],
    ['a number range', 'employees', 'between', [10, ''], [10, 50]],
    ['a number range kept from another operator', 'employees', 'between', 10, '10,50'],
    ['a date range', 'registeredAt', 'notBetween', ['2020-01-01'], ['2020-01-01', '2021-01-01']],
  ])('%s: blank is refused, a chosen value is kept', (_, field, operator, blank, chosen) => {
    expect(hasChosenValue(rule(field, operator, blank))).toBe(false);
    expect(hasChosenValue(rule(field, operator, chosen))).toBe(true);
  });

  it('"entered or not" needs no value', () => {
    expect(hasChosenValue(rule('seriousDishonesty', 'null', ''))).toBe(true);
    expect(hasChosenValue(rule('employees', 'notNull', undefined))).toBe(true);
  });

  it('numbers the conditions as the builder labels them, groups included', () => {
    const query = group(
      rule('employees', '>=', 10),
      group(rule('tier', 'in', ['HIGH_TECH']), rule('inZone', '=', '', 'inner')),
      rule('registeredAt', '<=', '', 'last'),
    );
    expect(unchosenConditions(query)).toEqual([
      { id: 'inner', number: '2.2' },
      { id: 'last', number: '3' },
    ]);
    const criteria = criteriaOf(query) as IncompleteRule;
    expect(criteria.conditions).toEqual(['2.2', '3']);
  });

  it('a complete query is its JsonLogic', () => {
    expect(criteriaOf(group(rule('employees', '>=', '10')))).toEqual({ and: [{ '>=': [{ var: 'employees' }, 10] }] });
    expect(criteriaOf(group())).toBe(true);
  });

  it('no field starts with a value, and a new condition starts empty', () => {
    const t = (key: string) => key;
    for (const name of FACT_NAMES) expect(factField(name, 'zh-CN', t).defaultValue).toBeUndefined();
    expect(emptyValueFor('=')).toBe('');
    expect(emptyValueFor('in')).toEqual([]);
  });
});
