import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { ParkSpaceEntry } from '../parks/park-space-entry.entity.js';
import { PARK_LABEL } from '../parks/parks.service.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterprisesService } from './enterprises.service.js';
import { ParkTenantConnection, ParkTenants } from './park-tenants.service.js';

/** A park's tenants, and the enterprise of each row of a park's space history. */
@Resolver(() => ParkSpaceEntry)
export class ParkTenantsResolver {
  constructor(
    private readonly tenants: ParkTenants,
    private readonly enterprises: EnterprisesService,
  ) {}

  @StaffOnly()
  @Query(() => ParkTenantConnection, {
    description: 'Enterprises whose profile places them in the park, by name, with the space they hold. Staff only.',
  })
  parkTenants(
    @CurrentActor() actor: Actor,
    @IdArg('parkId', PARK_LABEL) parkId: string,
    @Args() page: PageArgs,
  ): Promise<ParkTenantConnection> {
    return this.tenants.list(actor, parkId, page);
  }

  @ResolveField(() => Enterprise, { nullable: true, description: 'The enterprise that took or gave back the space.' })
  enterprise(@Parent() entry: ParkSpaceEntry, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> | null {
    if (!entry.enterpriseId) return null;
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(entry.enterpriseId);
  }
}
