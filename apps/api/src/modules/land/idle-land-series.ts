import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Park } from '../parks/park.entity.js';

@ObjectType({ description: 'A park’s land at the end of a month (the current month: today).' })
export class IdleLandPoint {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Float, { description: 'Idle land (亩): plots idle or under recovery.' })
  idleMu: number;

  @Field(() => Float, { description: 'Land recovered so far (亩): plots recovered or since reassigned.' })
  recoveredMu: number;
}

@ObjectType({ description: 'Idle land of one park over time, from its plots’ history.' })
export class IdleLandSeries {
  parkId: string;

  @Field(() => Park)
  park: Park;

  @Field(() => [IdleLandPoint], { description: 'Oldest month first, one point a month.' })
  points: IdleLandPoint[];
}

/** One row of the series query: a park's idle and recovered area in a month. */
export interface SeriesRow {
  parkId: string;
  month: string;
  idle: string | number;
  recovered: string | number;
}

/** The months of the series, oldest first, ending with the current month (YYYY-MM). */
export function seriesMonths(months: number, now = new Date()): string[] {
  const list: string[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    list.push(d.toISOString().slice(0, 7));
  }
  return list;
}

/** Rows grouped per park, each with a point for every month (0 where the park had no plot yet). */
export function toSeries(rows: readonly SeriesRow[], months: readonly string[]): Map<string, IdleLandPoint[]> {
  const series = new Map<string, IdleLandPoint[]>();
  for (const row of rows) {
    if (!series.has(row.parkId)) {
      series.set(
        row.parkId,
        months.map((month) => ({ month, idleMu: 0, recoveredMu: 0 })),
      );
    }
    const point = series.get(row.parkId)!.find((p) => p.month === row.month);
    if (point) {
      point.idleMu = round(Number(row.idle));
      point.recoveredMu = round(Number(row.recovered));
    }
  }
  return series;
}

const round = (mu: number) => Math.round(mu * 1e4) / 1e4;
