import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localize } from '#matching';
import { AppError, text } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { localeFromHeader } from '../errors/locale.js';

export const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MALFORMED_REQUEST: 400,
  TOO_MANY_REQUESTS: 429,
};

const INTERNAL_TEXT = text('服务器内部错误，请稍后重试', 'Something went wrong on our side; please try again later');

/**
 * HTTP routes (file downloads) answer errors as GraphQL does, in the caller's language:
 * `{ code, message, fields? }` with the matching status. Bind with `@UseFilters(AppErrorHttpFilter)`.
 */
@Catch()
export class AppErrorHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = localeFromHeader(request.headers['accept-language']);
    if (reply.sent) return; // a stream already under way can only be cut off
    if (error instanceof AppError) {
      const fields = error.fields.map((f) => ({ field: f.field, message: localize(f.message, locale) }));
      void reply
        .status(STATUS[error.code])
        .send({ code: error.code, message: error.localized(locale), ...(fields.length ? { fields } : {}) });
      return;
    }
    this.logger.error({ err: error, url: request.url }, 'unhandled error in an HTTP route');
    void reply.status(500).send({ code: ErrorCode.INTERNAL, message: localize(INTERNAL_TEXT, locale) });
  }
}
