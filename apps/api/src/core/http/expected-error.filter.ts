import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import { AppErrorHttpFilter } from './app-error.filter.js';

/**
 * An AppError is an answer the caller gets (a conflict, a wrong password, bad input, not found,
 * forbidden), not a fault of ours: logged at info, one line without a stack. Nest would log it at
 * error with its stack. Anything else still reaches Nest's handler and the formatter, which log
 * it at error.
 */
@Catch(AppError)
export class ExpectedErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Request');
  private readonly http = new AppErrorHttpFilter();

  catch(error: AppError, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') {
      const info = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>();
      this.logger.log({ code: error.code, operation: info?.fieldName, reason: error.text.en }, 'request refused');
      // Thrown on, the GraphQL error formatter turns it into the caller's answer.
      throw error;
    }
    this.logger.log({ code: error.code, reason: error.text.en }, 'request refused');
    this.http.catch(error, host);
  }
}
