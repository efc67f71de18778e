import { describe, expect, it } from '@jest/globals';
import { landFilterFromSearch } from './land-model';

describe('landFilterFromSearch', () => {
  it('reads the filter a link gives', () => {
    expect(landFilterFromSearch(new URLSearchParams('recovered=true&sample=false'))).toEqual({
      parkId: undefined,
      status: undefined,
      disposalRoute: undefined,
      recovered: true,
      sample: false,
    });
    const parkId = '0b6f1c1e-5d0e-4a43-9a4b-2f1b3c4d5e6f';
    expect(
      landFilterFromSearch(new URLSearchParams(`parkId=${parkId}&status=IDLE&disposalRoute=INTEGRATE`)),
    ).toMatchObject({ parkId, status: 'IDLE', disposalRoute: 'INTEGRATE', recovered: undefined, sample: undefined });
  });

  it('drops what it does not know', () => {
    expect(landFilterFromSearch(new URLSearchParams('parkId=x&status=GONE&disposalRoute=SELL&recovered=1'))).toEqual({
      parkId: undefined,
      status: undefined,
      disposalRoute: undefined,
      recovered: undefined,
      sample: undefined,
    });
  });
});
