import { describe, expect, it, jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatExecution, formatGraphqlError } from './format-errors.js';

const logger = { error: jest.fn(), log: jest.fn() } as unknown as Logger;

const pgFailure = (code: string): GraphQLError =>
  new GraphQLError('failed', {
    path: ['updatePark'],
    originalError: new QueryFailedError('UPDATE …', [], Object.assign(new Error('raw message'), { code })),
  });
const httpFailure = (statusCode: number, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError('x', { originalError: Object.assign(new Error('x'), { statusCode, ...extra }) });

describe('formatGraphqlError', () => {
  it.each([
    ['22P02', /wrong format/],
    ['22021', /cannot be stored/],
    ['22P05', /cannot be stored/],
    ['22001', /too long/],
    ['22003', /out of range/],
  ])('maps SQLSTATE %s (the caller’s value) to BAD_USER_INPUT without the raw message', (code, message) => {
    const formatted = formatGraphqlError(pgFailure(code), 'en-US', logger);
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
    expect(formatted.message).toMatch(message);
    expect(formatted.message).not.toContain('raw message');
  });

  it('keeps other database failures INTERNAL, logged', () => {
    const formatted = formatGraphqlError(pgFailure('40P01'), 'en-US', logger);
    expect(formatted.extensions?.code).toBe('INTERNAL');
    expect(logger.error).toHaveBeenCalled();
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [429, 'TOO_MANY_REQUESTS'],
    [400, 'MALFORMED_REQUEST'],
  ])('gives an HTTP %s its own code', (status, code) => {
    expect(formatGraphqlError(httpFailure(status), 'zh-CN', logger).extensions?.code).toBe(code);
  });

  it('says when to retry past the rate limit', () => {
    const formatted = formatGraphqlError(httpFailure(429, { retryAfterSeconds: 42 }), 'en-US', logger);
    expect(formatted.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 42 });
  });

  it('drops "Did you mean" suggestions when asked (production)', () => {
    const error = new GraphQLError('Cannot query field "parkz" on type "Query". Did you mean "park" or "parks"?');
    expect(formatGraphqlError(error, 'en-US', logger).message).toMatch(/Did you mean/);
    expect(formatGraphqlError(error, 'en-US', logger, { hideSuggestions: true }).message).toBe(
      'Cannot query field "parkz" on type "Query".',
    );
  });
});

describe('formatExecution', () => {
  it('leaves data out when nothing was executed, and keeps a null data when execution failed', () => {
    expect('data' in formatExecution({ errors: [new GraphQLError('Syntax Error')] }, 'en-US', logger)).toBe(false);
    const ran = formatExecution({ data: null, errors: [new GraphQLError('x', { path: ['a'] })] }, 'en-US', logger);
    expect(ran.data).toBeNull();
  });
});
