import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { localize } from '#matching';
import type { NoArgs } from '../../core/graphql/field-resolver.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { byKeys } from '../../core/graphql/request-loaders.js';
import { objectColumns } from '../../core/graphql/selected-columns.js';
import { ENTERPRISE_FIELD_NEEDS } from '../enterprises/enterprises.resolver.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { PolicyMatchRecord } from './policy-match.entity.js';
import { gapWords } from './qualifier-words.js';

/**
 * The enterprise of a staff list row, batched per request (one query per page). No parameter decorators
 * on these list-row fields: see core/graphql/field-resolver.ts.
 */
/** The columns each computed field of a match row reads (for `selectedColumns`). */
export const QUALIFIER_FIELD_NEEDS: Readonly<Record<string, readonly string[]>> = {
  enterprise: ['enterpriseId'],
  gapText: ['gaps'],
};

@Resolver(() => PolicyMatchRecord)
export class PolicyQualifierResolver {
  constructor(private readonly enterprises: EnterprisesService) {}

  @ResolveField(() => Enterprise)
  enterprise(
    row: PolicyMatchRecord,
    _args: NoArgs,
    { loaders }: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<Enterprise | null> | Enterprise {
    if (row.enterprise) return row.enterprise; // joined by the page (policyQualifiers): no promise per row
    // Only the columns the selection shows (an enterprise has 35): one query per page.
    const columns = objectColumns(info, this.enterprises.metadata, ENTERPRISE_FIELD_NEEDS);
    return loaders
      .get<string, Enterprise | null>(`enterprise.byId:${columns?.join() ?? '*'}`, async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids, undefined, columns), (e) => e.id),
      )
      .load(row.enterpriseId);
  }

  @ResolveField(() => [String], {
    description: 'The gaps in words in the caller\'s language ("研发投入占比 3.6%，需 ≥ 4%"), as the export has them.',
  })
  gapText(row: PolicyMatchRecord, _args: NoArgs, { locale }: GraphqlContext): string[] {
    return row.gaps.map((gap) => localize(gapWords(gap), locale));
  }
}
