import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AppErrorHttpFilter } from '../../core/http/app-error.filter.js';
import { QualifierFilterArgs } from './dto/qualifier-filter.args.js';
import { QualifierExportService } from './qualifier-export.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    const file = await this.exports.open(actor, id, filter);
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
