import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { EnterpriseExportQuery } from './dto/enterprise-export.query.js';
import { EnterpriseExportService } from './enterprise-export.service.js';

/** The enterprise list as an .xlsx download (plain HTTP: a binary), for the list's filter in the query string. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class EnterpriseExportController {
  constructor(private readonly exports: EnterpriseExportService) {}

  @StaffOnly()
  @Get('enterprises.xlsx')
  async enterprises(
    @CurrentActor() actor: Actor,
    @Query() filter: EnterpriseExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
