import type { LeadSource, LeadStage } from '../../gql/graphql';
import type { LeadSearch } from './lead-filters';
import { ALL_STAGES, LEAD_SOURCES } from './stages';

const TEXT_KEYS = ['search', 'ownerId', 'industryCode', 'chainSegment', 'parkId'] as const;
const FLAG_KEYS = ['overdue', 'enquiryOverdue', 'shortfall', 'atRisk', 'expansionIntent', 'aftercareOverdue'] as const;

/**
 * The leads list's starting filters from its address (`/leads?chainSegment=…&overdue=true`), so the
 * dashboard's cards and coverage cells open the list already filtered. Unknown stages or sources are
 * dropped rather than sent to the API; a flag counts only as `true`.
 */
export function searchFromParams(params: URLSearchParams): LeadSearch {
  const search: LeadSearch = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) search[key] = value;
  }
  const stage = params.get('stage');
  if (stage && (ALL_STAGES as readonly string[]).includes(stage)) search.stage = stage as LeadStage;
  const source = params.get('source');
  if (source && (LEAD_SOURCES as readonly string[]).includes(source)) search.source = source as LeadSource;
  for (const key of FLAG_KEYS) if (params.get(key) === 'true') search[key] = true;
  return search;
}
