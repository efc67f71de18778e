import type { TFunction } from 'i18next';
import { checkUscc, normalizeUscc, USCC_LENGTH } from './uscc';

export interface UsccFeedback {
  status: '' | 'success' | 'warning' | 'error';
  help: string | null;
}

/**
 * What the USCC field says while a person types: nothing yet, how many characters are missing,
 * a character that cannot be in a code, or the check character the code should end in.
 */
export const usccFeedback = (input: string | undefined, t: TFunction): UsccFeedback => {
  const code = normalizeUscc(input ?? '');
  if (!code) return { status: '', help: null };
  const check = checkUscc(code);
  if (check.valid) return { status: 'success', help: t('register.uscc.valid') };
  switch (check.reason) {
    case 'charset':
      return { status: 'error', help: t('register.uscc.charset', { position: check.position, char: check.char }) };
    case 'length':
      return {
        status: check.length > USCC_LENGTH ? 'error' : '',
        help: t('register.uscc.length', { length: check.length }),
      };
    case 'check':
      return { status: 'error', help: t('register.uscc.check', { expected: check.expected }) };
  }
};
