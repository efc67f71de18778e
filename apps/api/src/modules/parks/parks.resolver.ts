import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, Roles } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Role } from '../../core/users/role.enum.js';
import { ParkFilter } from './dto/park-filter.input.js';
import { CreateParkInput, UpdateParkInput } from './dto/park.input.js';
import { Park } from './park.entity.js';
import { PARK_LABEL, ParksService } from './parks.service.js';

@Resolver(() => Park)
export class ParksResolver {
  constructor(private readonly service: ParksService) {}

  @AnyRole()
  @Query(() => [Park], { description: 'Parks, zones and incubation carriers.' })
  parks(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ParkFilter, nullable: true }) filter?: ParkFilter,
  ): Promise<Park[]> {
    return this.service.list(actor, filter);
  }

  @AnyRole()
  @Query(() => Park)
  park(@CurrentActor() actor: Actor, @IdArg('id', PARK_LABEL) id: string): Promise<Park> {
    return this.service.get(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Park)
  createPark(@CurrentActor() actor: Actor, @Args('input') input: CreateParkInput): Promise<Park> {
    return this.service.create(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Park, { description: 'Refused with CONFLICT when version is not the current one.' })
  updatePark(
    @CurrentActor() actor: Actor,
    @IdArg('id', PARK_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateParkInput,
  ): Promise<Park> {
    return this.service.update(actor, id, version, input);
  }

  @ResolveField(() => Park, { nullable: true })
  parent(@Parent() park: Park, @Loaders() loaders: RequestLoaders): Promise<Park | null> | null {
    if (!park.parentId) return null;
    return loaders
      .get<string, Park | null>('park.byId', async (ids) => byKeys(ids, await this.service.findByIds(ids), (p) => p.id))
      .load(park.parentId);
  }

  @ResolveField(() => [Park])
  children(@Parent() park: Park, @Loaders() loaders: RequestLoaders): Promise<Park[]> {
    return loaders
      .get<string, Park[]>('park.children', async (ids) => {
        const rows = await this.service.findChildren(ids);
        return ids.map((id) => rows.filter((row) => row.parentId === id));
      })
      .load(park.id);
  }
}
