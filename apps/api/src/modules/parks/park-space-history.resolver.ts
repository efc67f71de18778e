import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { connectionType, PageArgs } from '../../core/graphql/pagination.js';
import { userNameResolver } from '../../core/users/user-name.resolver.js';
import { ParkSpaceEntry } from './park-space-entry.entity.js';
import { PARK_LABEL, ParksService } from './parks.service.js';

@ObjectType()
export class ParkSpaceEntryConnection extends connectionType(ParkSpaceEntry) {}

@Resolver(() => ParkSpaceEntry)
export class ParkSpaceHistoryResolver {
  constructor(private readonly service: ParksService) {}

  @StaffOnly()
  @Query(() => ParkSpaceEntryConnection, {
    description:
      'Every change of a park’s free land and floor space, newest first: who took or gave back space by which ' +
      'application decision, or a hand edit with its reason. Staff only (it names the enterprises).',
  })
  parkSpaceHistory(
    @CurrentActor() actor: Actor,
    @IdArg('parkId', PARK_LABEL) parkId: string,
    @Args() page: PageArgs,
  ): Promise<ParkSpaceEntryConnection> {
    return this.service.spaceHistory(actor, parkId, page);
  }
}

export const ParkSpaceActorNameResolver = userNameResolver(
  ParkSpaceEntry,
  'actorName',
  (entry) => entry.actorId,
  'Name of the user who changed the space; null for the system.',
);
