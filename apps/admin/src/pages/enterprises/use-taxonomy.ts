import { useList } from '@refinedev/core';
import { useFormat } from '../../format/use-format';
import type { Industry, ParkSummary } from '../../graphql/types';
import { INDUSTRIES_QUERY } from '../industries/queries';
import { PARKS_QUERY } from '../parks/queries';

/** The plan's industries (with their chain segments) and the parks, with names in the current language. */
export const useTaxonomy = () => {
  const f = useFormat();
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
  const industryByCode = new Map(industries.map((industry) => [industry.code, industry]));
  const segmentName = (code: string): string => {
    for (const industry of industries) {
      const segment = industry.segments.find((s) => s.code === code);
      if (segment) return f.pick(segment.name, segment.nameEn);
    }
    return code;
  };
  const parkByCode = new Map(parks.map((park) => [park.code, park]));
  return {
    industries,
    parks,
    industryName: (code: string) => {
      const industry = industryByCode.get(code);
      return industry ? f.pick(industry.name, industry.nameEn) : code;
    },
    segmentsOf: (code: string | null | undefined) => (code ? (industryByCode.get(code)?.segments ?? []) : []),
    segmentName,
    parkName: (code: string) => {
      const park = parkByCode.get(code);
      return park ? f.pick(park.name, park.nameEn) : code;
    },
  };
};

export type Taxonomy = ReturnType<typeof useTaxonomy>;
