import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { DashboardService } from './dashboard.service.js';
import { Dashboard } from './dashboard.type.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @StaffOnly()
  @Query(() => Dashboard, { description: 'The pipeline, the priority chains’ coverage, and what is overdue.' })
  dashboard(
    @CurrentActor() actor: Actor,
    @Args('includeSample', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Count sample (demo) enterprises too.',
    })
    includeSample: boolean,
  ): Promise<Dashboard> {
    return this.service.dashboard(actor, includeSample);
  }
}
