import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { RequestExportQuery } from './dto/request-export.query.js';
import { RequestExportService } from './request-export.service.js';

/** The request queue as an .xlsx download, for the list's filter in the query string. Staff only. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class RequestExportController {
  constructor(private readonly exports: RequestExportService) {}

  @StaffOnly()
  @Get('requests.xlsx')
  async requests(
    @CurrentActor() actor: Actor,
    @Query() filter: RequestExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
