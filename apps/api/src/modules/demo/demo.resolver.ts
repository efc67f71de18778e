import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/users/role.enum.js';
import { DemoDataLoad } from './demo-data-load.type.js';
import { DemoDataService } from './demo-data.service.js';

@Resolver()
export class DemoResolver {
  constructor(private readonly demo: DemoDataService) {}

  @Roles(Role.ADMIN)
  @Query(() => DemoDataLoad, {
    nullable: true,
    description: 'Admins: the latest load of the demo set and its re-match run; null where none was loaded.',
  })
  demoDataLoad(@CurrentActor() actor: Actor): Promise<DemoDataLoad | null> {
    return this.demo.latest(actor);
  }
}
