import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { EnterprisesService } from '../enterprises/enterprises.service.js';
import type { QualifierFilterArgs } from './dto/qualifier-filter.args.js';
import { PolicyMatchRecord } from './policy-match.entity.js';

/** The filter arguments as they arrive (GraphQL may send nulls). */
export type QualifierFilter = { [K in keyof QualifierFilterArgs]?: QualifierFilterArgs[K] | null };

/** The list's order (largest benefit first): what the (policyId, outcome, benefit, id) index serves. */
export const QUALIFIER_SORT = { sortColumn: 'benefit', direction: 'DESC' } as const;

/**
 * One policy version's match rows a filter selects (alias `m`), for the paged list and the export
 * alike. The enterprise filters are a subquery of the enterprises context (`IN (…)`, planned as a
 * semi-join), so the walk along this table's index in benefit order keeps serving the pages; a
 * name search may instead start from the trigram index on enterprise names, as the planner finds
 * cheaper.
 */
export function qualifierQuery(
  manager: EntityManager,
  enterprises: EnterprisesService,
  policyId: string,
  filter: QualifierFilter,
): SelectQueryBuilder<PolicyMatchRecord> {
  const query = manager.createQueryBuilder(PolicyMatchRecord, 'm').where('m.policyId = :policyId', { policyId });
  if (filter.outcome) query.andWhere('m.outcome = :outcome', { outcome: filter.outcome });
  if (filter.nearMiss) query.andWhere('m.nearMiss');
  if (filter.gapFact) {
    query.andWhere('m.gaps @> CAST(:gapFact AS jsonb)', { gapFact: JSON.stringify([{ fact: filter.gapFact }]) });
  }
  const ids = enterprises.idsMatching(manager, {
    search: filter.search ?? undefined,
    industryCode: filter.industryCode ?? undefined,
    parkCode: filter.parkCode ?? undefined,
    tier: filter.tier ?? undefined,
  });
  if (ids) query.andWhere(`m.enterpriseId IN (${ids.getQuery()})`).setParameters(ids.getParameters());
  return query;
}
