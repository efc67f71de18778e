import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { usccFeedback } from './uscc-feedback';

// echoes the key and its values, so the test reads what the field would say
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('usccFeedback', () => {
  it('says nothing for an empty field', () => {
    expect(usccFeedback('', t)).toEqual({ status: '', help: null });
  });

  it('counts characters while the code is short, without an error yet', () => {
    expect(usccFeedback('91650', t)).toEqual({ status: '', help: 'register.uscc.length {"length":5}' });
  });

  it('names the check character a complete code should end in', () => {
    expect(usccFeedback('91350100M000100Y4X', t)).toEqual({
      status: 'error',
      help: 'register.uscc.check {"expected":"3"}',
    });
  });

  it('points at a character that cannot be in a code', () => {
    expect(usccFeedback('9135O', t).status).toBe('error');
  });

  it('confirms a valid code', () => {
    expect(usccFeedback('91350100M000100Y43', t)).toEqual({ status: 'success', help: 'register.uscc.valid' });
  });
});
