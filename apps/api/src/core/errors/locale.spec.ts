import { describe, expect, it } from '@jest/globals';
import { localeFromHeader } from './locale.js';

describe('localeFromHeader', () => {
  it('defaults to zh-CN', () => {
    expect(localeFromHeader(undefined)).toBe('zh-CN');
    expect(localeFromHeader('fr-FR')).toBe('zh-CN');
  });

  it('follows the preference order and q-values', () => {
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en-US');
    expect(localeFromHeader('zh-TW;q=0.5, en;q=0.8')).toBe('en-US');
    expect(localeFromHeader('zh')).toBe('zh-CN');
  });
});
