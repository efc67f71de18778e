import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { PoliciesArgs } from './dto/policies.args.js';
import { PolicyExportService } from './policy-export.service.js';

/** The policy list as an .xlsx download, for the list's filter in the query string. Staff only. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class PolicyExportController {
  constructor(private readonly exports: PolicyExportService) {}

  @StaffOnly()
  @Get('policies.xlsx')
  async policies(
    @CurrentActor() actor: Actor,
    @Query() filter: PoliciesArgs,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
