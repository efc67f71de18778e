/**
 * 统一社会信用代码 (USCC, GB 32100-2015) checked in the browser while a person types, so a typo is
 * named before the server is asked (the server checks again and stays the authority).
 *
 * 18 characters from 0-9 and A-Z without I, O, Z, S, V; the 18th is a check character over the
 * first 17: C18 = 31 − (Σ value(Ci) × Wi mod 31), where 31 becomes 0.
 *
 * No imports: the browser tests import this file too (to make valid codes).
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const USCC_LENGTH = 18;

export type UsccCheck =
  | { valid: true; code: string }
  /** Not 18 characters long (`length` is how many there are). */
  | { valid: false; reason: 'length'; length: number }
  /** A character outside the charset, at a 1-based position. */
  | { valid: false; reason: 'charset'; position: number; char: string }
  /** The 18th character is not the check character (`expected`) of the first 17. */
  | { valid: false; reason: 'check'; expected: string; actual: string };

/** Upper case without spaces, which is how people paste codes from licences. */
export const normalizeUscc = (input: string): string => input.replace(/\s+/g, '').toUpperCase();

/** The check character of the first 17 characters of a code (which must be in the charset). */
export const usccCheckChar = (first17: string): string => {
  if (first17.length !== USCC_LENGTH - 1) throw new Error(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`'${first17.charAt(i)}' is not a USCC character`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET.charAt(check);
};

/** Checks charset, length and check character, naming the first fault. */
export const checkUscc = (input: string): UsccCheck => {
  const code = normalizeUscc(input);
  // a wrong character is named as soon as it is typed, before the code is complete
  for (let i = 0; i < code.length; i += 1) {
    const char = code.charAt(i);
    if (!USCC_CHARSET.includes(char)) return { valid: false, reason: 'charset', position: i + 1, char };
  }
  if (code.length !== USCC_LENGTH) return { valid: false, reason: 'length', length: code.length };
  const expected = usccCheckChar(code.slice(0, USCC_LENGTH - 1));
  const actual = code.charAt(USCC_LENGTH - 1);
  return expected === actual ? { valid: true, code } : { valid: false, reason: 'check', expected, actual };
};

/** The full code for 17 given characters (their check character appended). */
export const withUsccCheckChar = (first17: string): string => `${first17}${usccCheckChar(first17)}`;

/**
 * The check character of an 8-character organisation code body (GB 11714: weights 3 7 9 10 5 8 4 2,
 * mod 11, 10 → X, 11 → 0); characters 9–17 of most enterprise codes are such an organisation code.
 */
export const organisationCheckChar = (body: string): string => {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(body.charAt(i), 36) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
};

/**
 * A valid code of a company registered by market regulation (登记管理部门 9, 类别 1 企业) in
 * Urumqi Xinshi District (650104), with a random organisation code (its own check digit right);
 * for tests and demos.
 */
export const randomUscc = (random: () => number = Math.random): string => {
  let body = '';
  for (let i = 0; i < 8; i += 1) body += String(Math.floor(random() * 10));
  return withUsccCheckChar(`91650104${body}${organisationCheckChar(body)}`);
};
