import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { AllocationService } from './allocation.service.js';
import { AllocationProposal } from './allocation.type.js';

@Resolver(() => AllocationProposal)
export class AllocationResolver {
  constructor(private readonly allocation: AllocationService) {}

  @StaffOnly()
  @Mutation(() => AllocationProposal, {
    description:
      'Assign competing open applications to parks, maximising the total score within every park’s free space ' +
      '(a MIP solved with HiGHS). A proposal: nothing changes until each assignment is approved.',
  })
  proposeAllocation(
    @CurrentActor() actor: Actor,
    @Args('applicationIds', { type: () => [ID] }) applicationIds: string[],
  ): Promise<AllocationProposal> {
    return this.allocation.propose(actor, applicationIds);
  }
}
