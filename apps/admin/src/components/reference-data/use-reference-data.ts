import { useList } from '@refinedev/core';
import type { Industry, ParkSummary } from '../../graphql/types';
import { INDUSTRIES_QUERY } from '../../pages/industries/queries';
import { PARKS_QUERY } from '../../pages/parks/queries';

/**
 * The reference lists most forms and labels need: the plan's industries (with their chain
 * segments) and the parks. Fetched once and shared through Refine's cache; empty while loading.
 */
export const useReferenceData = (): { industries: Industry[]; parks: ParkSummary[] } => {
  const industries = useList<Industry>({
    resource: 'industries',
    meta: { gqlQuery: INDUSTRIES_QUERY },
    pagination: { mode: 'off' },
  }).result.data;
  const parks = useList<ParkSummary>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'off' },
  }).result.data;
  return { industries, parks };
};
