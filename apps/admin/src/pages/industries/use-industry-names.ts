import { useList } from '@refinedev/core';
import { useFormat } from '../../format/use-format';
import type { Industry } from '../../graphql/types';
import { INDUSTRIES_QUERY } from './queries';

/** Turns an industry code into its name in the current language (the code while loading). */
export const useIndustryNames = (): ((code: string) => string) => {
  const f = useFormat();
  const { result } = useList<Industry>({
    resource: 'industries',
    meta: { gqlQuery: INDUSTRIES_QUERY },
    pagination: { mode: 'off' },
  });
  const byCode = new Map(result.data.map((industry) => [industry.code, industry]));
  return (code) => {
    const industry = byCode.get(code);
    return industry ? f.pick(industry.name, industry.nameEn) : code;
  };
};
