import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../xlsx/list-export.js';
import { UserFilter } from './user-admin.input.js';

/** The query string of `GET /exports/users.xlsx`: the `users` query's filter, same rules. */
export class UserExportQuery extends UserFilter {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override active?: boolean = undefined;
}
