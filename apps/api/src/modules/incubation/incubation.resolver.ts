import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { Park } from '../parks/park.entity.js';
import { PARK_LABEL, ParksService } from '../parks/parks.service.js';
import {
  IncubationEntryInput,
  IncubationExitInput,
  IncubationStayConnectionArgs,
  IncubationStayUpdateInput,
  OccupancyArgs,
} from './dto/incubation.input.js';
import { IncubationFiguresService } from './incubation-figures.service.js';
import { IncubationStay } from './incubation-stay.entity.js';
import { IncubationService, STAY_LABEL } from './incubation.service.js';
import {
  IncubationCarrier,
  IncubationLadder,
  IncubationOccupancyPoint,
  IncubationStayConnection,
} from './incubation.types.js';

/** Stays in incubation carriers: staff record entry, graduation and leaving; an enterprise reads its own. */
@Resolver(() => IncubationStay)
export class IncubationResolver {
  constructor(
    private readonly service: IncubationService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
  ) {}

  @AnyRole()
  @Query(() => IncubationStayConnection, {
    description: 'Stays in incubation carriers, newest first. Staff see all; an enterprise its own.',
  })
  incubationStays(
    @CurrentActor() actor: Actor,
    @Args() args: IncubationStayConnectionArgs,
  ): Promise<IncubationStayConnection> {
    return this.service.list(actor, args.filter ?? {}, args.first, args.after);
  }

  @AnyRole()
  @Query(() => IncubationStay)
  incubationStay(@CurrentActor() actor: Actor, @IdArg('id', STAY_LABEL) id: string): Promise<IncubationStay> {
    return this.service.get(actor, id);
  }

  @StaffOnly()
  @Mutation(() => IncubationStay, { description: 'An enterprise enters a carrier (入孵), with its seats or space.' })
  recordIncubationEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: IncubationEntryInput,
  ): Promise<IncubationStay> {
    return this.service.recordEntry(actor, input);
  }

  @StaffOnly()
  @Mutation(() => IncubationStay, {
    description:
      'The enterprise graduates (毕业): in the district a draft placement application to the next rung is ' +
      'prepared for it; an offshore incubator’s graduate becomes a lead.',
  })
  recordIncubationGraduation(
    @CurrentActor() actor: Actor,
    @IdArg('id', STAY_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { nullable: true }) input?: IncubationExitInput,
  ): Promise<IncubationStay> {
    return this.service.graduate(actor, id, version, input ?? {});
  }

  @StaffOnly()
  @Mutation(() => IncubationStay, { description: 'The enterprise leaves the carrier without graduating (退出).' })
  recordIncubationLeaving(
    @CurrentActor() actor: Actor,
    @IdArg('id', STAY_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { nullable: true }) input?: IncubationExitInput,
  ): Promise<IncubationStay> {
    return this.service.leave(actor, id, version, input ?? {});
  }

  @StaffOnly()
  @Mutation(() => IncubationStay, {
    description: 'Staff correct a recorded stay: seats (工位), floor space (m²), entry date or note.',
  })
  updateIncubationStay(
    @CurrentActor() actor: Actor,
    @IdArg('id', STAY_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: IncubationStayUpdateInput,
  ): Promise<IncubationStay> {
    return this.service.update(actor, id, version, input);
  }

  @ResolveField(() => Park)
  park(@Parent() stay: IncubationStay, @Loaders() loaders: RequestLoaders): Promise<Park | null> {
    return this.parkById(loaders, stay.parkId);
  }

  @ResolveField(() => Park, { nullable: true, description: 'The park of the next rung, on graduation.' })
  nextPark(@Parent() stay: IncubationStay, @Loaders() loaders: RequestLoaders): Promise<Park | null> | null {
    return stay.nextParkId ? this.parkById(loaders, stay.nextParkId) : null;
  }

  @ResolveField(() => Enterprise, { nullable: true })
  enterprise(@Parent() stay: IncubationStay, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> | null {
    if (!stay.enterpriseId) return null;
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(stay.enterpriseId);
  }

  private parkById(loaders: RequestLoaders, id: string): Promise<Park | null> {
    return loaders
      .get<string, Park | null>('park.byId', async (ids) => byKeys(ids, await this.parks.findByIds(ids), (p) => p.id))
      .load(id);
  }
}

/** The ladder and each carrier's figures: staff only. */
@Resolver(() => IncubationCarrier)
export class IncubationCarrierResolver {
  constructor(private readonly figures: IncubationFiguresService) {}

  @StaffOnly()
  @Query(() => IncubationLadder, {
    description:
      '众创空间 → 孵化器 → 加速器 → 产业园区: each rung’s carriers and figures, and the offshore incubators.',
  })
  incubationLadder(@CurrentActor() actor: Actor): Promise<IncubationLadder> {
    return this.figures.ladder(actor);
  }

  @StaffOnly()
  @Query(() => IncubationCarrier, { description: 'One carrier and its figures.' })
  incubationCarrier(
    @CurrentActor() actor: Actor,
    @IdArg('parkId', PARK_LABEL) parkId: string,
  ): Promise<IncubationCarrier> {
    return this.figures.carrier(actor, parkId);
  }

  @ResolveField(() => [IncubationOccupancyPoint], { description: 'Occupancy at each month’s end, oldest first.' })
  occupancy(
    @CurrentActor() actor: Actor,
    @Parent() carrier: IncubationCarrier,
    @Args() args: OccupancyArgs,
  ): Promise<IncubationOccupancyPoint[]> {
    return this.figures.occupancy(actor, carrier.park, args.months);
  }
}
