import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { LeadFilter } from '../../leads/dto/lead-connection.args.js';

/** 'true' / 'false' of a URL query as booleans. */
const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * The query string of `GET /exports/leads.xlsx`: the fields of the `leads` query's `LeadFilter`
 * (`?stage=NEGOTIATING&search=…&overdue=true`), checked by the same rules.
 */
export class LeadExportQuery extends LeadFilter {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override overdue?: boolean | null = undefined;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override enquiryOverdue?: boolean | null = undefined;
}
