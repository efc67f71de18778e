import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { describeFormula, describeRule, formatMoney } from '#matching';
import { GraphQLJSON } from 'graphql-type-json';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, Roles, StaffOnly } from '../../core/auth/roles.decorator.js';
import type { Locale } from '../../core/errors/locale.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Role } from '../../core/users/role.enum.js';
import { PoliciesArgs } from './dto/policies.args.js';
import { PolicyInput } from './dto/policy.input.js';
import { POLICY_LABEL, PoliciesService } from './policies.service.js';
import { PolicyCodes } from './policy-codes.js';
import { PolicyEvaluationResult, PolicyTestCaseResult } from './policy-evaluation.type.js';
import type { KnownCodes } from './policy-rules.js';
import { PolicySimulationService } from './policy-simulation.service.js';
import { PolicySimulation } from './policy-simulation.type.js';
import { Policy } from './policy.entity.js';

@Resolver(() => Policy)
export class PoliciesResolver {
  constructor(
    private readonly service: PoliciesService,
    private readonly simulation: PolicySimulationService,
    private readonly codes: PolicyCodes,
  ) {}

  @AnyRole()
  @Query(() => [Policy], {
    description: 'Policy versions, by code then newest version first. Enterprises see PUBLISHED ones only.',
  })
  policies(@CurrentActor() actor: Actor, @Args() args: PoliciesArgs): Promise<Policy[]> {
    return this.service.list(actor, args);
  }

  @AnyRole()
  @Query(() => Policy, { description: 'One policy version; NOT_FOUND for an enterprise unless it is PUBLISHED.' })
  policy(@CurrentActor() actor: Actor, @IdArg('id', POLICY_LABEL) id: string): Promise<Policy> {
    return this.service.get(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Policy, {
    description: 'A new policy code as its version 1 DRAFT. Rules, targets and test-case facts are validated.',
  })
  createPolicy(@CurrentActor() actor: Actor, @Args('input') input: PolicyInput): Promise<Policy> {
    return this.service.create(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Policy, {
    description:
      "Updates a DRAFT in place. A PUBLISHED or RETIRED version never changes: the input goes to the code's DRAFT, created as the next version when there is none, and that draft is returned.",
  })
  updatePolicy(
    @CurrentActor() actor: Actor,
    @IdArg('id', POLICY_LABEL) id: string,
    @Args('input') input: PolicyInput,
    @Args('rowVersion', {
      type: () => Int,
      nullable: true,
      description:
        'The rowVersion read (the lock counter; `version` is the policy version); CONFLICT when it changed since.',
    })
    rowVersion: number | null,
  ): Promise<Policy> {
    return this.service.update(actor, id, input, rowVersion ?? null);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Policy, {
    description:
      'Publishes a DRAFT whose test cases all pass (else BAD_USER_INPUT with extensions.failingCases); the previously PUBLISHED version of the code becomes RETIRED.',
  })
  publishPolicy(@CurrentActor() actor: Actor, @IdArg('id', POLICY_LABEL) id: string): Promise<Policy> {
    return this.service.publish(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Policy, { description: 'PUBLISHED → RETIRED.' })
  retirePolicy(@CurrentActor() actor: Actor, @IdArg('id', POLICY_LABEL) id: string): Promise<Policy> {
    return this.service.retire(actor, id);
  }

  @StaffOnly()
  @Query(() => PolicyEvaluationResult, { description: 'Tries a rule on hand-written stored facts; nothing is saved.' })
  evaluatePolicy(
    @CurrentActor() actor: Actor,
    @Args('input') input: PolicyInput,
    @Args('facts', { type: () => GraphQLJSON }) facts: unknown,
    @Args('asOf', { type: () => String, nullable: true, description: "'YYYY-MM-DD'; default today." })
    asOf?: string | null,
  ): Promise<PolicyEvaluationResult> {
    return this.service.evaluate(actor, input, facts, asOf);
  }

  @StaffOnly()
  @Query(() => [PolicyTestCaseResult], {
    description: "Runs the input's test cases against its rules; nothing is saved.",
  })
  runPolicyTestCases(
    @CurrentActor() actor: Actor,
    @Args('input') input: PolicyInput,
    @Args('asOf', {
      type: () => String,
      nullable: true,
      description: "For cases without their own asOf; default the policy's effectiveFrom.",
    })
    asOf?: string | null,
  ): Promise<PolicyTestCaseResult[]> {
    return this.service.runTestCases(actor, input, asOf);
  }

  @StaffOnly()
  @Query(() => PolicySimulation, {
    description:
      'What-if over every enterprise: counts per outcome, budget, breakdowns, and the changes against the published version.',
  })
  simulatePolicy(
    @CurrentActor() actor: Actor,
    @Args('input') input: PolicyInput,
    @Args('asOf', { type: () => String, nullable: true, description: "'YYYY-MM-DD'; default today." })
    asOf?: string | null,
    @Args('limit', { type: () => Int, defaultValue: 50, description: 'Changes listed of each kind, at most 500.' })
    limit = 50,
  ): Promise<PolicySimulation> {
    return this.simulation.simulate(actor, input, asOf, Math.min(Math.max(limit, 0), 500));
  }

  @ResolveField(() => [String], {
    description: "The criteria as sentences in the caller's language (one per top-level condition).",
  })
  async criteriaText(
    @Parent() policy: Policy,
    @Context('locale') locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string[]> {
    const codes = await this.knownCodes(loaders);
    return describeRule(policy.criteria, locale, { labels: codes.labels });
  }

  @ResolveField(() => String, { description: "The benefit formula and its cap in words, in the caller's language." })
  async benefitText(
    @Parent() policy: Policy,
    @Context('locale') locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string> {
    const codes = await this.knownCodes(loaders);
    const formula = describeFormula(policy.benefitFormula, locale, { labels: codes.labels });
    if (policy.maxBenefit === null) return formula;
    const cap = formatMoney(policy.maxBenefit);
    return locale === 'en-US' ? `${formula} (at most ${cap.en})` : `${formula}（最高${cap.zh}）`;
  }

  @ResolveField(() => [Policy], { description: 'Every version of this code the caller may see, newest first.' })
  versions(
    @Parent() policy: Policy,
    @Context('actor') actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Policy[]> {
    return loaders
      .get<string, Policy[]>('policy.versions', async (codes) => {
        const rows = await this.service.versionsOf(actor, codes);
        return codes.map((code) => rows.filter((row) => row.code === code));
      })
      .load(policy.code);
  }

  private knownCodes(loaders: RequestLoaders): Promise<KnownCodes> {
    return loaders
      .get<string, KnownCodes>('policy.codes', async (keys) => {
        const codes = await this.codes.known();
        return keys.map(() => codes);
      })
      .load('all');
  }
}
