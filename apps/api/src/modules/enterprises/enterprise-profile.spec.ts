import { describe, expect, it } from '@jest/globals';
import { checkProfile, diffProfile, readCell, sameValue, type ProfileContext } from './enterprise-profile.js';
import { DEMO_ENTERPRISE } from './enterprise-seed.js';
import { validateUscc } from './uscc.js';

const context: ProfileContext = { parkCodes: new Set(['SCI_TECH_VALLEY', 'AIRPORT_B']), today: '2026-06-30' };
const fields = (faults: { field: string }[]) => faults.map((f) => f.field);

describe('checkProfile', () => {
  it('accepts a consistent profile', () => {
    expect(checkProfile({}, DEMO_ENTERPRISE, context)).toEqual([]);
    expect(validateUscc(DEMO_ENTERPRISE.uscc).valid).toBe(true);
  });

  it('checks types and ranges of the vocabulary', () => {
    const faults = checkProfile(
      {},
      { employees: 1.5, revenue: -1, registeredAt: '2021-02-29', tier: 'GIANT', inZone: 'yes' },
      context,
    );
    expect(fields(faults).sort()).toEqual(['employees', 'inZone', 'registeredAt', 'revenue', 'tier']);
    expect(fields(checkProfile({}, { employees: 3_000_000_000 }, context))).toEqual(['employees']);
    expect(fields(checkProfile({}, { registeredAt: '2026-07-01' }, context))).toEqual(['registeredAt']);
  });

  it('checks the taxonomy: known industry, a segment of that industry, an existing park', () => {
    expect(fields(checkProfile({}, { industry: 'SPACE_MINING' }, context))).toEqual(['industry']);
    expect(fields(checkProfile({}, { industry: 'NEXT_GEN_IT', chainSegment: 'NEXT_GEN_IT.NOPE' }, context))).toEqual([
      'chainSegment',
    ]);
    const wrong = checkProfile({ industry: 'BIOMEDICINE' }, { chainSegment: 'NEXT_GEN_IT.CLOUD_BIG_DATA' }, context);
    expect(fields(wrong)).toEqual(['chainSegment']);
    expect(wrong[0].message.en).toContain('belongs to NEXT_GEN_IT');
    // Changing the industry under an existing segment names the industry.
    const moved = checkProfile(
      { industry: 'NEXT_GEN_IT', chainSegment: 'NEXT_GEN_IT.CLOUD_BIG_DATA' },
      { industry: 'BIOMEDICINE' },
      context,
    );
    expect(fields(moved)).toEqual(['industry']);
    expect(fields(checkProfile({}, { parkCode: 'NOWHERE' }, context))).toEqual(['parkCode']);
    expect(checkProfile({}, { parkCode: 'AIRPORT_B' }, context)).toEqual([]);
  });

  it('keeps parts within their wholes, against the stored values too', () => {
    expect(fields(checkProfile({ employees: 10 }, { techStaff: 11 }, context))).toEqual(['techStaff']);
    expect(fields(checkProfile({ techStaff: 11 }, { employees: 10 }, context))).toEqual(['employees']);
    expect(checkProfile({ techStaff: 11 }, { employees: null }, context)).toEqual([]);
    expect(
      fields(
        checkProfile({}, { revenue: 10, highTechRevenue: 11, revenue3y: 9, rdExpense: 2, rdExpense3y: 1 }, context),
      ).sort(),
    ).toEqual(['highTechRevenue', 'rdExpense', 'revenue']);
  });

  it('refuses an empty name, and checks contact fields', () => {
    expect(fields(checkProfile({}, { name: null, contactEmail: 'nope' }, context))).toEqual(['name', 'contactEmail']);
    expect(checkProfile({}, { contactEmail: null, contactPhone: null }, context)).toEqual([]);
  });
});

describe('diffProfile', () => {
  it('keeps only what changes; null and undefined are "not entered", numbers compare as numbers', () => {
    expect(diffProfile({ employees: 10, revenue: 5 }, { employees: 10, revenue: 6, techStaff: undefined })).toEqual([
      { field: 'revenue', before: 5, after: 6 },
    ]);
    expect(diffProfile({ inZone: null }, { inZone: false })).toEqual([{ field: 'inZone', before: null, after: false }]);
    expect(diffProfile({ inZone: true }, { inZone: null })).toEqual([{ field: 'inZone', before: true, after: null }]);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
  });
});

describe('readCell', () => {
  it('reads what people type into spreadsheets', () => {
    expect(readCell('revenue', '1,234,000')).toEqual({ value: 1_234_000 });
    expect(readCell('revenue', 12.5)).toEqual({ value: 12.5 });
    expect(readCell('revenue', 'lots')).toHaveProperty('fault');
    expect(readCell('registeredAt', new Date(Date.UTC(2019, 0, 5)))).toEqual({ value: '2019-01-05' });
    expect(readCell('registeredAt', '2019/1/5')).toEqual({ value: '2019-01-05' });
    expect(readCell('registeredAt', '2019年1月5日')).toEqual({ value: '2019-01-05' });
    expect(readCell('registeredAt', '05.01.2019')).toHaveProperty('fault');
    expect(readCell('isHighTechCertified', '是')).toEqual({ value: true });
    expect(readCell('inZone', 'No')).toEqual({ value: false });
    expect(readCell('inZone', 'maybe')).toHaveProperty('fault');
    expect(readCell('tier', '科技小巨人企业')).toEqual({ value: 'LITTLE_GIANT' });
    expect(readCell('ownership', 'private')).toEqual({ value: 'PRIVATE' });
    expect(readCell('pollutionCategory', 'Low pollution')).toEqual({ value: 'LOW' });
    expect(readCell('employees', null)).toEqual({ value: undefined });
    expect(readCell('employees', '  ')).toEqual({ value: undefined });
    expect(readCell('name', { richText: [{ text: '新疆' }, { text: '某公司' }] })).toEqual({ value: '新疆某公司' });
    expect(readCell('employees', { formula: 'A1+1', result: 7 })).toEqual({ value: 7 });
    expect(readCell('contactEmail', { text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' })).toEqual({ value: 'a@b.cn' });
  });
});
