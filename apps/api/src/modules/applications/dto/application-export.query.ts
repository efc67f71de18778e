import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../../core/xlsx/list-export.js';
import { ApplicationFilter } from './application-connection.args.js';

/** The query string of `GET /exports/applications.xlsx`: the `applications` query's filter, same rules. */
export class ApplicationExportQuery extends ApplicationFilter {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override open?: boolean = undefined;
}
