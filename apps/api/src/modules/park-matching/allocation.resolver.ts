import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { StaffOnly } from '../../core/auth/roles.decorator.js';
import { PlacementApplication } from '../applications/placement-application.entity.js';
import { AllocationApplier } from './allocation-apply.service.js';
import { AllocationService } from './allocation.service.js';
import { ApplyAllocationInput } from './dto/apply-allocation.input.js';
import { AllocationProposal } from './allocation.type.js';

@Resolver(() => AllocationProposal)
export class AllocationResolver {
  constructor(
    private readonly allocation: AllocationService,
    private readonly applier: AllocationApplier,
  ) {}

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

  @StaffOnly()
  @Mutation(() => [PlacementApplication], {
    description:
      'Apply a proposal: every assignment becomes an approval (hard constraints re-checked, space taken) in ONE ' +
      'transaction. A stale version (CONFLICT) or a refused approval undoes all of them; the error names the ' +
      'assignment (`extensions.assignment`, `extensions.applicationId`) and why.',
  })
  applyAllocation(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApplyAllocationInput,
  ): Promise<PlacementApplication[]> {
    return this.applier.apply(actor, input);
  }
}
