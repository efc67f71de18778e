import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { LandPlotExportQuery } from './dto/land-plot-export.query.js';
import { LandExportService } from './land-export.service.js';

/** The land plot list as an .xlsx download, for the list's filter in the query string. Staff only. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class LandExportController {
  constructor(private readonly exports: LandExportService) {}

  @StaffOnly()
  @Get('land-plots.xlsx')
  async landPlots(
    @CurrentActor() actor: Actor,
    @Query() filter: LandPlotExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
