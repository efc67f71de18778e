import { describe, expect, it } from '@jest/globals';
import { checkUscc, normalizeUscc, organisationCheckChar, randomUscc, usccCheckChar, withUsccCheckChar } from './uscc';

/** Codes published on business licences (GB 32100-2015 appendix example, large listed companies). */
const PUBLISHED = [
  '91350100M000100Y43',
  '91110108551385082Q',
  '914403001922038216',
  '91330100716105852F',
  '91440300708461136T',
  '91310000MA1FL1MMXL',
];

describe('USCC check (GB 32100-2015)', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(checkUscc(code)).toEqual({ valid: true, code });
  });

  it('names the check character a code should end in', () => {
    expect(checkUscc('91350100M000100Y4X')).toEqual({ valid: false, reason: 'check', expected: '3', actual: 'X' });
    expect(checkUscc('91110108551385082A')).toEqual({ valid: false, reason: 'check', expected: 'Q', actual: 'A' });
  });

  it('names a character outside the charset even before the code is complete', () => {
    expect(checkUscc('9165O1')).toEqual({ valid: false, reason: 'charset', position: 5, char: 'O' });
  });

  it('refuses a wrong length', () => {
    expect(checkUscc('9135010')).toEqual({ valid: false, reason: 'length', length: 7 });
    expect(checkUscc(`${PUBLISHED[0]}0`)).toEqual({ valid: false, reason: 'length', length: 19 });
    expect(checkUscc('')).toEqual({ valid: false, reason: 'length', length: 0 });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', '-'])('refuses %s, which is not in the charset, with its position', (char) => {
    expect(checkUscc(`91350100M0001${char}0Y43`)).toEqual({ valid: false, reason: 'charset', position: 14, char });
  });

  it('reads lower case and spaces as people paste them', () => {
    expect(normalizeUscc(' 9135 0100m000100y43 ')).toBe('91350100M000100Y43');
    expect(checkUscc('91350100m000100y43')).toEqual({ valid: true, code: '91350100M000100Y43' });
  });

  it('maps a weighted sum of 0 mod 31 to the check character 0', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(checkUscc('000000000000000000').valid).toBe(true);
  });

  it('appends the check character and makes valid random codes of Xinshi District', () => {
    expect(withUsccCheckChar('91350100M000100Y4')).toBe('91350100M000100Y43');
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 200; i += 1) {
      const code = randomUscc(random);
      expect(code).toMatch(/^91650104[0-9]{8}[0-9X][0-9A-Y]$/);
      expect(checkUscc(code).valid).toBe(true);
      expect(code.charAt(16)).toBe(organisationCheckChar(code.slice(8, 16)));
    }
  });

  it('computes organisation code check digits (GB 11714) as on published codes', () => {
    // 91110108551385082Q carries the organisation code 55138508-2
    expect(organisationCheckChar('55138508')).toBe('2');
    // 914403001922038216 carries 19220382-1
    expect(organisationCheckChar('19220382')).toBe('1');
  });
});
