import { describe, it, expect } from '@jest/globals';
import { deriveFacts, missingInputsOf, normalizeStoredFacts, inputsOf } from './derive.js';
import { DERIVED_FACT_NAMES, FACTS, FACT_NAMES, STORED_FACT_NAMES } from './facts.js';
import { validateStoredFacts } from './validate-facts.js';

describe('fact vocabulary', () => {
  it('names every stored and derived fact of DESIGN.md, in order', () => {
    expect(STORED_FACT_NAMES).toEqual([
      'registeredAt',
      'employees',
      'techStaff',
      'revenue',
      'rdExpense',
      'revenue3y',
      'rdExpense3y',
      'highTechRevenue',
      'totalAssets',
      'inventionPatents',
      'otherIp',
      'taxPaid',
      'industry',
      'chainSegment',
      'tier',
      'ownership',
      'isHighTechCertified',
      'inZone',
      'parkCode',
      'energyTce',
      'pollutionCategory',
      'seriousDishonesty',
      'majorIncidentLastYear',
    ]);
    expect(DERIVED_FACT_NAMES).toEqual([
      'registeredYears',
      'techStaffRatio',
      'rdRatio',
      'rdRatio3y',
      'highTechRevenueRatio',
    ]);
  });

  it('gives each fact a type, a zh and en label, and enum values where it has them', () => {
    for (const name of FACT_NAMES) {
      const def = FACTS[name];
      expect(def.name).toBe(name);
      expect(def.label.zh.length).toBeGreaterThan(0);
      expect(def.label.en.length).toBeGreaterThan(0);
      if (def.type === 'boolean') expect(def.whenTrue && def.whenFalse).toBeTruthy();
      if (def.kind === 'derived') expect(def.inputs?.length).toBeGreaterThan(0);
    }
    expect(FACTS.tier.values).toEqual(['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING']);
    expect(FACTS.ownership.values).toEqual(['STATE', 'PRIVATE', 'FOREIGN', 'JOINT']);
    expect(FACTS.pollutionCategory.values).toEqual(['LOW', 'MEDIUM', 'HIGH']);
    expect(FACTS.rdRatio.unit).toBe('ratio');
    expect(FACTS.revenue.unit).toBe('CNY');
  });
});

describe('deriveFacts', () => {
  it('counts registeredYears exactly 1 on the first anniversary, fractional before and after', () => {
    const at = (asOf: string): number | null | undefined =>
      deriveFacts({ registeredAt: '2020-03-15' }, asOf).registeredYears;
    expect(at('2021-03-15')).toBe(1);
    expect(at('2021-03-14')).toBeLessThan(1);
    expect(at('2021-03-14')).toBeCloseTo(364 / 365, 10);
    expect(at('2020-09-14')).toBeCloseTo(183 / 365, 10); // 15 Mar 2020 → 15 Mar 2021 has 365 days
    expect(at('2023-03-15')).toBe(3);
    expect(at('2020-03-15')).toBe(0);
    expect(at('2020-03-14')).toBeLessThan(0);
  });

  it('puts the anniversary of 29 February on 28 February in common years', () => {
    expect(deriveFacts({ registeredAt: '2020-02-29' }, '2021-02-28').registeredYears).toBe(1);
    expect(deriveFacts({ registeredAt: '2020-02-29' }, '2021-02-27').registeredYears).toBeLessThan(1);
    expect(deriveFacts({ registeredAt: '2020-02-29' }, '2024-02-29').registeredYears).toBe(4);
  });

  it('reads a Date as its calendar day in China Standard Time', () => {
    // 2021-03-14T16:00Z is already 15 March in Urumqi (Beijing time).
    expect(deriveFacts({ registeredAt: '2020-03-15' }, new Date('2021-03-14T16:00:00Z')).registeredYears).toBe(1);
    expect(deriveFacts({ registeredAt: new Date('2020-03-14T16:00:00Z') }, '2021-03-15')).toMatchObject({
      registeredAt: '2020-03-15',
      registeredYears: 1,
    });
  });

  it('computes ratios, missing when an input is missing or the divisor is 0; zero is a value', () => {
    const facts = deriveFacts(
      {
        employees: 40,
        techStaff: 4,
        revenue: 1e8,
        rdExpense: 3.6e6,
        revenue3y: 0,
        rdExpense3y: 1e6,
        highTechRevenue: 0,
      },
      '2024-01-01',
    );
    expect(facts.techStaffRatio).toBe(0.1);
    expect(facts.rdRatio).toBe(0.036);
    expect(facts.rdRatio3y).toBeUndefined(); // divisor 0
    expect(facts.highTechRevenueRatio).toBe(0);
    expect(deriveFacts({ employees: 40 }, '2024-01-01').techStaffRatio).toBeUndefined();
    expect(deriveFacts({}, '2024-01-01').registeredYears).toBeUndefined();
  });

  it('treats null as missing, reads numeric strings from PostgreSQL, drops unreadable values', () => {
    expect(
      normalizeStoredFacts({
        revenue: '1200000.50',
        employees: null,
        tier: 'NOPE',
        inZone: 'yes',
        registeredAt: 'soon',
      }),
    ).toEqual({
      revenue: 1200000.5,
    });
  });

  it('rejects an asOf that is not a date', () => {
    expect(() => deriveFacts({}, 'yesterday')).toThrow(RangeError);
  });
});

describe('missingInputsOf', () => {
  it('names the stored facts to enter for a missing fact', () => {
    expect(missingInputsOf('employees', {})).toEqual(['employees']);
    expect(missingInputsOf('employees', { employees: 3 })).toEqual([]);
    expect(missingInputsOf('rdRatio', { rdExpense: 5 })).toEqual(['revenue']);
    expect(missingInputsOf('rdRatio', {})).toEqual(['rdExpense', 'revenue']);
    expect(missingInputsOf('registeredYears', {})).toEqual(['registeredAt']);
    expect(missingInputsOf('nonsense', {})).toEqual(['nonsense']);
  });

  it('names the divisor of a ratio that cannot be computed because the divisor is 0', () => {
    expect(missingInputsOf('techStaffRatio', deriveFacts({ techStaff: 0, employees: 0 }, '2024-01-01'))).toEqual([
      'employees',
    ]);
  });

  it('lists the inputs of each derived fact', () => {
    expect(inputsOf('rdRatio3y')).toEqual(['rdExpense3y', 'revenue3y']);
    expect(inputsOf('taxPaid')).toEqual(['taxPaid']);
  });
});

describe('validateStoredFacts', () => {
  it('accepts a good profile, with null as "not entered"', () => {
    expect(
      validateStoredFacts({
        registeredAt: '2020-01-01',
        employees: 10,
        tier: 'HIGH_TECH',
        inZone: true,
        revenue: null,
      }),
    ).toEqual([]);
  });

  it('reports every fault with the fact it concerns', () => {
    const faults = validateStoredFacts({
      employees: 2.5,
      revenue: '100',
      tier: 'GIANT',
      inZone: 'yes',
      registeredAt: '2020-02-30',
      rdRatio: 0.1,
      colour: 'red',
      taxPaid: -1,
    });
    expect(faults.map((f) => [f.code, f.path])).toEqual([
      ['TYPE_MISMATCH', 'employees'],
      ['TYPE_MISMATCH', 'revenue'],
      ['VALUE_NOT_ALLOWED', 'tier'],
      ['TYPE_MISMATCH', 'inZone'],
      ['TYPE_MISMATCH', 'registeredAt'],
      ['DERIVED_FACT', 'rdRatio'],
      ['UNKNOWN_FACT', 'colour'],
      ['TYPE_MISMATCH', 'taxPaid'],
    ]);
    expect(faults[5].message.en).toContain('"R&D expense (last fiscal year)", "Revenue (last fiscal year)"');
    expect(validateStoredFacts([])).toHaveLength(1);
  });
});

describe('deriveFacts: one shape', () => {
  it('gives every vocabulary fact as a key, in vocabulary order, whatever is missing (missing = undefined)', () => {
    const full = deriveFacts({ registeredAt: '2020-01-01', revenue: 100, rdExpense: 5, employees: 10 }, '2025-06-30');
    const sparse = deriveFacts({ revenue: '0' }, '2025-06-30');
    expect(Object.keys(full)).toEqual([...FACT_NAMES]);
    expect(Object.keys(sparse)).toEqual([...FACT_NAMES]);
    expect(sparse.rdRatio).toBeUndefined();
    expect(full.rdRatio).toBe(0.05);
    // normalizeStoredFacts stays sparse (what the admin app and hashes read).
    expect(Object.keys(normalizeStoredFacts({ revenue: 1 }))).toEqual(['revenue']);
  });
});
