import { describe, expect, it, jest } from '@jest/globals';
import { Logger, type ArgumentsHost } from '@nestjs/common';
import { AppError, text } from '../errors/app-error.js';
import { ExpectedErrorFilter } from './expected-error.filter.js';

const graphqlHost = (fieldName: string): ArgumentsHost =>
  ({
    getType: () => 'graphql',
    getArgs: () => [{}, {}, {}, { fieldName }],
    getArgByIndex: (index: number) => [{}, {}, {}, { fieldName }][index],
  }) as unknown as ArgumentsHost;

describe('ExpectedErrorFilter', () => {
  it('logs an AppError at info, one line without a stack, and passes it on to the formatter', () => {
    const info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const conflict = AppError.conflict(text('园区', 'Park'));
    expect(() => new ExpectedErrorFilter().catch(conflict, graphqlHost('updatePark'))).toThrow(conflict);
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledTimes(1);
    const [entry] = info.mock.calls[0] as [Record<string, unknown>];
    expect(entry).toEqual({ code: 'CONFLICT', operation: 'updatePark', reason: conflict.text.en });
    expect(JSON.stringify(entry)).not.toMatch(/\bat .*\.(js|ts):\d+/);
    info.mockRestore();
    error.mockRestore();
  });
});
