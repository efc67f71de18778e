import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { ApplicationExportService } from './application-export.service.js';
import { ApplicationExportQuery } from './dto/application-export.query.js';

/** The application list as an .xlsx download, for the list's filter in the query string. Staff only. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ApplicationExportController {
  constructor(private readonly exports: ApplicationExportService) {}

  @StaffOnly()
  @Get('applications.xlsx')
  async applications(
    @CurrentActor() actor: Actor,
    @Query() filter: ApplicationExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
