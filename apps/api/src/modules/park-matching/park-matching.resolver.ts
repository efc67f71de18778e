import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { APPLICATION_LABEL } from '../applications/application-transitions.service.js';
import { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
import { ParkMatchPreviewInput } from './dto/park-match-preview.input.js';
import { ParkMatch } from './park-match.type.js';
import { ParkMatchesService } from './park-matches.service.js';

@Resolver(() => ParkMatch)
export class ParkMatchesResolver {
  constructor(
    private readonly matches: ParkMatchesService,
    private readonly parks: ParksService,
  ) {}

  @AnyRole()
  @Query(() => [ParkMatch], {
    description:
      'Every active park ranked for an application (suitable ones by score first), as last computed in the ' +
      "background. An enterprise sees its own application's only; staff any.",
  })
  parkMatches(
    @CurrentActor() actor: Actor,
    @IdArg('applicationId', APPLICATION_LABEL) applicationId: string,
  ): Promise<ParkMatch[]> {
    return this.matches.forApplication(actor, applicationId);
  }

  @AnyRole()
  @Query(() => [ParkMatch], {
    description:
      'Every active park ranked, now, for needs not yet submitted (the wizard’s 园区推荐), with the applicant’s ' +
      "profile facts: an enterprise's user always its own enterprise's; staff name any (or none).",
  })
  parkMatchPreview(@CurrentActor() actor: Actor, @Args('input') input: ParkMatchPreviewInput): Promise<ParkMatch[]> {
    return this.matches.preview(actor, input);
  }

  @ResolveField(() => Park)
  park(@Parent() match: ParkMatch, @Loaders() loaders: RequestLoaders): Promise<Park | null> {
    return loaders
      .get<string, Park | null>('park.byId', async (ids) => byKeys(ids, await this.parks.findByIds(ids), (p) => p.id))
      .load(match.parkId);
  }
}
