import { Transform } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';
import { queryDate } from '../../xlsx/list-export.js';
import { AuditLogFilter } from './audit-log.args.js';

/** The query string of `GET /exports/audit.xlsx`: the `auditLog` query's filter (`from`/`to` ISO-8601). */
export class AuditExportQuery extends AuditLogFilter {
  @IsOptional()
  @Transform(queryDate)
  @IsDate()
  override from?: Date = undefined;

  @IsOptional()
  @Transform(queryDate)
  @IsDate()
  override to?: Date = undefined;
}
