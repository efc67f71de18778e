import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { localize } from '#matching';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { UsersService } from '../../core/users/users.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { LeadFilter } from './dto/lead-connection.args.js';
import { LeadDimension, PeriodBasis, type PeriodInput } from './dto/lead-kpi.args.js';
import { breakdownRows, isPeriodDimension, type RawBreakdownRow } from './lead-breakdown.query.js';
import type { LeadBreakdown, LeadBreakdownRow } from './lead-breakdown.type.js';
import { industryLabel, periodLabel, SOURCE_LABELS, UNSET_LABELS } from './lead-kpi-labels.js';
import { onMonths, parsePeriod, trendMonths, type DayRange } from './lead-kpi-period.js';
import type { LeadTrendMonth } from './lead-trend.type.js';
import { landedPerMonth, lateEnquiriesPerMonth, newLeadsPerMonth, signedPerMonth } from './lead-trend.query.js';
import { PIPELINE } from './lead-stage.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';
import { applyLeadFilter, TODAY_SQL } from './leads.service.js';
import type { PipelineSummary, StageSummary } from './pipeline-summary.type.js';

/** SQL of a stage's position in the pipeline (LOST: -1). */
const POSITION_SQL = (column: string) =>
  `CASE ${column} ${PIPELINE.map((stage, i) => `WHEN '${stage}' THEN ${i}`).join(' ')} ELSE -1 END`;

/**
 * Which leads a KPI reads: the filter's, sample (demo) leads only when asked, and within the
 * period when one is given.
 */
export interface KpiScope {
  filter?: LeadFilter;
  includeSample?: boolean;
  period?: DayRange | null;
}

/** The pipeline's KPIs, each a grouped query over the filtered leads (no row is read into memory). */
@Injectable()
export class LeadKpisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parks: ParksService,
    private readonly users: UsersService,
  ) {}

  /**
   * The filtered leads grouped by one dimension (one grouped SQL query), each group labelled in the
   * actor's language (one more query for park or owner names), with the total of the groups.
   */
  async breakdown(
    actor: Actor,
    dimension: LeadDimension,
    scope: KpiScope,
    periodInput?: PeriodInput | null,
  ): Promise<LeadBreakdown> {
    const { range, faults } = parsePeriod(periodInput);
    if (faults.length) throw AppError.faults(faults);
    const basis = range.basis === 'SIGNED' ? PeriodBasis.SIGNED : PeriodBasis.CREATED;
    const period = range.from || range.to ? range : null;
    const raw = await breakdownRows(this.filtered({ ...scope, period }), dimension, basis);
    const labels = await this.labels(
      actor,
      dimension,
      raw.map((r) => r.key).filter((k): k is string => k !== null),
    );
    const rows = raw.map((r) =>
      toRow(r, r.key === null ? localize(UNSET_LABELS[dimension], actor.locale) : labels(r.key)),
    );
    return { dimension, basis, rows, total: totalOf(rows, actor.locale === 'en-US' ? 'Total' : '合计') };
  }

  /** Per month: new leads, leads signed and their contracted investment, projects landed, enquiries answered late. */
  async trend(_actor: Actor, scope: KpiScope, periodInput?: PeriodInput | null): Promise<LeadTrendMonth[]> {
    const parsed = parsePeriod(periodInput);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const { months, faults } = parsed.faults.length
      ? { months: null, faults: parsed.faults }
      : trendMonths(parsed.range, today);
    if (!months) throw AppError.faults(faults);
    const leads = () => this.filtered({ ...scope, period: null });
    const created = await newLeadsPerMonth(this.dataSource, leads(), months);
    const signed = await signedPerMonth(this.dataSource, leads(), months);
    const landed = await landedPerMonth(this.dataSource, leads(), months);
    const late = await lateEnquiriesPerMonth(this.dataSource, leads(), months);
    return onMonths(
      months.months,
      {
        newLeads: created.newLeads,
        signed: signed.n,
        contractedInvestment: signed.money,
        landed: landed.n,
        enquiriesLate: late.late,
      },
      ['newLeads', 'signed', 'contractedInvestment', 'landed', 'enquiriesLate'] as const,
    );
  }

  /** Names for the groups' keys in the actor's language. */
  private async labels(actor: Actor, dimension: LeadDimension, keys: string[]): Promise<(key: string) => string> {
    const pick = (zh: string, en: string) => localize({ zh, en }, actor.locale);
    if (dimension === LeadDimension.INDUSTRY) return (key) => localize(industryLabel(key), actor.locale);
    if (dimension === LeadDimension.SOURCE) {
      return (key) => localize(SOURCE_LABELS[key as keyof typeof SOURCE_LABELS] ?? { zh: key, en: key }, actor.locale);
    }
    if (isPeriodDimension(dimension)) return (key) => localize(periodLabel(key), actor.locale);
    if (dimension === LeadDimension.PARK) {
      const parks = keys.length ? await this.parks.findByIds(keys) : [];
      return (key) => {
        const park = parks.find((p) => p.id === key);
        return park ? pick(park.name, park.nameEn) : key;
      };
    }
    const names = keys.length ? await this.users.namesOf(keys) : [];
    return (key) => names[keys.indexOf(key)] ?? key;
  }

  async pipelineSummary(_actor: Actor, filter: LeadFilter = {}, includeSample = false): Promise<PipelineSummary> {
    const scope = { filter, includeSample };
    const byStage: Record<string, string | number>[] = await this.filtered(scope)
      .select('l.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(l.plannedInvestment), 0)', 'plannedInvestment')
      .addSelect('coalesce(sum(l.contractedInvestment), 0)', 'contractedInvestment')
      .addSelect('coalesce(sum(coalesce(l.contractedJobs, l.jobs)), 0)::int', 'jobs')
      .addSelect('coalesce(sum(l.expectedAnnualTax), 0)', 'expectedAnnualTax')
      .addSelect(`count(*) FILTER (WHERE l.nextActionDate < ${TODAY_SQL})::int`, 'overdue')
      .groupBy('l.stage')
      .getRawMany();
    const days = await this.averageDays(scope);
    const stages: StageSummary[] = PIPELINE.map((stage) => {
      const row = byStage.find((r) => r.stage === stage);
      return {
        stage,
        count: Number(row?.count ?? 0),
        plannedInvestment: Number(row?.plannedInvestment ?? 0),
        contractedInvestment: Number(row?.contractedInvestment ?? 0),
        jobs: Number(row?.jobs ?? 0),
        expectedAnnualTax: Number(row?.expectedAnnualTax ?? 0),
        overdue: Number(row?.overdue ?? 0),
        averageDays: days.get(stage) ?? null,
      };
    });
    const reached = await this.reachedCounts(scope);
    const conversion = PIPELINE.slice(0, -1).map((from, i) => {
      const to = PIPELINE[i + 1]!;
      const reachedFrom = reached[i] ?? 0;
      const reachedTo = reached[i + 1] ?? 0;
      return { from, to, reachedFrom, reachedTo, rate: reachedFrom ? reachedTo / reachedFrom : null };
    });
    const lost = Number(byStage.find((r) => r.stage === LeadStage.LOST)?.count ?? 0);
    const overdueEnquiries = await this.filtered(scope)
      .andWhere('l.firstResponseAt IS NULL AND l.responseDueAt < now()')
      .getCount();
    return { stages, conversion, total: stages.reduce((sum, s) => sum + s.count, 0) + lost, lost, overdueEnquiries };
  }

  /** Per chain segment: projects signed or further, and leads still open (not lost, not yet signed). */
  async segmentCounts(includeSample = false): Promise<Map<string, { landed: number; open: number }>> {
    const rows: { segment: string; landed: number; open: number }[] = await this.filtered({ includeSample })
      .select('l.chainSegment', 'segment')
      .addSelect('count(*) FILTER (WHERE l.stage IN (:...landed))::int', 'landed')
      .addSelect('count(*) FILTER (WHERE l.stage NOT IN (:...landed) AND l.stage <> :lost)::int', 'open')
      .andWhere('l.chainSegment IS NOT NULL')
      .setParameters({ landed: LANDED_STAGES, lost: LeadStage.LOST })
      .groupBy('l.chainSegment')
      .getRawMany();
    return new Map(rows.map((r) => [r.segment, { landed: Number(r.landed), open: Number(r.open) }]));
  }

  /** How many leads ever stood at each pipeline position or further (a lead may skip a stage). */
  private async reachedCounts(scope: KpiScope): Promise<number[]> {
    const furthest = this.dataSource
      .createQueryBuilder()
      .select('c."leadId"', 'leadId')
      .addSelect(`max(${POSITION_SQL('c."to"')})`, 'position')
      .from(LeadStageChange, 'c')
      .where(`c."leadId" IN (${this.filtered(scope).select('l.id').getQuery()})`)
      .groupBy('c."leadId"');
    const rows: { position: number; n: number }[] = await this.dataSource
      .createQueryBuilder()
      .select('f.position', 'position')
      .addSelect('count(*)::int', 'n')
      .from(`(${furthest.getQuery()})`, 'f')
      .setParameters(this.filtered(scope).getParameters())
      .groupBy('f.position')
      .getRawMany();
    return PIPELINE.map((_, i) => rows.filter((r) => Number(r.position) >= i).reduce((sum, r) => sum + Number(r.n), 0));
  }

  /** Mean days between entering a stage and the next move, per stage, over the moves made. */
  private async averageDays(scope: KpiScope): Promise<Map<LeadStage, number>> {
    const spans = this.dataSource
      .createQueryBuilder()
      .select('c."to"', 'stage')
      .addSelect('extract(epoch FROM (lead(c.at) OVER (PARTITION BY c."leadId" ORDER BY c.at) - c.at)) / 86400', 'days')
      .from(LeadStageChange, 'c')
      .where(`c."leadId" IN (${this.filtered(scope).select('l.id').getQuery()})`);
    const rows: { stage: LeadStage; days: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('s.stage', 'stage')
      .addSelect('avg(s.days)', 'days')
      .from(`(${spans.getQuery()})`, 's')
      .where('s.days IS NOT NULL')
      .setParameters(this.filtered(scope).getParameters())
      .groupBy('s.stage')
      .getRawMany();
    return new Map(rows.map((r) => [r.stage, Math.round(Number(r.days) * 10) / 10]));
  }

  /** Real and sample leads, counted apart (the dashboard's sample switch starts on with only samples). */
  async sampleCounts(): Promise<{ real: number; sample: number }> {
    const row: { real: number; sample: number } | undefined = await this.dataSource
      .getRepository(Lead)
      .createQueryBuilder('l')
      .select('count(*) FILTER (WHERE NOT l.sample)::int', 'real')
      .addSelect('count(*) FILTER (WHERE l.sample)::int', 'sample')
      .getRawOne();
    return { real: Number(row?.real ?? 0), sample: Number(row?.sample ?? 0) };
  }

  /** The leads a KPI reads (a new query builder each call, alias `l`). */
  private filtered({ filter = {}, includeSample = false, period }: KpiScope): SelectQueryBuilder<Lead> {
    const query = this.dataSource.getRepository(Lead).createQueryBuilder('l');
    if (!includeSample) query.andWhere('l.sample = false');
    // the same filter as the list and the export, so a KPI always counts the leads the list shows
    applyLeadFilter(query, filter);
    if (period) this.withinPeriod(query, period);
    return query;
  }

  /** Creation days bound the instant in Beijing time (the index on createdAt serves it); signing days the date. */
  private withinPeriod(query: SelectQueryBuilder<Lead>, { from, to, basis }: DayRange): void {
    if (basis === 'SIGNED') {
      if (from) query.andWhere('l."signedOn" >= CAST(:periodFrom AS date)', { periodFrom: from });
      if (to) query.andWhere('l."signedOn" <= CAST(:periodTo AS date)', { periodTo: to });
      return;
    }
    if (from) {
      query.andWhere(`l."createdAt" >= CAST(:periodFrom AS timestamp) AT TIME ZONE 'Asia/Shanghai'`, {
        periodFrom: from,
      });
    }
    if (to) {
      query.andWhere(`l."createdAt" < (CAST(:periodTo AS timestamp) + interval '1 day') AT TIME ZONE 'Asia/Shanghai'`, {
        periodTo: to,
      });
    }
  }
}

const money = (value: string | number) => Number(value);

function toRow(raw: RawBreakdownRow, label: string): LeadBreakdownRow {
  const leads = Number(raw.leads);
  const signed = Number(raw.signed);
  return {
    key: raw.key,
    label,
    leads,
    open: Number(raw.open),
    signed,
    lost: Number(raw.lost),
    conversion: leads ? signed / leads : null,
    plannedInvestment: money(raw.plannedInvestment),
    contractedInvestment: money(raw.contractedInvestment),
    actualInvestment: money(raw.actualInvestment),
    plannedJobs: Number(raw.plannedJobs),
    contractedJobs: Number(raw.contractedJobs),
    actualHires: Number(raw.actualHires),
    expectedTax: money(raw.expectedTax),
    contractedTax: money(raw.contractedTax),
    actualTax: money(raw.actualTax),
  };
}

/** The groups summed: each lead is in exactly one group, so the sums of the sums are exact. */
function totalOf(rows: readonly LeadBreakdownRow[], label: string): LeadBreakdownRow {
  const sum = (key: keyof LeadBreakdownRow) => rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);
  const leads = sum('leads');
  const signed = sum('signed');
  return {
    key: null,
    label,
    leads,
    open: sum('open'),
    signed,
    lost: sum('lost'),
    conversion: leads ? signed / leads : null,
    plannedInvestment: sum('plannedInvestment'),
    contractedInvestment: sum('contractedInvestment'),
    actualInvestment: sum('actualInvestment'),
    plannedJobs: sum('plannedJobs'),
    contractedJobs: sum('contractedJobs'),
    actualHires: sum('actualHires'),
    expectedTax: sum('expectedTax'),
    contractedTax: sum('contractedTax'),
    actualTax: sum('actualTax'),
  };
}
