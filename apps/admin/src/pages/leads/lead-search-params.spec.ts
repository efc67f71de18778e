import { describe, expect, it } from '@jest/globals';
import { searchFromParams } from './lead-search-params';

describe('searchFromParams', () => {
  it('reads the dashboard’s links: a chain segment, an industry and the overdue flags', () => {
    const params = new URLSearchParams('industryCode=BIOMEDICINE&chainSegment=BIO_DEVICES&overdue=true');
    expect(searchFromParams(params)).toEqual({
      industryCode: 'BIOMEDICINE',
      chainSegment: 'BIO_DEVICES',
      overdue: true,
    });
  });

  it('drops unknown stages and sources, empty values and flags that are not true', () => {
    const params = new URLSearchParams('stage=NOPE&source=SPAM&search=%20%20&enquiryOverdue=false&view=kanban');
    expect(searchFromParams(params)).toEqual({});
  });

  it('keeps a known stage and source', () => {
    expect(searchFromParams(new URLSearchParams('stage=NEGOTIATING&source=REFERRAL'))).toEqual({
      stage: 'NEGOTIATING',
      source: 'REFERRAL',
    });
  });
});
