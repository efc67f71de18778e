import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { User } from '../../core/users/user.entity.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterprisesService } from './enterprises.service.js';

/** `User.enterprise`: the enterprise an ENTERPRISE user acts for. */
@Resolver(() => User)
export class UserEnterpriseResolver {
  constructor(private readonly service: EnterprisesService) {}

  @ResolveField(() => Enterprise, { nullable: true })
  enterprise(
    @CurrentActor() actor: Actor | null,
    @Parent() user: User,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Enterprise | null> | null {
    if (!user.enterpriseId) return null;
    // A user object reaches an anonymous request only as the payload of its own sign-in or sign-up.
    if (actor && !this.service.canAccess(actor, user.enterpriseId)) return null;
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.service.findByIds(ids), (e) => e.id),
      )
      .load(user.enterpriseId);
  }
}
