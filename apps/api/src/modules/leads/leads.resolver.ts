import { Args, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { UsersService } from '../../core/users/users.service.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import type { NoArgs } from '../../core/graphql/field-resolver.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import {
  ALL_COLUMNS,
  nodeFields,
  selectedColumns,
  selectsOnly,
  selectsTotalCount,
} from '../../core/graphql/selected-columns.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { localize } from '#matching';
import { ScoreComponentType } from '../park-matching/park-match.type.js';
import { Park } from '../parks/park.entity.js';
import { PARK_NAME_FIELDS } from '../parks/park-names.js';
import { ParksService } from '../parks/parks.service.js';
import { ActivityInput } from './dto/activity.input.js';
import { LeadConnectionArgs, LeadFilter } from './dto/lead-connection.args.js';
import { CreateLeadInput, UpdateLeadInput } from './dto/lead.input.js';
import { chinaToday } from './lead-aftercare.service.js';
import { LeadActivity } from './lead-activity.entity.js';
import { LeadConnection } from './lead-connection.type.js';
import { LeadDuplicates } from './lead-duplicates.service.js';
import { LeadKpisService } from './lead-kpis.service.js';
import { LeadMergeService } from './lead-merge.service.js';
import { LeadPipelineService } from './lead-pipeline.service.js';
import { PipelineSummary } from './pipeline-summary.type.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';
import {
  LEAD_LABEL,
  LeadsService,
  PAGE_LEAD_COMPUTED,
  PRESET_AFTERCARE_OVERDUE,
  PRESET_OWNER_NAME,
} from './leads.service.js';

/** Leads are the bureau's: every operation is staff only (an enterprise is refused before any read). */
/** The columns the computed fields of Lead read (the list loads only what its query needs). */
const LEAD_FIELD_NEEDS: Record<string, readonly string[]> = {
  overdue: ['nextActionDate', 'stage'],
  enquiryOverdue: ['responseDueAt', 'firstResponseAt'],
  scoreComponents: ['scoreComponents'],
  ownerName: ['ownerId'],
  targetPark: ['targetParkId'],
  enterprise: ['enterpriseId'],
  // LeadAftercareResolver: the commitments read the contract fields of the whole lead.
  commitments: ALL_COLUMNS,
};

/** The Lead field each of PAGE_LEAD_COMPUTED's values answers. */
const PAGE_COMPUTED_FIELD: Record<string, string> = {
  [PRESET_OWNER_NAME]: 'ownerName',
  [PRESET_AFTERCARE_OVERDUE]: 'aftercareOverdue',
};

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly users: UsersService,
    private readonly pipeline: LeadPipelineService,
    private readonly kpis: LeadKpisService,
    private readonly merger: LeadMergeService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
  ) {}

  @StaffOnly()
  @Query(() => LeadConnection, { description: 'Newest first.' })
  leads(
    @CurrentActor() actor: Actor,
    @Args() args: LeadConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeadConnection> {
    const columns = selectedColumns(info, this.service.metadata, LEAD_FIELD_NEEDS);
    // Owner names and the aftercare flag in the page's own statement (a kanban column: 2 statements, not 4).
    const fields = nodeFields(info);
    const computed = Object.fromEntries(
      Object.entries(PAGE_LEAD_COMPUTED).filter(([key]) => fields.has(PAGE_COMPUTED_FIELD[key])),
    );
    // …and the column's count too when asked (1 statement).
    return this.service.list(
      actor,
      args.filter ?? {},
      args.first,
      args.after,
      columns,
      computed,
      selectsTotalCount(info),
    );
  }

  @StaffOnly()
  @Query(() => Lead)
  lead(@CurrentActor() actor: Actor, @IdArg('id', LEAD_LABEL) id: string): Promise<Lead> {
    return this.service.get(actor, id);
  }

  @StaffOnly()
  @Query(() => PipelineSummary, { description: 'Per stage now, conversion between stages, time in each (filterable).' })
  pipelineSummary(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter?: LeadFilter | null,
    @Args('includeSample', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Count sample (demo) leads too.',
    })
    includeSample?: boolean,
  ): Promise<PipelineSummary> {
    return this.kpis.pipelineSummary(actor, filter ?? {}, includeSample ?? false);
  }

  @StaffOnly()
  @Query(() => LeadDuplicates, {
    description: 'Leads and enterprises that may be this company (same USCC or similar name).',
  })
  leadDuplicates(
    @CurrentActor() actor: Actor,
    @Args('companyName') companyName: string,
    @Args('uscc', { type: () => String, nullable: true }) uscc?: string | null,
  ): Promise<LeadDuplicates> {
    return this.service.findDuplicates(actor, companyName, uscc ?? null);
  }

  @StaffOnly()
  @Mutation(() => Lead, {
    description:
      'A likely duplicate is CONFLICT with `extensions.duplicates { leads enterprises }`, unless allowDuplicate.',
  })
  createLead(@CurrentActor() actor: Actor, @Args('input') input: CreateLeadInput): Promise<Lead> {
    return this.service.create(actor, input);
  }

  @StaffOnly()
  @Mutation(() => Lead)
  updateLead(
    @CurrentActor() actor: Actor,
    @IdArg('id', LEAD_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateLeadInput,
  ): Promise<Lead> {
    return this.service.update(actor, id, version, input);
  }

  @StaffOnly()
  @Mutation(() => Lead, {
    description: 'A move the stage rules refuse is BAD_USER_INPUT naming each missing field (`extensions.fields`).',
  })
  moveLeadStage(
    @CurrentActor() actor: Actor,
    @IdArg('id', LEAD_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('stage', { type: () => LeadStage }) stage: LeadStage,
    @Args('note', { type: () => String, nullable: true, description: 'Required for LOST (the reason).' })
    note?: string | null,
  ): Promise<Lead> {
    return this.pipeline.moveStage(actor, id, version, stage, note);
  }

  @StaffOnly()
  @Mutation(() => Lead, {
    description: 'Merge a duplicate into the kept lead: every activity and history entry is kept.',
  })
  mergeLeads(
    @CurrentActor() actor: Actor,
    @IdArg('keepId', LEAD_LABEL) keepId: string,
    @Args('keepVersion', { type: () => Int }) keepVersion: number,
    @IdArg('mergeId', LEAD_LABEL) mergeId: string,
    @Args('mergeVersion', { type: () => Int }) mergeVersion: number,
  ): Promise<Lead> {
    return this.merger.merge(actor, keepId, keepVersion, mergeId, mergeVersion);
  }

  @StaffOnly()
  @Mutation(() => LeadActivity)
  logLeadActivity(
    @CurrentActor() actor: Actor,
    @IdArg('leadId', LEAD_LABEL) leadId: string,
    @Args('input') input: ActivityInput,
  ): Promise<LeadActivity> {
    return this.pipeline.logActivity(actor, leadId, input);
  }

  @ResolveField(() => Boolean, { description: 'The next action date has passed (and the lead is not lost).' })
  overdue(lead: Lead): boolean {
    // No parameter decorators on list-row fields: see core/graphql/field-resolver.ts.
    if (!lead.nextActionDate || lead.stage === LeadStage.LOST) return false;
    return lead.nextActionDate < chinaToday();
  }

  @ResolveField(() => Boolean, { description: 'An inbound enquiry still unanswered past its deadline.' })
  enquiryOverdue(lead: Lead): boolean {
    return !!lead.responseDueAt && !lead.firstResponseAt && lead.responseDueAt.getTime() < Date.now();
  }

  @ResolveField(() => [ScoreComponentType], {
    description: 'The parts of the priority score, in the caller’s language.',
  })
  scoreComponents(lead: Lead, _args: NoArgs, { actor }: GraphqlContext): ScoreComponentType[] {
    const locale = (actor as Actor).locale;
    return (lead.scoreComponents ?? []).map((c) => ({
      ...c,
      label: localize(c.label, locale),
      detail: localize(c.detail, locale),
    }));
  }

  @ResolveField(() => String, { nullable: true })
  ownerName(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<string | null> | string | null {
    // Read with the page of leads (PAGE_LEAD_COMPUTED), or through the loader.
    if (PRESET_OWNER_NAME in lead) return (lead as unknown as Record<string, string | null>)[PRESET_OWNER_NAME];
    return lead.ownerId ? this.userNames(loaders).load(lead.ownerId) : null;
  }

  @ResolveField(() => Park, { nullable: true })
  targetPark(
    lead: Lead,
    _args: NoArgs,
    { loaders }: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<Park | null> | Park | null {
    if (!lead.targetParkId) return null;
    // Only its name: from the per-process cache of parks' names, no statement.
    if (selectsOnly(info, PARK_NAME_FIELDS)) return this.parks.nameById(lead.targetParkId);
    return loaders
      .get<string, Park | null>('park.byId', async (ids) => byKeys(ids, await this.parks.findByIds(ids), (p) => p.id))
      .load(lead.targetParkId);
  }

  @ResolveField(() => Enterprise, { nullable: true })
  enterprise(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<Enterprise | null> | null {
    if (!lead.enterpriseId) return null;
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(lead.enterpriseId);
  }

  @ResolveField(() => [LeadStageChange], { description: 'Stage moves, oldest first.' })
  history(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<LeadStageChange[]> {
    return loaders.get<string, LeadStageChange[]>('lead.history', (ids) => this.service.histories(ids)).load(lead.id);
  }

  @ResolveField(() => [LeadActivity], { description: 'Newest first.' })
  activities(lead: Lead, _args: NoArgs, { loaders }: GraphqlContext): Promise<LeadActivity[]> {
    return loaders.get<string, LeadActivity[]>('lead.activities', (ids) => this.service.activities(ids)).load(lead.id);
  }

  private userNames(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('lead.userName', (ids) => this.users.namesOf(ids));
  }
}

/** Who moved a lead or logged an activity, by name. */
@Resolver(() => LeadStageChange)
export class LeadStageChangeResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String, { nullable: true })
  actorName(change: LeadStageChange, _args: NoArgs, { loaders }: GraphqlContext): Promise<string | null> | null {
    return change.actorId
      ? loaders.get<string, string | null>('lead.userName', (ids) => this.users.namesOf(ids)).load(change.actorId)
      : null;
  }
}

@Resolver(() => LeadActivity)
export class LeadActivityResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String, { nullable: true })
  actorName(activity: LeadActivity, _args: NoArgs, { loaders }: GraphqlContext): Promise<string | null> | null {
    return activity.actorId
      ? loaders.get<string, string | null>('lead.userName', (ids) => this.users.namesOf(ids)).load(activity.actorId)
      : null;
  }
}
