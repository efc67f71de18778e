import { describe, expect, it } from '@jest/globals';
import { compactJson } from './compact-json';

describe('compactJson', () => {
  it('keeps short values on one line and breaks long ones by item', () => {
    expect(compactJson({ '>=': [{ var: 'employees' }, 10] })).toBe('{">=":[{"var":"employees"},10]}');
    const rule = {
      and: [
        { '>=': [{ var: 'registeredYears' }, 1] },
        { in: [{ var: 'tier' }, ['HIGH_TECH', 'LEADING', 'LITTLE_GIANT', 'TECH_SME']] },
        { '==': [{ var: 'seriousDishonesty' }, false] },
      ],
    };
    const text = compactJson(rule);
    expect(text).toBe(
      [
        '{',
        '  "and": [',
        '    {">=":[{"var":"registeredYears"},1]},',
        '    {"in":[{"var":"tier"},["HIGH_TECH","LEADING","LITTLE_GIANT","TECH_SME"]]},',
        '    {"==":[{"var":"seriousDishonesty"},false]}',
        '  ]',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual(rule);
    expect(compactJson(undefined)).toBe('');
  });
});
