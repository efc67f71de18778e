import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../../core/graphql/loaders.decorator.js';
import { byKeys, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { PolicyMatchRecord } from './policy-match.entity.js';

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
}
