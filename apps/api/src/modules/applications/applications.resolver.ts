import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, Roles, StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { FilesService } from '../files/files.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Park } from '../parks/park.entity.js';
import { PARK_LABEL, ParksService } from '../parks/parks.service.js';
import { Role } from '../../core/users/role.enum.js';
import { ApplicationConnectionArgs } from './dto/application-connection.args.js';
import { ApplicationInput } from './dto/application.input.js';
import { PlacementApplicationConnection } from './application-connection.type.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { ApplicationDocumentRequirement } from './application-document.types.js';
import { ApplicationDocument, DOCUMENT_LABELS, documentChecklist, missingDocuments } from './application-documents.js';
import { APPLICATION_FILES } from './application-files.policy.js';
import { ApplicationKind, ApplicationStatus, Decision } from './application.enums.js';
import { ApplicationDecisions } from './application-decisions.service.js';
import { APPLICATION_LABEL } from './application-transitions.service.js';
import { ApplicationsService } from './applications.service.js';
import { PlacementApplication } from './placement-application.entity.js';

@Resolver(() => PlacementApplication)
export class ApplicationsResolver {
  constructor(
    private readonly service: ApplicationsService,
    private readonly decisions: ApplicationDecisions,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
    private readonly files: FilesService,
  ) {}

  @AnyRole()
  @Query(() => [ApplicationDocumentRequirement], {
    description: 'The documents an application of `kind` carries: the required ones first, then the optional ones.',
  })
  applicationDocuments(
    @Args('kind', { type: () => ApplicationKind }) kind: ApplicationKind,
  ): ApplicationDocumentRequirement[] {
    return documentChecklist(kind).map(({ document, required }) => ({
      document,
      required,
      name: DOCUMENT_LABELS[document].zh,
      nameEn: DOCUMENT_LABELS[document].en,
    }));
  }

  @AnyRole()
  @Query(() => PlacementApplicationConnection, {
    description: 'Newest first. Staff see every submitted application; an enterprise sees its own (drafts included).',
  })
  applications(
    @CurrentActor() actor: Actor,
    @Args() args: ApplicationConnectionArgs,
  ): Promise<PlacementApplicationConnection> {
    return this.service.list(actor, args.filter ?? {}, args.first, args.after);
  }

  @AnyRole()
  @Query(() => PlacementApplication, { description: "Another enterprise's application is NOT_FOUND." })
  application(@CurrentActor() actor: Actor, @IdArg('id', APPLICATION_LABEL) id: string): Promise<PlacementApplication> {
    return this.service.get(actor, id);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => PlacementApplication, { description: 'Apply for placement: SUBMITTED, or DRAFT with `draft: true`.' })
  submitApplication(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApplicationInput,
  ): Promise<PlacementApplication> {
    return this.service.submit(actor, input);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => PlacementApplication, { description: 'Rewrite a DRAFT; with `draft: false` it is submitted too.' })
  updateDraftApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('input') input: ApplicationInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<PlacementApplication> {
    return this.service.updateDraft(actor, id, input, version);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => PlacementApplication, { description: 'DRAFT → SUBMITTED.' })
  submitDraftApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<PlacementApplication> {
    return this.service.submitDraft(actor, id, version);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => PlacementApplication, { description: 'The enterprise withdraws its application before a decision.' })
  withdrawApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: 'The version read; CONFLICT when it changed since.',
    })
    version: number | null,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PlacementApplication> {
    return this.service.withdraw(actor, id, version ?? null, note);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, { description: 'Staff take an application under review (→ UNDER_REVIEW).' })
  reviewApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PlacementApplication> {
    return this.decisions.move(actor, id, version, ApplicationStatus.UNDER_REVIEW, note);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, {
    description: 'Staff move an application to SCREENING, RECOMMENDED or UNDER_REVIEW.',
  })
  moveApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('status', { type: () => ApplicationStatus }) status: ApplicationStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PlacementApplication> {
    return this.decisions.move(actor, id, version, status, note);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, {
    description:
      'APPROVED (needs parkId; takes the space from the park) or REJECTED (needs a reason). An approval into a park ' +
      'failing a hard constraint is BAD_USER_INPUT with `extensions.constraints` ({ code, message }); an ADMIN may ' +
      'approve anyway with `override: true` and a reason (audited).',
  })
  decideApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('decision', { type: () => Decision }) decision: Decision,
    @IdArg('parkId', PARK_LABEL, { nullable: true }) parkId?: string | null,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
    @Args('override', {
      type: () => Boolean,
      nullable: true,
      description: 'ADMIN only: approve although the park fails hard constraints (needs a reason).',
    })
    override?: boolean | null,
  ): Promise<PlacementApplication> {
    return this.decisions.decide(actor, id, version, decision, parkId, reason, override === true);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => PlacementApplication, {
    description:
      'RETURNED → SUBMITTED: submit an application returned for correction again, corrected (`input`; ' +
      'without it as it stands), with every required document; `note` says what was corrected.',
  })
  resubmitApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => ApplicationInput, nullable: true }) input?: ApplicationInput | null,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PlacementApplication> {
    return this.service.resubmit(actor, id, version, input ?? null, note);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, {
    description:
      'Staff return an open application for correction (补正, → RETURNED); `reason` says what to correct ' +
      '(required; the enterprise is notified).',
  })
  returnApplication(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<PlacementApplication> {
    return this.decisions.returnForCorrection(actor, id, version, reason);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, { description: 'APPROVED → MOVED_IN.' })
  markMovedIn(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<PlacementApplication> {
    return this.decisions.markMovedIn(actor, id, version, note);
  }

  @StaffOnly()
  @Mutation(() => PlacementApplication, {
    description: 'Staff cancel an approval before the move-in (APPROVED → WITHDRAWN): the reserved space goes back.',
  })
  cancelApproval(
    @CurrentActor() actor: Actor,
    @IdArg('id', APPLICATION_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<PlacementApplication> {
    return this.decisions.cancelApproval(actor, id, version, reason);
  }

  @ResolveField(() => Park, { nullable: true, description: 'The park allocated on approval.' })
  park(@Parent() app: PlacementApplication, @Loaders() loaders: RequestLoaders): Promise<Park | null> | null {
    return app.parkId ? this.parkLoader(loaders).load(app.parkId) : null;
  }

  @ResolveField(() => [Park], { description: 'The preferred parks, in order.' })
  async preferredParks(@Parent() app: PlacementApplication, @Loaders() loaders: RequestLoaders): Promise<Park[]> {
    const parks = await this.parkLoader(loaders).loadMany(app.preferredParkIds ?? []);
    return parks.filter((p): p is Park => p instanceof Park);
  }

  @ResolveField(() => Enterprise)
  enterprise(@Parent() app: PlacementApplication, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> {
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(app.enterpriseId);
  }

  @ResolveField(() => [ApplicationStatusChange], { description: 'Status changes, oldest first.' })
  timeline(
    @Parent() app: PlacementApplication,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ApplicationStatusChange[]> {
    return this.timelineLoader(loaders).load(app.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'While RETURNED: what staff asked to correct (补正意见); else null.',
  })
  async correctionRequest(
    @Parent() app: PlacementApplication,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    if (app.status !== ApplicationStatus.RETURNED) return null;
    const changes = await this.timelineLoader(loaders).load(app.id);
    return changes.findLast((change) => change.to === ApplicationStatus.RETURNED)?.note ?? null;
  }

  @ResolveField(() => [StoredFile], {
    description: 'The documents attached (each names its `category`), oldest first.',
  })
  attachments(@Parent() app: PlacementApplication, @Loaders() loaders: RequestLoaders): Promise<StoredFile[]> {
    // the application itself is only ever read by those who may see it
    return this.filesLoader(loaders).load(app.id);
  }

  @ResolveField(() => [ApplicationDocument], {
    description: 'Required documents of its kind not attached yet (submitting is refused while any is missing).',
  })
  async missingDocuments(
    @Parent() app: PlacementApplication,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ApplicationDocument[]> {
    const files = await this.filesLoader(loaders).load(app.id);
    return missingDocuments(
      app.kind,
      files.map((file) => file.category),
    );
  }

  private timelineLoader(loaders: RequestLoaders) {
    return loaders.get<string, ApplicationStatusChange[]>('application.timeline', (ids) => this.service.timelines(ids));
  }

  private filesLoader(loaders: RequestLoaders) {
    return loaders.get<string, StoredFile[]>(`files.${APPLICATION_FILES}`, (ids) =>
      this.files.listFor(APPLICATION_FILES, ids),
    );
  }

  private parkLoader(loaders: RequestLoaders) {
    return loaders.get<string, Park | null>('park.byId', async (ids) =>
      byKeys(ids, await this.parks.findByIds(ids), (p) => p.id),
    );
  }
}

/** `Enterprise.applications`: the enterprise's applications, for its own users and staff. */
@Resolver(() => Enterprise)
export class EnterpriseApplicationsResolver {
  constructor(private readonly service: ApplicationsService) {}

  @ResolveField(() => [PlacementApplication], { description: 'Newest first (staff do not see drafts).' })
  applications(
    @CurrentActor() actor: Actor | null,
    @Parent() enterprise: Enterprise,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PlacementApplication[]> {
    return loaders
      .get<string, PlacementApplication[]>('enterprise.applications', (ids) => this.service.byEnterprises(actor, ids))
      .load(enterprise.id);
  }
}
