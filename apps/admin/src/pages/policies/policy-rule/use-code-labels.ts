import type { CodeLabeler } from '#matching';
import { useMemo } from 'react';
import { useReferenceData } from '../../../components/reference-data/use-reference-data';
import type { CodeOptions } from '../rule-builder/fact-fields';

export interface CodeLabels {
  /** Names of industry, chain segment and park codes for rule sentences (both languages). */
  labeler: CodeLabeler;
  /** The same codes as choices for the rule builder, in the current language. */
  options: CodeOptions;
  industryName: (code: string) => string;
  parkName: (code: string) => string;
}

/** Industry, chain segment and park codes with their names, from the API's reference data. */
export const useCodeLabels = (locale: 'zh-CN' | 'en-US'): CodeLabels => {
  const { industries, parks } = useReferenceData();
  return useMemo(() => {
    const names = {
      industry: new Map(industries.map((i) => [i.code, { zh: i.name, en: i.nameEn }])),
      chainSegment: new Map(
        industries.flatMap((i) => i.segments.map((s) => [s.code, { zh: s.name, en: s.nameEn }] as const)),
      ),
      parkCode: new Map(parks.map((p) => [p.code, { zh: p.name, en: p.nameEn }])),
    };
    const pick = (text: { zh: string; en: string }) => (locale === 'en-US' ? text.en || text.zh : text.zh || text.en);
    const options = (map: Map<string, { zh: string; en: string }>) =>
      [...map.entries()].map(([value, text]) => ({ value, label: pick(text) }));
    const name = (map: Map<string, { zh: string; en: string }>) => (code: string) => {
      const text = map.get(code);
      return text ? pick(text) : code;
    };
    return {
      labeler: (fact, code) => {
        if (fact === 'industry' || fact === 'chainSegment' || fact === 'parkCode') return names[fact].get(code);
        return undefined;
      },
      options: {
        industry: options(names.industry),
        chainSegment: options(names.chainSegment),
        parkCode: options(names.parkCode),
      },
      industryName: name(names.industry),
      parkName: name(names.parkCode),
    };
  }, [industries, parks, locale]);
};
