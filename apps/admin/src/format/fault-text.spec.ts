import { describe, expect, it } from '@jest/globals';
import { faultFieldName, faultText } from './fault-text';

const LABELS: Record<string, string> = { uscc: '统一社会信用代码', email: '邮箱' };
const label = (name: string) => LABELS[name] ?? null;

describe('faultText', () => {
  it('names a field by its label, not the API’s internal name', () => {
    const text = faultText([{ field: 'input.uscc', message: '该统一社会信用代码已登记' }], label, 'zh-CN');
    expect(text).toBe('统一社会信用代码：该统一社会信用代码已登记');
    expect(text).not.toContain('uscc');
  });

  it('joins several faults in the reader’s punctuation', () => {
    const faults = [
      { field: 'uscc', message: 'is already registered' },
      { field: 'input.email', message: 'Not an email address' },
    ];
    expect(faultText(faults, (n) => ({ uscc: 'USCC', email: 'Email' })[n] ?? null, 'en-US')).toBe(
      'USCC is already registered; Email: Not an email address',
    );
    expect(faultText(faults, label, 'zh-CN')).toBe(
      '统一社会信用代码：is already registered；邮箱：Not an email address',
    );
  });

  it('gives the reason alone for a field without a label', () => {
    expect(faultText([{ field: 'criteria.and[1]', message: '未知的指标' }], label, 'zh-CN')).toBe('未知的指标');
  });

  it('reads the field from a path', () => {
    expect(faultFieldName('input.profile.email')).toBe('email');
    expect(faultFieldName('testCases[2]')).toBe('testCases');
    expect(faultFieldName('uscc')).toBe('uscc');
  });
});
