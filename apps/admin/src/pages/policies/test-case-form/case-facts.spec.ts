import { describe, expect, it } from '@jest/globals';
import {
  derivedAmong,
  factsRead,
  formCanShow,
  otherStoredFacts,
  profileFacts,
  storedInputs,
  withFact,
} from './case-facts';

const criteria = {
  and: [
    { '>=': [{ var: 'rdRatio' }, 0.03] },
    { in: [{ var: 'industry' }, ['NEW_MATERIALS']] },
    { '==': [{ var: ['inZone', false] }, true] },
    { '>=': [{ var: 'employees' }, 10] },
  ],
};
const formula = { min: [{ '*': [{ var: 'rdExpense' }, 0.1] }, 2_000_000] };

describe('a test case as a form', () => {
  it('lists the facts the criteria and the formula read, in vocabulary order, each once', () => {
    expect(factsRead(criteria, formula)).toEqual(['employees', 'rdExpense', 'industry', 'inZone', 'rdRatio']);
    expect(factsRead(true, 0)).toEqual([]);
    expect(factsRead({ '==': [{ var: 'notAFact' }, 1] })).toEqual([]);
  });

  it('asks for the inputs of a derived fact instead of the fact itself', () => {
    const read = factsRead(criteria, formula);
    expect(storedInputs(read)).toEqual(['employees', 'revenue', 'rdExpense', 'industry', 'inZone']);
    expect(derivedAmong(read)).toEqual(['rdRatio']);
  });

  it('shows stored facts of the right type in the form, and anything else as JSON', () => {
    expect(formCanShow({})).toBe(true);
    expect(formCanShow({ employees: 100, industry: 'NEW_MATERIALS', inZone: true, revenue: null })).toBe(true);
    expect(formCanShow({ registeredAt: '2020-01-01', tier: 'HIGH_TECH' })).toBe(true);
    expect(formCanShow({ 所属产业: '新材料' })).toBe(false);
    expect(formCanShow({ rdRatio: 0.05 })).toBe(false);
    expect(formCanShow({ employees: '100' })).toBe(false);
    expect(formCanShow({ tier: 'GIANT' })).toBe(false);
    expect(formCanShow([])).toBe(false);
    expect(formCanShow(null)).toBe(false);
  });

  it('leaves an emptied fact out (not entered) and keeps the vocabulary order', () => {
    const facts = { revenue: 1, employees: 2 };
    expect(Object.keys(withFact(facts, 'techStaff', 3))).toEqual(['employees', 'techStaff', 'revenue']);
    expect(withFact(facts, 'revenue', null)).toEqual({ employees: 2 });
    expect(withFact(facts, 'industry', '')).toEqual(facts);
    expect(withFact(facts, 'inZone', false)).toEqual({ employees: 2, revenue: 1, inZone: false });
  });

  it("takes an enterprise's entered stored facts, as a rule sees them, and nothing else", () => {
    const profile = {
      id: 'x',
      name: '示例企业',
      employees: 120,
      revenue: '50000000.00',
      rdExpense: null,
      registeredAt: '2019-05-01',
      inZone: true,
      tier: 'HIGH_TECH',
    };
    expect(profileFacts(profile)).toEqual({
      registeredAt: '2019-05-01',
      employees: 120,
      revenue: 50_000_000,
      tier: 'HIGH_TECH',
      inZone: true,
    });
    expect(profileFacts(profile, ['employees', 'rdExpense'])).toEqual({ employees: 120 });
  });

  it('offers the stored facts not shown yet', () => {
    const others = otherStoredFacts(['employees', 'revenue']);
    expect(others).not.toContain('employees');
    expect(others).toContain('techStaff');
    expect(others).not.toContain('rdRatio');
  });
});
