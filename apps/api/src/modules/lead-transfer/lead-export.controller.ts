import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { LeadExportQuery } from './dto/lead-export.args.js';
import { LeadExportService } from './lead-export.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The lead list as an .xlsx (a binary: plain HTTP, not GraphQL), for the filter of the `leads`
 * query given as query-string parameters; authenticated by the `Authorization: Bearer` token.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class LeadExportController {
  constructor(private readonly exports: LeadExportService) {}

  @StaffOnly()
  @Get('leads.xlsx')
  async leads(
    @CurrentActor() actor: Actor,
    @Query() filter: LeadExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exports.open(actor, filter);
    await reply
      .header('content-type', XLSX_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      )
      .header('cache-control', 'no-store')
      .send(file.stream);
  }
}
