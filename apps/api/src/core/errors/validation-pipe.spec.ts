import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from '@nestjs/common';
import { ErrorCode } from './error-code.js';
import { toInputError } from './validation-pipe.js';

describe('toInputError', () => {
  it('names each field with its reason in both languages', () => {
    const errors = [
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      {
        property: 'input',
        children: [
          {
            property: 'password',
            constraints: { minLength: 'password must be longer than or equal to 10 characters' },
            children: [],
          },
        ],
      },
    ] as unknown as ValidationError[];
    const error = toInputError(errors);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields.map((f) => f.field)).toEqual(['email', 'input.password']);
    expect(error.localized('zh-CN')).toContain('email 必须是有效的邮箱地址');
    expect(error.localized('zh-CN')).toContain('至少 10 个字符');
    expect(error.localized('en-US')).toContain('input.password must be longer than or equal to 10 characters');
  });
});
