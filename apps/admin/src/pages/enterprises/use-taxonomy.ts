import { useReferenceData } from '../../components/reference-data/use-reference-data';
import { useFormat } from '../../format/use-format';

/** The plan's industries (with their chain segments) and the parks, with names in the current language. */
export const useTaxonomy = () => {
  const f = useFormat();
  const { industries, parks } = useReferenceData();
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
