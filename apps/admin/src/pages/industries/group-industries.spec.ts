import { describe, expect, it } from '@jest/globals';
import type { Industry } from '../../graphql/types';
import { groupIndustries } from './group-industries';

const industry = (code: string, category: Industry['category']): Industry => ({
  code,
  category,
  name: code,
  nameEn: code,
  description: '',
  descriptionEn: '',
  planRef: '',
  segments: [],
});

describe('groupIndustries', () => {
  it('puts the priority clusters first, keeps the order inside a group and drops empty groups', () => {
    const groups = groupIndustries([
      industry('HEADQUARTERS_ECONOMY', 'SERVICE'),
      industry('NEW_MATERIALS', 'PRIORITY'),
      industry('PETROCHEMICAL', 'TRADITIONAL'),
      industry('BIOMEDICINE', 'PRIORITY'),
    ]);
    expect(groups.map((group) => group.category)).toEqual(['PRIORITY', 'TRADITIONAL', 'SERVICE']);
    expect(groups[0]?.industries.map((item) => item.code)).toEqual(['NEW_MATERIALS', 'BIOMEDICINE']);
  });
});
