import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Policy } from '../policies/policy.entity.js';
import { MatchRun } from './match-run.entity.js';
import { MatchRunsService } from './match-runs.service.js';

/** Policy.matchRun lives here: policies may not import matching (matching imports policies). */
@Resolver(() => Policy)
export class PolicyMatchRunResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => MatchRun, {
    nullable: true,
    description: 'The latest re-matching run its publication or retirement started; null when none did.',
  })
  matchRun(@Parent() policy: Policy, @Loaders() loaders: RequestLoaders): Promise<MatchRun | null> {
    return loaders
      .get<string, MatchRun | null>('policy.matchRun', async (ids) =>
        byKeys(ids, await this.runs.latestOfPolicies(ids), (run) => run.policyId!),
      )
      .load(policy.id);
  }
}
