import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { MonthRange } from './lead-kpi-period.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import type { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';

const SHANGHAI = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')`;
const MONTH = (column: string) => `date_trunc('month', ${SHANGHAI(column)})::date`;
const OPERATING_OR_LATER = [LeadStage.OPERATING, LeadStage.AFTERCARE];

/**
 * Lays one grouped query (`month`, then its numbers) on every month of the range with
 * generate_series, so a month without data answers zeros. Returns month (YYYY-MM) → value, one map
 * per value column.
 */
async function onSeries<C extends string>(
  dataSource: DataSource,
  grouped: SelectQueryBuilder<Lead>,
  range: MonthRange,
  columns: readonly C[],
): Promise<Record<C, Map<string, number>>> {
  const query = dataSource
    .createQueryBuilder()
    .select(`to_char(m.month, 'YYYY-MM')`, 'month')
    .from(`(SELECT generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month')::date AS month)`, 'm')
    .leftJoin(`(${grouped.getQuery()})`, 'x', 'x.month = m.month')
    .setParameters({ ...grouped.getParameters(), first: range.first, last: range.last })
    .orderBy('m.month');
  for (const column of columns) query.addSelect(`coalesce(x."${column}", 0)`, column);
  const rows: Record<string, string | number>[] = await query.getRawMany();
  const maps = Object.fromEntries(columns.map((c) => [c, new Map<string, number>()])) as Record<C, Map<string, number>>;
  for (const row of rows) for (const c of columns) maps[c].set(String(row.month), Number(row[c]));
  return maps;
}

/** `column` (a timestamptz) falls in the range's months, Beijing time. */
const inRange = (column: string) =>
  `${SHANGHAI(column)} >= CAST(:first AS timestamp) AND ${SHANGHAI(column)} < CAST(:last AS timestamp) + interval '1 month'`;

/** Leads created per month. */
export function newLeadsPerMonth(dataSource: DataSource, leads: SelectQueryBuilder<Lead>, range: MonthRange) {
  const grouped = leads
    .select(MONTH('l."createdAt"'), 'month')
    .addSelect('count(*)::int', 'newLeads')
    .andWhere(inRange('l."createdAt"'))
    .setParameters({ first: range.first, last: range.last })
    .groupBy(MONTH('l."createdAt"'));
  return onSeries(dataSource, grouped, range, ['newLeads'] as const);
}

/**
 * Per month, the leads that first reached one of `stages` then (from the stage history: a lead
 * may skip a stage, and one reopened after LOST counts once), with the sum of their contracted
 * investment.
 */
function firstReachedPerMonth(
  dataSource: DataSource,
  leads: SelectQueryBuilder<Lead>,
  range: MonthRange,
  stages: readonly LeadStage[],
) {
  const grouped = leads
    .innerJoin(
      (history) =>
        history
          .select('c."leadId"', 'leadId')
          .addSelect('min(c."at")', 'at')
          .from(LeadStageChange, 'c')
          .where('c."to" IN (:...reached)')
          .groupBy('c."leadId"'),
      'r',
      'r."leadId" = l.id',
    )
    .select(MONTH('r.at'), 'month')
    .addSelect('count(*)::int', 'n')
    .addSelect('coalesce(sum(l."contractedInvestment"), 0)', 'money')
    .andWhere(inRange('r.at'))
    .setParameters({ reached: stages, first: range.first, last: range.last })
    .groupBy(MONTH('r.at'));
  return onSeries(dataSource, grouped, range, ['n', 'money'] as const);
}

export const signedPerMonth = (dataSource: DataSource, leads: SelectQueryBuilder<Lead>, range: MonthRange) =>
  firstReachedPerMonth(dataSource, leads, range, LANDED_STAGES);

export const landedPerMonth = (dataSource: DataSource, leads: SelectQueryBuilder<Lead>, range: MonthRange) =>
  firstReachedPerMonth(dataSource, leads, range, OPERATING_OR_LATER);

/** Inbound enquiries per month of their deadline, answered after it or still unanswered past it. */
export function lateEnquiriesPerMonth(dataSource: DataSource, leads: SelectQueryBuilder<Lead>, range: MonthRange) {
  const grouped = leads
    .select(MONTH('l."responseDueAt"'), 'month')
    .addSelect('count(*)::int', 'late')
    .andWhere(
      '(l."firstResponseAt" > l."responseDueAt" OR (l."firstResponseAt" IS NULL AND l."responseDueAt" < now()))',
    )
    .andWhere(inRange('l."responseDueAt"'))
    .setParameters({ first: range.first, last: range.last })
    .groupBy(MONTH('l."responseDueAt"'));
  return onSeries(dataSource, grouped, range, ['late'] as const);
}
