import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { localize } from '#matching';
import type { Locale } from '../../core/errors/locale.js';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { PolicyMatchRecord } from './policy-match.entity.js';
import { gapWords } from './qualifier-words.js';

/** The enterprise of a staff list row, batched per request (one query per page). */
@Resolver(() => PolicyMatchRecord)
export class PolicyQualifierResolver {
  constructor(private readonly enterprises: EnterprisesService) {}

  @ResolveField(() => Enterprise)
  enterprise(@Parent() row: PolicyMatchRecord, @Loaders() loaders: RequestLoaders): Promise<Enterprise | null> {
    return loaders
      .get<string, Enterprise | null>('enterprise.byId', async (ids) =>
        byKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id),
      )
      .load(row.enterpriseId);
  }

  @ResolveField(() => [String], {
    description: 'The gaps in words in the caller\'s language ("研发投入占比 3.6%，需 ≥ 4%"), as the export has them.',
  })
  gapText(@Parent() row: PolicyMatchRecord, @Context('locale') locale: Locale): string[] {
    return row.gaps.map((gap) => localize(gapWords(gap), locale));
  }
}
