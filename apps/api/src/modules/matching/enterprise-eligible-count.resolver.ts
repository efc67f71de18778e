import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { PolicyMatchesService } from './policy-matches.service.js';

/**
 * `Enterprise.eligiblePolicyCount` lives here: enterprises may not import matching (matching imports
 * enterprises). One grouped query per page of enterprises.
 */
@Resolver(() => Enterprise)
export class EnterpriseEligibleCountResolver {
  constructor(private readonly matches: PolicyMatchesService) {}

  @ResolveField(() => Int, {
    description: 'How many policies it is ELIGIBLE for (policyMatchSummary.eligible), from the stored matches.',
  })
  eligiblePolicyCount(@Parent() enterprise: Enterprise, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders
      .get<string, number>('enterprise.eligiblePolicyCount', (ids) => this.matches.eligibleCounts(ids))
      .load(enterprise.id);
  }
}
