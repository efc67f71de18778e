import { Args, Field, Float, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { connectionType } from '../../core/graphql/pagination.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
import {
  IdleLandSeriesArgs,
  LandPlotConnectionArgs,
  LandPlotInput,
  MoveLandPlotInput,
  UpdateLandPlotInput,
} from './dto/land-plot.input.js';
import { IdleLandSeries } from './idle-land-series.js';
import { IdleLandSeriesService } from './idle-land-series.service.js';
import { LandPlotChange } from './land-plot-change.entity.js';
import { LandPlot } from './land-plot.entity.js';
import { LAND_PLOT_LABEL, LandService } from './land.service.js';

@ObjectType()
export class LandPlotConnection extends connectionType(LandPlot) {}

@ObjectType({ description: 'A point (WGS-84).' })
export class LandPlotLocation {
  @Field(() => Float)
  lng: number;

  @Field(() => Float)
  lat: number;
}

/** Land plots and idle land (腾笼换鸟): staff and admins only; enterprises never see plots. */
@Resolver(() => LandPlot)
export class LandResolver {
  constructor(
    private readonly service: LandService,
    private readonly series: IdleLandSeriesService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
  ) {}

  @StaffOnly()
  @Query(() => LandPlotConnection, { description: 'Land plots, newest first; filter by park, status, route.' })
  landPlots(@CurrentActor() actor: Actor, @Args() args: LandPlotConnectionArgs): Promise<LandPlotConnection> {
    return this.service.list(actor, args.filter ?? {}, args.first, args.after);
  }

  @StaffOnly()
  @Query(() => LandPlot)
  landPlot(@CurrentActor() actor: Actor, @IdArg('id', LAND_PLOT_LABEL) id: string): Promise<LandPlot> {
    return this.service.get(actor, id);
  }

  @StaffOnly()
  @Query(() => [IdleLandSeries], {
    description: 'Idle and recovered land (亩) per park, one point a month, from the plots’ history.',
  })
  idleLandSeries(@CurrentActor() actor: Actor, @Args() args: IdleLandSeriesArgs): Promise<IdleLandSeries[]> {
    return this.series.series(actor, args);
  }

  @StaffOnly()
  @Mutation(() => LandPlot, { description: 'Record a plot, in use or idle.' })
  recordLandPlot(@CurrentActor() actor: Actor, @Args('input') input: LandPlotInput): Promise<LandPlot> {
    return this.service.record(actor, input);
  }

  @StaffOnly()
  @Mutation(() => LandPlot, { description: 'Change a plot’s fields (area and park only until it is recovered).' })
  updateLandPlot(
    @CurrentActor() actor: Actor,
    @IdArg('id', LAND_PLOT_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateLandPlotInput,
  ): Promise<LandPlot> {
    return this.service.update(actor, id, version, input);
  }

  @StaffOnly()
  @Mutation(() => LandPlot, {
    description:
      'The next step of a plot: idle, under recovery (with a route), recovered (its area becomes the park’s ' +
      'free land), reassigned to an enterprise (the area is taken again), or back in use.',
  })
  moveLandPlot(
    @CurrentActor() actor: Actor,
    @IdArg('id', LAND_PLOT_LABEL) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MoveLandPlotInput,
  ): Promise<LandPlot> {
    return this.service.move(actor, id, version, input);
  }

  @ResolveField(() => LandPlotLocation, {
    nullable: true,
    description: 'Where the plot lies, for the map; null when not entered (the map then uses its park’s point).',
  })
  location(@Parent() plot: LandPlot): LandPlotLocation | null {
    return plot.lng === null || plot.lat === null ? null : { lng: plot.lng, lat: plot.lat };
  }

  @ResolveField(() => Park)
  park(@Parent() plot: LandPlot, @Loaders() loaders: RequestLoaders): Promise<Park | null> {
    return loaders
      .get<string, Park | null>('park.byId', async (ids) => byKeys(ids, await this.parks.findByIds(ids), (p) => p.id))
      .load(plot.parkId);
  }

  @ResolveField(() => Enterprise, { nullable: true })
  holderEnterprise(@Parent() plot: LandPlot, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> | null {
    if (!plot.holderEnterpriseId) return null;
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(plot.holderEnterpriseId);
  }

  @ResolveField(() => [LandPlotChange], { description: 'Its steps, oldest first.' })
  history(@Parent() plot: LandPlot, @Loaders() loaders: RequestLoaders): Promise<LandPlotChange[]> {
    return loaders.get<string, LandPlotChange[]>('landPlot.history', (ids) => this.service.history(ids)).load(plot.id);
  }
}

/** The park's idle land, for staff (null for anyone else: enterprises never see plots). */
@Resolver(() => Park)
export class ParkIdleLandResolver {
  constructor(private readonly service: LandService) {}

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Idle land (亩) now: its plots idle or under recovery. Staff only (null otherwise).',
    middleware: [staffOnlyValue],
  })
  idleLandMu(@Parent() park: Park, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get<string, number>('park.idleLandMu', (ids) => this.service.idleByPark(ids)).load(park.id);
  }
}
