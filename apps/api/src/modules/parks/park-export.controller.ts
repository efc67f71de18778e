import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { ParkFilter } from './dto/park-filter.input.js';
import { ParkExportService } from './park-export.service.js';

/** The park list as an .xlsx download, for the list's filter in the query string. Staff only. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ParkExportController {
  constructor(private readonly exports: ParkExportService) {}

  @StaffOnly()
  @Get('parks.xlsx')
  async parks(@CurrentActor() actor: Actor, @Query() filter: ParkFilter, @Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
