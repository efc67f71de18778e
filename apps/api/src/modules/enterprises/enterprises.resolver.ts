import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { STORED_FACT_NAMES } from '#matching';
import type { Actor } from '../../core/auth/actor.js';
import { AuthPayload } from '../../core/auth/auth-payload.type.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole, Public, Roles, StaffOnly } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import type { NoArgs } from '../../core/graphql/field-resolver.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { byKeys } from '../../core/graphql/request-loaders.js';
import { nodeFields, selectedColumns, selectsOnly } from '../../core/graphql/selected-columns.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { Park } from '../parks/park.entity.js';
import { PARK_NAME_FIELDS } from '../parks/park-names.js';
import { ParksService } from '../parks/parks.service.js';
import { EnterpriseProfileInput } from './dto/enterprise-profile.input.js';
import { EnterpriseUserInput } from './dto/enterprise-user.input.js';
import { EnterprisesArgs } from './dto/enterprises.args.js';
import { RegisterEnterpriseInput } from './dto/register-enterprise.input.js';
import { EnterpriseConnection, EnterpriseProfileChangeConnection } from './enterprise-connection.type.js';
import { EnterpriseFactMeta } from './enterprise-fact-meta.type.js';
import { EnterpriseImportReport } from './enterprise-import.type.js';
import { EnterpriseImportService } from './enterprise-import.service.js';
import { ENTERPRISE_IMPORT_LABEL, EnterpriseImportProgress } from './enterprise-import-progress.service.js';
import { EnterpriseImportRun } from './enterprise-import-run.entity.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseProfileService } from './enterprise-profile.service.js';
import { ENTERPRISE_LABEL, EnterprisesService, PRESET_ELIGIBLE_COUNT } from './enterprises.service.js';

/** The columns the computed fields of Enterprise read (a list loads only what its query needs). */
export const ENTERPRISE_FIELD_NEEDS: Record<string, readonly string[]> = {
  missingFacts: STORED_FACT_NAMES,
  factMeta: ['factMeta'],
  park: ['parkCode'],
};

/**
 * `Enterprise.eligiblePolicyCount` read with a page of enterprises (a correlated count per row, on the
 * (enterpriseId, policyId) index): the same count as PolicyMatchesService.eligibleCounts, which
 * answers it elsewhere (matching's resolver uses the value when a page set it).
 */
const PAGE_ELIGIBLE_COUNT = {
  [PRESET_ELIGIBLE_COUNT]: `(SELECT count(*)::int FROM policy_matches m WHERE m."enterpriseId" = e.id AND m.outcome = 'ELIGIBLE')`,
};

@Resolver(() => Enterprise)
export class EnterprisesResolver {
  constructor(
    private readonly service: EnterprisesService,
    private readonly profiles: EnterpriseProfileService,
    private readonly importer: EnterpriseImportService,
    private readonly progress: EnterpriseImportProgress,
    private readonly parks: ParksService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sign up an enterprise with its USCC; the account gets role ENTERPRISE. One account per USCC.',
  })
  registerEnterprise(
    @CurrentActor() actor: Actor | null,
    @Args('input') input: RegisterEnterpriseInput,
    @Context('req') request: FastifyRequest,
  ): Promise<AuthPayload> {
    return this.service.register(actor, input, request.ip);
  }

  @StaffOnly()
  @Mutation(() => User, {
    description: 'Staff open an ENTERPRISE account for an existing enterprise (e.g. an imported one).',
  })
  createEnterpriseUser(
    @CurrentActor() actor: Actor,
    @IdArg('enterpriseId', ENTERPRISE_LABEL) enterpriseId: string,
    @Args('input') input: EnterpriseUserInput,
  ): Promise<User> {
    return this.service.createUser(actor, enterpriseId, input);
  }

  @StaffOnly()
  @Query(() => EnterpriseConnection, { description: 'Enterprises, newest first (staff).' })
  enterprises(
    @CurrentActor() actor: Actor,
    @Args() args: EnterprisesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EnterpriseConnection> {
    // Only the columns the query shows (and those its computed fields read).
    const columns = selectedColumns(info, this.service.metadata, ENTERPRISE_FIELD_NEEDS);
    // The eligible-policy count in the page's own statement (one statement a page, not two).
    const computed = nodeFields(info).has('eligiblePolicyCount') ? PAGE_ELIGIBLE_COUNT : undefined;
    return this.service.list(actor, args.filter ?? {}, args.first, args.after, columns, computed);
  }

  @AnyRole()
  @Query(() => Enterprise, {
    description: "Staff: any enterprise; an enterprise user: its own (another's is NOT_FOUND).",
  })
  enterprise(@CurrentActor() actor: Actor, @IdArg('id', ENTERPRISE_LABEL) id: string): Promise<Enterprise> {
    return this.service.get(actor, id);
  }

  @Roles(Role.ENTERPRISE)
  @Query(() => Enterprise, { nullable: true, description: "The signed-in enterprise user's enterprise." })
  myEnterprise(@CurrentActor() actor: Actor): Promise<Enterprise | null> {
    return this.service.mine(actor);
  }

  @AnyRole()
  @Mutation(() => Enterprise, {
    description:
      'Change profile fields (absent = unchanged, null = cleared): the enterprise itself or staff. A stale `version` is a CONFLICT.',
  })
  updateEnterpriseProfile(
    @CurrentActor() actor: Actor,
    @IdArg('id', ENTERPRISE_LABEL) id: string,
    @Args('input') input: EnterpriseProfileInput,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: 'The version read; CONFLICT when it changed since.',
    })
    version: number | null,
  ): Promise<Enterprise> {
    return this.profiles.updateProfile(actor, id, input, version ?? null);
  }

  @StaffOnly()
  @Mutation(() => Enterprise, {
    description: 'Mark facts as verified by staff (they stay so until their value changes).',
  })
  verifyEnterpriseFacts(
    @CurrentActor() actor: Actor,
    @IdArg('id', ENTERPRISE_LABEL) id: string,
    @Args('facts', { type: () => [String] }) facts: string[],
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Enterprise> {
    return this.profiles.verifyFacts(actor, id, facts, version);
  }

  @StaffOnly()
  @Mutation(() => EnterpriseImportReport, {
    description:
      'Import enterprises from an .xlsx (base64): upsert by USCC; refused rows reported with row, column and reason.',
  })
  importEnterprises(
    @CurrentActor() actor: Actor,
    @Args('file') file: string,
    @Args('importId', {
      type: () => String,
      nullable: true,
      description: 'A new UUID chosen by the client, to follow the progress with `enterpriseImport(id)` meanwhile.',
    })
    importId: string | null,
  ): Promise<EnterpriseImportReport> {
    return this.importer.import(actor, file, importId ?? null);
  }

  @StaffOnly()
  @Query(() => EnterpriseImportRun, { description: 'How far an enterprise import got (rows done of total).' })
  enterpriseImport(@IdArg('id', ENTERPRISE_IMPORT_LABEL) id: string): Promise<EnterpriseImportRun> {
    return this.progress.get(id);
  }

  @StaffOnly()
  @Query(() => String, { description: 'The .xlsx import template (base64), with the column names as its header row.' })
  enterpriseImportTemplate(): Promise<string> {
    return this.importer.template();
  }

  @ResolveField(() => [EnterpriseFactMeta], {
    description: 'Source and date of each entered fact, in vocabulary order.',
  })
  factMeta(enterprise: Enterprise): EnterpriseFactMeta[] {
    const meta = enterprise.factMeta ?? {};
    return STORED_FACT_NAMES.filter((fact) => meta[fact]).map((fact) => ({
      fact,
      source: meta[fact].source,
      updatedAt: new Date(meta[fact].updatedAt),
      updatedBy: meta[fact].updatedBy ?? null,
      verifiedBy: meta[fact].verifiedBy ?? null,
      verifiedAt: meta[fact].verifiedAt ? new Date(meta[fact].verifiedAt!) : null,
    }));
  }

  @ResolveField(() => Park, {
    nullable: true,
    description: 'The park of `parkCode`; null when none is recorded (or the code is unknown).',
  })
  park(
    enterprise: Enterprise,
    _args: NoArgs,
    { loaders }: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<Park | null> | Park | null {
    // No parameter decorators on list-row fields: see core/graphql/field-resolver.ts.
    if (!enterprise.parkCode) return null;
    // Only its name: from the per-process cache of parks' names, no statement.
    if (selectsOnly(info, PARK_NAME_FIELDS)) return this.parks.nameByCode(enterprise.parkCode);
    return loaders
      .get<string, Park | null>('park.byCode', async (codes) =>
        byKeys(codes, await this.parks.findByCodes(codes), (p) => p.code),
      )
      .load(enterprise.parkCode);
  }

  @ResolveField(() => [String], { description: 'Stored facts not entered yet (null), in vocabulary order.' })
  missingFacts(enterprise: Enterprise): string[] {
    const values = enterprise as unknown as Record<string, unknown>;
    return STORED_FACT_NAMES.filter((fact) => values[fact] === null || values[fact] === undefined);
  }

  @ResolveField(() => EnterpriseProfileChangeConnection, { description: 'Who changed which field when, newest first.' })
  history(
    @CurrentActor() actor: Actor | null,
    @Parent() enterprise: Enterprise,
    @Args() page: PageArgs,
  ): Promise<EnterpriseProfileChangeConnection> {
    return this.service.history(actor, enterprise.id, page.first, page.after);
  }
}
