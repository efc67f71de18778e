import { Args, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import type { NoArgs } from '../../core/graphql/field-resolver.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { UsersService } from '../../core/users/users.service.js';
import {
  CompleteAftercareVisitInput,
  LeadActualInput,
  LeadAftercareFlagsInput,
  ScheduleAftercareVisitInput,
} from './dto/aftercare.input.js';
import { AftercareVisitStatus, LeadAftercareVisit } from './lead-aftercare-visit.entity.js';
import { AFTERCARE_VISIT_LABEL, chinaToday, LeadAftercareService } from './lead-aftercare.service.js';
import { LEAD_ACTUAL_LABEL, LeadCommitmentsService } from './lead-commitments.service.js';
import { LeadCommitments } from './lead-commitments.type.js';
import { Lead } from './lead.entity.js';
import { LEAD_LABEL, PRESET_AFTERCARE_OVERDUE } from './leads.service.js';

const isOverdue = (visit: LeadAftercareVisit) =>
  visit.status === AftercareVisitStatus.PLANNED && visit.dueOn < chinaToday();

/** Commitments vs actuals and aftercare of landed projects: staff only, like every lead operation. */
@Resolver(() => Lead)
export class LeadAftercareResolver {
  constructor(
    private readonly actuals: LeadCommitmentsService,
    private readonly aftercare: LeadAftercareService,
  ) {}

  @StaffOnly()
  @Mutation(() => Lead, {
    description:
      'Records or corrects one year’s actuals (到资, hires, tax paid) of a lead SIGNED or beyond. `version` is ' +
      'that year’s row version: left out for a new year, required to correct one (CONFLICT when stale).',
  })
  recordLeadActual(
    @CurrentActor() actor: Actor,
    @IdArg('leadId', LEAD_LABEL) leadId: string,
    @Args('input') input: LeadActualInput,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<Lead> {
    return this.actuals.recordActual(actor, leadId, input, version ?? null);
  }

  @StaffOnly()
  @Mutation(() => Lead, { description: 'Removes a year’s actuals recorded by mistake.' })
  deleteLeadActual(
    @CurrentActor() actor: Actor,
    @IdArg('id', LEAD_ACTUAL_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Lead> {
    return this.actuals.deleteActual(actor, id, version);
  }

  @StaffOnly()
  @Mutation(() => Lead, { description: '扩产意向 and 经营风险 (a reason is required while at risk).' })
  setLeadAftercareFlags(
    @CurrentActor() actor: Actor,
    @IdArg('id', LEAD_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: LeadAftercareFlagsInput,
  ): Promise<Lead> {
    return this.aftercare.setFlags(actor, id, version, input);
  }

  @StaffOnly()
  @Mutation(() => LeadAftercareVisit, { description: 'For an OPERATING or AFTERCARE lead with no visit planned.' })
  scheduleAftercareVisit(
    @CurrentActor() actor: Actor,
    @IdArg('leadId', LEAD_LABEL) leadId: string,
    @Args('input') input: ScheduleAftercareVisitInput,
  ): Promise<LeadAftercareVisit> {
    return this.aftercare.schedule(actor, leadId, input);
  }

  @StaffOnly()
  @Mutation(() => LeadAftercareVisit)
  rescheduleAftercareVisit(
    @CurrentActor() actor: Actor,
    @IdArg('id', AFTERCARE_VISIT_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ScheduleAftercareVisitInput,
  ): Promise<LeadAftercareVisit> {
    return this.aftercare.reschedule(actor, id, version, input);
  }

  @StaffOnly()
  @Mutation(() => LeadAftercareVisit, { description: 'Done, with what it found; the next visit is scheduled.' })
  completeAftercareVisit(
    @CurrentActor() actor: Actor,
    @IdArg('id', AFTERCARE_VISIT_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: CompleteAftercareVisitInput,
  ): Promise<LeadAftercareVisit> {
    return this.aftercare.complete(actor, id, version, input);
  }

  @StaffOnly()
  @Mutation(() => LeadAftercareVisit)
  cancelAftercareVisit(
    @CurrentActor() actor: Actor,
    @IdArg('id', AFTERCARE_VISIT_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<LeadAftercareVisit> {
    return this.aftercare.cancel(actor, id, version, reason);
  }

  @ResolveField(() => LeadCommitments, { description: '承诺与实绩: the contract against the recorded actuals.' })
  commitments(lead: Lead, _args: NoArgs, { actor, loaders }: GraphqlContext): Promise<LeadCommitments> {
    // No parameter decorators on list-row fields: see core/graphql/field-resolver.ts.
    return loaders
      .get<Lead, LeadCommitments>('lead.commitments', (leads) => this.actuals.commitmentsOf(actor as Actor, leads))
      .load(lead);
  }

  @ResolveField(() => [LeadAftercareVisit], {
    description: 'Aftercare visits: the planned one first, then the latest.',
  })
  aftercareVisits(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<LeadAftercareVisit[]> {
    return this.visits(loaders).load(lead.id);
  }

  @ResolveField(() => Boolean, { description: 'The planned aftercare visit is past its due date.' })
  aftercareOverdue(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<boolean> | boolean {
    const preset = (lead as unknown as Record<string, unknown>)[PRESET_AFTERCARE_OVERDUE];
    if (typeof preset === 'boolean') return preset; // read with the page of leads (no promise per row)
    return this.visits(loaders)
      .load(lead.id)
      .then((visits) => visits.some(isOverdue));
  }

  private visits(loaders: RequestLoaders) {
    return loaders.get<string, LeadAftercareVisit[]>('lead.aftercareVisits', (ids) => this.aftercare.visitsOf(ids));
  }
}

@Resolver(() => LeadAftercareVisit)
export class LeadAftercareVisitResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => Boolean, { description: 'Planned and past its due date (China time).' })
  overdue(visit: LeadAftercareVisit): boolean {
    return isOverdue(visit);
  }

  @ResolveField(() => String, { nullable: true })
  assigneeName(visit: LeadAftercareVisit, _args: NoArgs, { loaders }: GraphqlContext): Promise<string | null> | null {
    return visit.assigneeId ? this.names(loaders).load(visit.assigneeId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  closedByName(visit: LeadAftercareVisit, _args: NoArgs, { loaders }: GraphqlContext): Promise<string | null> | null {
    return visit.closedById ? this.names(loaders).load(visit.closedById) : null;
  }

  private names(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('lead.userName', (ids) => this.users.namesOf(ids));
  }
}
