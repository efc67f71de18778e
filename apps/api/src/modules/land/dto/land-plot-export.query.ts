import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { queryBoolean } from '../../../core/xlsx/list-export.js';
import { LandPlotStatus } from '../land-plot.enums.js';
import { LandPlotFilter } from './land-plot.input.js';

/** A comma-separated list of a URL query as an array (the export button joins arrays with commas). */
const queryList = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.split(',') : value);

/** The query string of `GET /exports/land-plots.xlsx`: the `landPlots` query's filter, same rules. */
export class LandPlotExportQuery extends LandPlotFilter {
  @IsOptional()
  @Transform(queryList)
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(LandPlotStatus, { each: true })
  override statuses?: LandPlotStatus[] = undefined;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override recovered?: boolean = undefined;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  override sample?: boolean = undefined;
}
