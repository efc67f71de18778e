import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { sendXlsx } from '../../core/xlsx/list-export.js';
import { QualifierFilterArgs } from './dto/qualifier-filter.args.js';
import { QualifierExportService } from './qualifier-export.service.js';

/**
 * File downloads of the staff match lists (a binary: plain HTTP, not GraphQL). Authenticated by the
 * same `Authorization: Bearer` token; the query takes the filter arguments of `policyQualifiers`.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class QualifierExportController {
  constructor(private readonly exports: QualifierExportService) {}

  @StaffOnly()
  @Get('policies/:id/qualifiers.xlsx')
  async policyQualifiers(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() filter: QualifierFilterArgs,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendXlsx(reply, await this.exports.open(actor, id, filter));
  }
}
