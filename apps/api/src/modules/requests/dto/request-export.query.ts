import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../../core/xlsx/list-export.js';
import { RequestFilter } from './request.input.js';

/** The query string of `GET /exports/requests.xlsx`: the `requests` query's filter, same rules. */
export class RequestExportQuery extends RequestFilter {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override overdue?: boolean | null = undefined;
}
