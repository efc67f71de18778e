import { TIERS } from '../../components/reference-data/plan-codes';
import type { Tier } from '../../graphql/types';
import type { EnterpriseSearch } from './enterprise-filters';

/**
 * The enterprise list's starting filters from its address (`/enterprises?tier=HIGH_TECH&sample=false`),
 * so the plan dashboard's figures open the records behind them. An unknown tier is dropped; `sample`
 * counts only as `true` or `false`.
 */
export function enterpriseSearchFromParams(params: URLSearchParams): EnterpriseSearch & { sample?: boolean } {
  const search: EnterpriseSearch & { sample?: boolean } = {};
  for (const key of ['search', 'industryCode', 'parkCode'] as const) {
    const value = params.get(key)?.trim();
    if (value) search[key] = value;
  }
  const tier = params.get('tier');
  if (tier && (TIERS as readonly string[]).includes(tier)) search.tier = tier as Tier;
  const sample = params.get('sample');
  if (sample === 'true' || sample === 'false') search.sample = sample === 'true';
  return search;
}
