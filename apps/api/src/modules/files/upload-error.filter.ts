import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { localize } from '#matching';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { localeFromHeader } from '../../core/errors/locale.js';
import { UploadRefused } from './upload-errors.js';

/**
 * The file routes' errors: an upload refused for its size, type or rate answers 413, 415 or 429
 * (code BAD_USER_INPUT naming `file`); everything else as every HTTP route (AppErrorHttpFilter).
 */
@Catch()
export class UploadErrorFilter implements ExceptionFilter {
  private readonly fallback = new AppErrorHttpFilter();

  catch(error: unknown, host: ArgumentsHost): void {
    if (!(error instanceof UploadRefused)) return this.fallback.catch(error, host);
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    if (reply.sent) return;
    const locale = localeFromHeader(http.getRequest<FastifyRequest>().headers['accept-language']);
    void reply.status(error.status).send({
      code: error.code,
      message: error.localized(locale),
      fields: error.fields.map((f) => ({ field: f.field, message: localize(f.message, locale) })),
    });
  }
}
