import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { LeadFilter } from '../leads/dto/lead-connection.args.js';
import { LeadDimension, PeriodInput } from '../leads/dto/lead-kpi.args.js';
import { LeadBreakdown } from '../leads/lead-breakdown.type.js';
import { LeadKpisService } from '../leads/lead-kpis.service.js';
import { LeadTrendMonth } from '../leads/lead-trend.type.js';
import { DashboardService } from './dashboard.service.js';
import { Dashboard } from './dashboard.type.js';
import { PlanDashboardService } from './plan-dashboard.service.js';
import { PlanDashboard } from './plan-dashboard.type.js';

const includeSampleArg = {
  type: () => Boolean,
  nullable: true,
  defaultValue: false,
  description: 'Count sample (demo) leads and enterprises too.',
} as const;

/** The bureau's KPIs (staff only): the landing page, and the breakdowns and trends behind its charts. */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(
    private readonly service: DashboardService,
    private readonly kpis: LeadKpisService,
    private readonly plan: PlanDashboardService,
  ) {}

  @StaffOnly()
  @Query(() => PlanDashboard, {
    description:
      'The platform’s live figures beside the plan’s baseline and goals: enterprises by cluster and tier, ' +
      'incubation floor space in use, and enterprises added per month.',
  })
  planDashboard(
    @CurrentActor() actor: Actor,
    @Args('includeSample', includeSampleArg) includeSample: boolean,
  ): Promise<PlanDashboard> {
    return this.plan.planDashboard(actor, includeSample);
  }

  @StaffOnly()
  @Query(() => Dashboard, { description: 'The pipeline, the priority chains’ coverage, and what is overdue.' })
  dashboard(
    @CurrentActor() actor: Actor,
    @Args('includeSample', includeSampleArg) includeSample: boolean,
  ): Promise<Dashboard> {
    return this.service.dashboard(actor, includeSample);
  }

  @StaffOnly()
  @Query(() => LeadBreakdown, {
    description:
      'Planned vs contracted vs actual investment, jobs and tax, with lead counts and conversion, per cluster, ' +
      'target park, source, owner or period (one grouped query). The period bounds the creation date by default, ' +
      'or the signing date (`period.basis: SIGNED`).',
  })
  leadBreakdown(
    @CurrentActor() actor: Actor,
    @Args('dimension', { type: () => LeadDimension }) dimension: LeadDimension,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter: LeadFilter | null,
    @Args('period', { type: () => PeriodInput, nullable: true }) period: PeriodInput | null,
    @Args('includeSample', includeSampleArg) includeSample: boolean,
  ): Promise<LeadBreakdown> {
    return this.kpis.breakdown(actor, dimension, { filter: filter ?? {}, includeSample }, period);
  }

  @StaffOnly()
  @Query(() => [LeadTrendMonth], {
    description:
      'Per month (Beijing time): new leads, leads signed and their contracted investment, projects landed, enquiries ' +
      'answered late. The last 12 months by default, or the months of `period` (at most 60; its basis is not used: ' +
      'each figure reads its own date).',
  })
  leadTrend(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter: LeadFilter | null,
    @Args('period', { type: () => PeriodInput, nullable: true }) period: PeriodInput | null,
    @Args('includeSample', includeSampleArg) includeSample: boolean,
  ): Promise<LeadTrendMonth[]> {
    return this.kpis.trend(actor, { filter: filter ?? {}, includeSample }, period);
  }
}
