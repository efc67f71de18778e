import { describe, expect, it } from '@jest/globals';
import { enterpriseSearchFromParams } from './enterprise-search-params';

describe('enterpriseSearchFromParams', () => {
  it('reads the filters the plan dashboard links with', () => {
    expect(
      enterpriseSearchFromParams(new URLSearchParams('tier=HIGH_TECH&industryCode=NEW_MATERIALS&sample=false')),
    ).toEqual({ tier: 'HIGH_TECH', industryCode: 'NEW_MATERIALS', sample: false });
  });

  it('drops unknown tiers, blanks and odd flags', () => {
    expect(enterpriseSearchFromParams(new URLSearchParams('tier=GIANT&parkCode=%20&sample=yes'))).toEqual({});
  });
});
