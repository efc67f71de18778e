import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../http/app-error.filter.js';
import { sendXlsx } from '../xlsx/list-export.js';
import { UserExportQuery } from './dto/user-export.query.js';
import { Role } from './role.enum.js';
import { UserExportService } from './user-export.service.js';

/** The user list as an .xlsx download, for the list's filter in the query string. Admins only, as the list. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class UserExportController {
  constructor(private readonly exports: UserExportService) {}

  @Roles(Role.ADMIN)
  @Get('users.xlsx')
  async users(
    @CurrentActor() actor: Actor,
    @Query() filter: UserExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, filter));
  }
}
