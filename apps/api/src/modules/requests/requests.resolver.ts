import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, Roles, StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Role } from '../../core/users/role.enum.js';
import { UsersService } from '../../core/users/users.service.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { FilesService } from '../files/files.service.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { RequestConnectionArgs, RequestInput } from './dto/request.input.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';
import { EnterpriseRequestConnection } from './request-connection.type.js';
import { MESSAGE_FILES, REQUEST_FILES } from './request-files.policy.js';
import { RequestMessage } from './request-message.entity.js';
import { RequestStatus } from './request.enums.js';
import { REQUEST_LABEL, RequestsService } from './requests.service.js';

/** One query for every user name a request page shows (owners and message authors). */
const userNames = (loaders: RequestLoaders, users: UsersService) =>
  loaders.get<string, string | null>('request.userName', (ids) => users.namesOf(ids));

/** One query per owner kind for every attachment a page shows. */
const filesOf = (loaders: RequestLoaders, files: FilesService, kind: string) =>
  loaders.get<string, StoredFile[]>(`files.${kind}`, (ids) => files.listFor(kind, ids));

@Resolver(() => EnterpriseRequest)
export class RequestsResolver {
  constructor(
    private readonly service: RequestsService,
    private readonly enterprises: EnterprisesService,
    private readonly users: UsersService,
    private readonly files: FilesService,
  ) {}

  @AnyRole()
  @Query(() => EnterpriseRequestConnection, {
    description: 'Staff: every request; an enterprise: its own. Newest first.',
  })
  requests(@CurrentActor() actor: Actor, @Args() args: RequestConnectionArgs): Promise<EnterpriseRequestConnection> {
    return this.service.list(actor, args.filter ?? {}, args.first, args.after);
  }

  @AnyRole()
  @Query(() => EnterpriseRequest, { description: "Another enterprise's request is NOT_FOUND." })
  request(@CurrentActor() actor: Actor, @IdArg('id', REQUEST_LABEL) id: string): Promise<EnterpriseRequest> {
    return this.service.get(actor, id);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => EnterpriseRequest)
  fileRequest(@CurrentActor() actor: Actor, @Args('input') input: RequestInput): Promise<EnterpriseRequest> {
    return this.service.file(actor, input);
  }

  @AnyRole()
  @Mutation(() => RequestMessage, {
    description: 'The enterprise follows up (reopens once resolved); staff answer, or with `internal` keep a note.',
  })
  addRequestMessage(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('body') body: string,
    @Args('internal', { type: () => Boolean, nullable: true, defaultValue: false }) internal: boolean | null,
  ): Promise<RequestMessage> {
    // An explicit null is "not internal", as if left out (the default covers only an absent argument).
    return this.service.addMessage(actor, id, body, internal ?? false);
  }

  @StaffOnly()
  @Mutation(() => EnterpriseRequest)
  assignRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('ownerId') ownerId: string,
  ): Promise<EnterpriseRequest> {
    return this.service.assign(actor, id, version, ownerId);
  }

  @StaffOnly()
  @Mutation(() => EnterpriseRequest)
  resolveRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseRequest> {
    return this.service.resolve(actor, id, version);
  }

  @Roles(Role.ENTERPRISE)
  @Mutation(() => EnterpriseRequest, { description: 'Satisfaction 1–5 on a resolved request; it closes it.' })
  rateRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('satisfaction', { type: () => Int }) satisfaction: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<EnterpriseRequest> {
    return this.service.rate(actor, id, version, satisfaction, note);
  }

  @StaffOnly()
  @Mutation(() => EnterpriseRequest, {
    description: 'Take a resolved or closed request up again; it gets a new response deadline.',
  })
  reopenRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseRequest> {
    return this.service.reopen(actor, id, version);
  }

  @StaffOnly()
  @Mutation(() => EnterpriseRequest, { description: 'Close a resolved request the enterprise did not rate.' })
  closeRequest(
    @CurrentActor() actor: Actor,
    @IdArg('id', REQUEST_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseRequest> {
    return this.service.close(actor, id, version);
  }

  @ResolveField(() => Boolean, { description: 'Awaiting an answer (open) past its response deadline.' })
  overdue(@Parent() request: EnterpriseRequest): boolean {
    return request.status === RequestStatus.OPEN && request.responseDueAt.getTime() < Date.now();
  }

  @ResolveField(() => [StoredFile], { description: 'Files the enterprise attached when filing, oldest first.' })
  attachments(@Parent() request: EnterpriseRequest, @Loaders() loaders: RequestLoaders): Promise<StoredFile[]> {
    return filesOf(loaders, this.files, REQUEST_FILES).load(request.id);
  }

  @ResolveField(() => [RequestMessage], { description: 'Oldest first; internal notes only for staff.' })
  messages(
    @Parent() request: EnterpriseRequest,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RequestMessage[]> {
    return loaders
      .get<string, RequestMessage[]>('request.messages', (ids) => this.service.messages(actor, ids))
      .load(request.id);
  }

  @ResolveField(() => Enterprise)
  enterprise(@Parent() request: EnterpriseRequest, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> {
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(request.enterpriseId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who answers it.' })
  ownerName(@Parent() request: EnterpriseRequest, @Loaders() loaders: RequestLoaders): Promise<string | null> | null {
    return request.ownerId ? userNames(loaders, this.users).load(request.ownerId) : null;
  }
}

@Resolver(() => RequestMessage)
export class RequestMessageResolver {
  constructor(
    private readonly users: UsersService,
    private readonly files: FilesService,
  ) {}

  @ResolveField(() => [StoredFile], { description: 'Files sent with the message (an internal note’s: staff only).' })
  attachments(@Parent() message: RequestMessage, @Loaders() loaders: RequestLoaders): Promise<StoredFile[]> {
    // the message itself is only ever read by those who may see it (internal notes: staff)
    return filesOf(loaders, this.files, MESSAGE_FILES).load(message.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The author’s display name.' })
  authorName(@Parent() message: RequestMessage, @Loaders() loaders: RequestLoaders): Promise<string | null> | null {
    return message.authorId ? userNames(loaders, this.users).load(message.authorId) : null;
  }
}
