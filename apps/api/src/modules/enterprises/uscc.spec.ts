import { describe, expect, it } from '@jest/globals';
import { buildUscc, normalizeUscc, orgCodeCheckChar, usccCheckChar, validateUscc } from './uscc.js';

// The check characters computed a second way, from the standard's tables written out by hand, so
// the tests do not just repeat the implementation.
const VALUE: Record<string, number> = Object.fromEntries(
  [...'0123456789']
    .map((c, i) => [c, i])
    .concat(
      Object.entries({
        A: 10,
        B: 11,
        C: 12,
        D: 13,
        E: 14,
        F: 15,
        G: 16,
        H: 17,
        J: 18,
        K: 19,
        L: 20,
        M: 21,
        N: 22,
        P: 23,
        Q: 24,
        R: 25,
        T: 26,
        U: 27,
        W: 28,
        X: 29,
        Y: 30,
      }),
    ),
);
const CHAR_OF = Object.fromEntries(Object.entries(VALUE).map(([c, v]) => [v, c]));
function independentCheck(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + VALUE[c] * weights[i], 0);
  const c18 = 31 - (sum % 31);
  return CHAR_OF[c18 === 31 ? 0 : c18];
}
function independentOrgCheck(body: string): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const value = (c: string) => (/\d/.test(c) ? Number(c) : 10 + letters.indexOf(c));
  const sum = [...body].reduce((acc, c, i) => acc + value(c) * [3, 7, 9, 10, 5, 8, 4, 2][i], 0);
  const c9 = 11 - (sum % 11);
  return c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
}

/**
 * Published codes, each checked by hand against both check characters: the standard's own example
 * (GB 32100-2015 annex), PetroChina (org code 71092546-2), Huawei Technologies (19220382-1),
 * Shenzhen Tencent Computer Systems (71526726-X), Alibaba (China) (71610585-2).
 */
const PUBLISHED = [
  '91350100M000100Y43',
  '91110000710925462X',
  '914403001922038216',
  '9144030071526726XG',
  '91330100716105852F',
];

describe('validateUscc', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(independentOrgCheck(code.slice(8, 16))).toBe(code[16]);
    expect(independentCheck(code.slice(0, 17))).toBe(code[17]);
    expect(validateUscc(code)).toEqual({ valid: true, code });
  });

  it('accepts codes built for Xinshi District (650104) and other registrations, checked independently', () => {
    for (const [prefix, body] of [
      ['91650104', 'MA775X3K'],
      ['92650104', '00012345'],
      ['93650109', 'MA7XY1B2'],
      ['52650100', '5K1234PQ'],
      ['12100000', '40000012'],
    ] as const) {
      const org = independentOrgCheck(body);
      const first17 = `${prefix}${body}${org}`;
      const code = `${first17}${independentCheck(first17)}`;
      expect(buildUscc(prefix, body)).toBe(code);
      expect(validateUscc(code)).toEqual({ valid: true, code });
    }
  });

  it('reads lower case and blanks as people paste them', () => {
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(validateUscc('9135 0100 m000 100y 43')).toEqual({ valid: true, code: '91350100M000100Y43' });
  });

  it('refuses a wrong length, naming it', () => {
    const short = validateUscc('91350100M000100Y4');
    expect(short).toMatchObject({ valid: false, fault: 'LENGTH' });
    expect(short.valid || short.reason).toEqual({
      zh: '应为 18 位，实际为 17 位',
      en: 'must be 18 characters long, not 17',
    });
    expect(validateUscc('91350100M000100Y431')).toMatchObject({ valid: false, fault: 'LENGTH' });
    expect(validateUscc('')).toMatchObject({ valid: false, fault: 'LENGTH' });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', '-', '中'])('refuses the character %s, naming its position', (char) => {
    const result = validateUscc(`91350100M000${char}00Y43`);
    expect(result).toMatchObject({ valid: false, fault: 'CHARSET' });
    if (!result.valid) {
      expect(result.reason.zh).toContain('第 13 位');
      expect(result.reason.en).toContain(`character 13 '${char}'`);
    }
  });

  it('refuses an unknown registration authority, organisation category and division', () => {
    const withChecks = (first16: string) => {
      const first17 = `${first16}${independentOrgCheck(first16.slice(8))}`;
      return `${first17}${independentCheck(first17)}`;
    };
    expect(validateUscc(withChecks('B1350100M000100Y'))).toMatchObject({ valid: false, fault: 'AUTHORITY' });
    const category = validateUscc(withChecks('94350100M000100Y'));
    expect(category).toMatchObject({ valid: false, fault: 'CATEGORY' });
    if (!category.valid) expect(category.reason.zh).toContain('可为 1、2、3');
    expect(validateUscc(withChecks('9199A100M000100Y'))).toMatchObject({ valid: false, fault: 'DIVISION' });
    expect(validateUscc(withChecks('9199010000001000'))).toMatchObject({ valid: false, fault: 'DIVISION' });
  });

  it('refuses a wrong organisation code check character (character 17)', () => {
    const first17 = '91350100M000100Y5';
    const result = validateUscc(`${first17}${independentCheck(first17)}`);
    expect(result).toMatchObject({ valid: false, fault: 'ORG_CODE_CHECK', expected: '4' });
    if (!result.valid) expect(result.reason.en).toBe('character 17 (organisation code check character) should be 4');
  });

  it('refuses a wrong check character and says which one is right', () => {
    const result = validateUscc('91350100M000100Y44');
    expect(result).toEqual({
      valid: false,
      fault: 'CHECK',
      expected: '3',
      reason: { zh: '校验位应为 3', en: 'check character should be 3' },
    });
  });

  it('detects every single-character substitution of a valid code', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const code of PUBLISHED) {
      for (let i = 0; i < 18; i += 1) {
        for (const char of charset) {
          if (char === code[i]) continue;
          const typo = `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
          expect(validateUscc(typo).valid).toBe(false);
        }
      }
    }
  });

  it('computes the check characters of the standard', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCodeCheckChar('71526726')).toBe('X');
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    expect(() => usccCheckChar('91350100M000100I4')).toThrow(RangeError);
  });
});
