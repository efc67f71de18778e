import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../../core/xlsx/list-export.js';
import { EnterpriseFilter } from './enterprises.args.js';

/** The query string of `GET /exports/enterprises.xlsx`: the `enterprises` query's filter, same rules. */
export class EnterpriseExportQuery extends EnterpriseFilter {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override sample?: boolean = undefined;
}
