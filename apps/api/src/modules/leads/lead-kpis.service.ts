import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import type { LeadFilter } from './dto/lead-connection.args.js';
import { PIPELINE } from './lead-stage.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';
import { TODAY_SQL } from './leads.service.js';
import type { PipelineSummary, StageSummary } from './pipeline-summary.type.js';

/** SQL of a stage's position in the pipeline (LOST: -1). */
const POSITION_SQL = (column: string) =>
  `CASE ${column} ${PIPELINE.map((stage, i) => `WHEN '${stage}' THEN ${i}`).join(' ')} ELSE -1 END`;

/** The pipeline's KPIs, each a grouped query over the filtered leads (no row is read into memory). */
@Injectable()
export class LeadKpisService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async pipelineSummary(_actor: Actor, filter: LeadFilter = {}): Promise<PipelineSummary> {
    const byStage: Record<string, string | number>[] = await this.filtered(filter)
      .select('l.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(l.plannedInvestment), 0)', 'plannedInvestment')
      .addSelect('coalesce(sum(l.contractedInvestment), 0)', 'contractedInvestment')
      .addSelect('coalesce(sum(coalesce(l.contractedJobs, l.jobs)), 0)::int', 'jobs')
      .addSelect('coalesce(sum(l.expectedAnnualTax), 0)', 'expectedAnnualTax')
      .addSelect(`count(*) FILTER (WHERE l.nextActionDate < ${TODAY_SQL})::int`, 'overdue')
      .groupBy('l.stage')
      .getRawMany();
    const days = await this.averageDays(filter);
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
    const reached = await this.reachedCounts(filter);
    const conversion = PIPELINE.slice(0, -1).map((from, i) => {
      const to = PIPELINE[i + 1]!;
      const reachedFrom = reached[i] ?? 0;
      const reachedTo = reached[i + 1] ?? 0;
      return { from, to, reachedFrom, reachedTo, rate: reachedFrom ? reachedTo / reachedFrom : null };
    });
    const lost = Number(byStage.find((r) => r.stage === LeadStage.LOST)?.count ?? 0);
    const overdueEnquiries = await this.filtered(filter)
      .andWhere('l.firstResponseAt IS NULL AND l.responseDueAt < now()')
      .getCount();
    return { stages, conversion, total: stages.reduce((sum, s) => sum + s.count, 0) + lost, lost, overdueEnquiries };
  }

  /** Per chain segment: projects signed or further, and leads still open (not lost, not yet signed). */
  async segmentCounts(): Promise<Map<string, { landed: number; open: number }>> {
    const rows: { segment: string; landed: number; open: number }[] = await this.dataSource
      .getRepository(Lead)
      .createQueryBuilder('l')
      .select('l.chainSegment', 'segment')
      .addSelect('count(*) FILTER (WHERE l.stage IN (:...landed))::int', 'landed')
      .addSelect('count(*) FILTER (WHERE l.stage NOT IN (:...landed) AND l.stage <> :lost)::int', 'open')
      .where('l.chainSegment IS NOT NULL')
      .setParameters({ landed: LANDED_STAGES, lost: LeadStage.LOST })
      .groupBy('l.chainSegment')
      .getRawMany();
    return new Map(rows.map((r) => [r.segment, { landed: Number(r.landed), open: Number(r.open) }]));
  }

  /** How many leads ever stood at each pipeline position or further (a lead may skip a stage). */
  private async reachedCounts(filter: LeadFilter): Promise<number[]> {
    const furthest = this.dataSource
      .createQueryBuilder()
      .select('c."leadId"', 'leadId')
      .addSelect(`max(${POSITION_SQL('c."to"')})`, 'position')
      .from(LeadStageChange, 'c')
      .where(`c."leadId" IN (${this.filtered(filter).select('l.id').getQuery()})`)
      .groupBy('c."leadId"');
    const rows: { position: number; n: number }[] = await this.dataSource
      .createQueryBuilder()
      .select('f.position', 'position')
      .addSelect('count(*)::int', 'n')
      .from(`(${furthest.getQuery()})`, 'f')
      .setParameters(this.filtered(filter).getParameters())
      .groupBy('f.position')
      .getRawMany();
    return PIPELINE.map((_, i) => rows.filter((r) => Number(r.position) >= i).reduce((sum, r) => sum + Number(r.n), 0));
  }

  /** Mean days between entering a stage and the next move, per stage, over the moves made. */
  private async averageDays(filter: LeadFilter): Promise<Map<LeadStage, number>> {
    const spans = this.dataSource
      .createQueryBuilder()
      .select('c."to"', 'stage')
      .addSelect('extract(epoch FROM (lead(c.at) OVER (PARTITION BY c."leadId" ORDER BY c.at) - c.at)) / 86400', 'days')
      .from(LeadStageChange, 'c')
      .where(`c."leadId" IN (${this.filtered(filter).select('l.id').getQuery()})`);
    const rows: { stage: LeadStage; days: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('s.stage', 'stage')
      .addSelect('avg(s.days)', 'days')
      .from(`(${spans.getQuery()})`, 's')
      .where('s.days IS NOT NULL')
      .setParameters(this.filtered(filter).getParameters())
      .groupBy('s.stage')
      .getRawMany();
    return new Map(rows.map((r) => [r.stage, Math.round(Number(r.days) * 10) / 10]));
  }

  private filtered(filter: LeadFilter): SelectQueryBuilder<Lead> {
    const query = this.dataSource.getRepository(Lead).createQueryBuilder('l');
    if (filter.ownerId) query.andWhere('l.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.industryCode) query.andWhere('l.industryCode = :industry', { industry: filter.industryCode });
    if (filter.parkId) query.andWhere('l.targetParkId = :parkId', { parkId: filter.parkId });
    if (filter.source) query.andWhere('l.source = :source', { source: filter.source });
    return query;
  }
}
