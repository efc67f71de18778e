import { describe, expect, it } from '@jest/globals';
import { PARKS } from './index.js';

/** The offshore incubators (离岸孵化器, ch.3 §2): carriers outside the district whose graduates become leads. */
describe('offshore incubators', () => {
  it('hold the two offshore incubators the plan names, outside the district, their figures sample', () => {
    const offshore = PARKS.filter((p) => p.outsideDistrict);
    expect(offshore.map((p) => [p.code, p.name, p.kind])).toEqual([
      ['OFFSHORE_SHENZHEN', '深圳离岸创新中心', 'INCUBATOR'],
      ['OFFSHORE_DALIAN', '大连离岸创新基地', 'INCUBATOR'],
    ]);
    expect(offshore.map((p) => Math.round(p.location.lat))).toEqual([23, 39]);
    for (const park of offshore) {
      expect(park.planFields).toEqual(expect.arrayContaining(['name', 'kind', 'planRef', 'outsideDistrict']));
      for (const field of ['level', 'totalFloorSqm', 'freeFloorSqm', 'servedTiers', 'location']) {
        expect(park.sampleFields).toContain(field);
      }
    }
  });

  it('are the only parks outside the district', () => {
    expect(PARKS.filter((p) => p.outsideDistrict).every((p) => p.code.startsWith('OFFSHORE_'))).toBe(true);
    expect(PARKS.filter((p) => p.kind === 'ENCLAVE_PARK').every((p) => !p.outsideDistrict)).toBe(true);
  });
});
