import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../http/app-error.filter.js';
import { Role } from '../users/role.enum.js';
import { sendXlsx } from '../xlsx/list-export.js';
import { AuditExportService } from './audit-export.service.js';
import { AuditExportQuery } from './dto/audit-export.query.js';

/** The audit log as an .xlsx download, for the page's filter in the query string. Admins only, as the page. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class AuditExportController {
  constructor(private readonly exports: AuditExportService) {}

  @Roles(Role.ADMIN)
  @Get('audit.xlsx')
  async audit(
    @CurrentActor() actor: Actor,
    @Query() filter: AuditExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
