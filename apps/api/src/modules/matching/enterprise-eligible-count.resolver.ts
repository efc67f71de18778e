import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../../core/graphql/field-resolver.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { PRESET_ELIGIBLE_COUNT } from '../enterprises/enterprises.service.js';
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
  eligiblePolicyCount(enterprise: Enterprise, _args: NoArgs, { loaders }: GraphqlContext): Promise<number> {
    // No parameter decorators on list-row fields: see core/graphql/field-resolver.ts.
    const preset = (enterprise as unknown as Record<string, unknown>)[PRESET_ELIGIBLE_COUNT];
    if (typeof preset === 'number') return Promise.resolve(preset); // read with the enterprises page
    return loaders
      .get<string, number>('enterprise.eligiblePolicyCount', (ids) => this.matches.eligibleCounts(ids))
      .load(enterprise.id);
  }
}
