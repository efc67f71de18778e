import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { ParksService } from '../parks/parks.service.js';
import type { IdleLandSeriesArgs } from './dto/land-plot.input.js';
import { IdleLandSeries, seriesMonths, toSeries, type SeriesRow } from './idle-land-series.js';
import { today } from './land-dates.js';
import { IDLE_STATUSES } from './land-plot-status.js';
import { LandPlotStatus } from './land-plot.enums.js';

/**
 * Idle land per park over time, from the plots' history: at the end of each month (today for the
 * current one), the last step of each plot on or before that date says its park, status and area.
 */
@Injectable()
export class IdleLandSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parks: ParksService,
  ) {}

  async series(actor: Actor, args: IdleLandSeriesArgs): Promise<IdleLandSeries[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const months = seriesMonths(args.months);
    const rows: SeriesRow[] = await this.dataSource.query(
      `WITH months AS (
         SELECT to_char(m, 'YYYY-MM') AS month,
                LEAST((m + interval '1 month' - interval '1 day')::date, $5::date) AS asof
           FROM generate_series($1::date, $6::date, interval '1 month') m
       ), latest AS (
         SELECT DISTINCT ON (mo.month, c."plotId") mo.month, c."parkId", c."toStatus", c."areaMu"
           FROM months mo JOIN land_plot_changes c ON c."effectiveOn" <= mo.asof
          ORDER BY mo.month, c."plotId", c."effectiveOn" DESC, c.seq DESC
       )
       SELECT "parkId", month,
              COALESCE(SUM("areaMu") FILTER (WHERE "toStatus" = ANY($2)), 0) AS idle,
              COALESCE(SUM("areaMu") FILTER (WHERE "toStatus" = ANY($3)), 0) AS recovered
         FROM latest
        WHERE $4::uuid IS NULL OR "parkId" = $4::uuid
        GROUP BY "parkId", month`,
      [
        `${months[0]}-01`,
        [...IDLE_STATUSES],
        [LandPlotStatus.RECOVERED, LandPlotStatus.REASSIGNED],
        args.parkId ?? null,
        today(),
        `${months.at(-1)}-01`,
      ],
    );
    const byPark = toSeries(rows, months);
    const parks = await this.parks.findByIds([...byPark.keys()]);
    return parks.map((park) => ({ parkId: park.id, park, points: byPark.get(park.id)! }));
  }
}
