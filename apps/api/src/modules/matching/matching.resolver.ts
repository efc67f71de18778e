import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { nodeObjectColumns, selectedColumns } from '../../core/graphql/selected-columns.js';
import { ENTERPRISE_FIELD_NEEDS } from '../enterprises/enterprises.resolver.js';
import { ENTERPRISE_LABEL, EnterprisesService } from '../enterprises/enterprises.service.js';
import { POLICY_LABEL } from '../policies/policies.service.js';
import { PolicyQualifiersArgs } from './dto/policy-qualifiers.args.js';
import { MatchRun } from './match-run.entity.js';
import { MATCH_RUN_LABEL, MatchRunsService } from './match-runs.service.js';
import { PolicyMatch, PolicyMatchSummary } from './policy-match.type.js';
import { PolicyMatchesService } from './policy-matches.service.js';
import { PolicyQualifierConnection } from './policy-qualifier-connection.type.js';
import { QUALIFIER_FIELD_NEEDS } from './policy-qualifier.resolver.js';
import type { Connection } from '../../core/graphql/pagination.js';
import type { PolicyMatchRecord } from './policy-match.entity.js';

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matches: PolicyMatchesService,
    private readonly runs: MatchRunsService,
    private readonly enterprises: EnterprisesService,
  ) {}

  @AnyRole()
  @Query(() => [PolicyMatch], {
    description:
      "Every published policy in force as it applies to the enterprise: eligible first. An enterprise sees only its own (another's is NOT_FOUND). Totals: policyMatchSummary.",
  })
  policyMatches(
    @CurrentActor() actor: Actor,
    @IdArg('enterpriseId', ENTERPRISE_LABEL) enterpriseId: string,
  ): Promise<PolicyMatch[]> {
    return this.matches.forEnterprise(actor, enterpriseId);
  }

  @AnyRole()
  @Query(() => PolicyMatchSummary, { description: 'Counts per outcome and the stacked total of policyMatches.' })
  policyMatchSummary(
    @CurrentActor() actor: Actor,
    @IdArg('enterpriseId', ENTERPRISE_LABEL) enterpriseId: string,
  ): Promise<PolicyMatchSummary> {
    return this.matches.summary(actor, enterpriseId);
  }

  @StaffOnly()
  @Query(() => MatchRun, { description: 'A re-matching run and its progress.' })
  matchRun(@IdArg('id', MATCH_RUN_LABEL) id: string): Promise<MatchRun> {
    return this.runs.get(id);
  }

  @StaffOnly()
  @Query(() => PolicyQualifierConnection, {
    description: 'Staff: the enterprises of one policy version by outcome (largest benefit first) or its near misses.',
  })
  policyQualifiers(
    @IdArg('policyId', POLICY_LABEL) policyId: string,
    @Args() args: PolicyQualifiersArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<PolicyMatchRecord>> {
    // The rows' enterprise in the page's statement (one statement a page, not two).
    const enterpriseColumns = nodeObjectColumns(info, 'enterprise', this.enterprises.metadata, ENTERPRISE_FIELD_NEEDS);
    // The match rows' own columns: what the selection shows.
    const columns = selectedColumns(info, this.matches.metadata, QUALIFIER_FIELD_NEEDS);
    return this.matches.qualifiers(policyId, args, args.first, args.after, enterpriseColumns, columns);
  }
}
