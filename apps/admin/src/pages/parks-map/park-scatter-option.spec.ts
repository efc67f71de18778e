import { describe, expect, it } from '@jest/globals';
import type { ParkSummary } from '../../graphql/types';
import { extentOf, parkScatterOption } from './park-scatter-option';

const park = (id: string, kind: ParkSummary['kind'], lng: number, lat: number): ParkSummary => ({
  id,
  code: id,
  name: id,
  nameEn: id,
  kind,
  level: 'DISTRICT',
  parent: null,
  targetIndustries: [],
  totalLandMu: 0,
  freeLandMu: 0,
  totalFloorSqm: 0,
  freeFloorSqm: 0,
  lng,
  lat,
  sampleFields: [],
});

const labels = {
  kind: (kind: string) => `kind:${kind}`,
  name: (p: ParkSummary) => p.name,
  tooltip: (p: ParkSummary) => p.name,
  lng: 'lng',
  lat: 'lat',
};

describe('park scatter', () => {
  const parks = [park('a', 'ZONE', 87.5, 43.9), park('b', 'ZONE', 87.6, 44.0), park('c', 'INCUBATOR', 87.55, 43.95)];

  it('draws one series per kind present, longitude as x and latitude as y', () => {
    const option = parkScatterOption(parks, labels);
    const series = option.series as { name: string; data: { value: number[] }[] }[];
    expect(series.map((s) => s.name)).toEqual(['kind:ZONE', 'kind:INCUBATOR']);
    expect(series[0]?.data.map((d) => d.value)).toEqual([
      [87.5, 43.9],
      [87.6, 44.0],
    ]);
  });

  it('bounds a set of parks with some padding', () => {
    const extent = extentOf(parks, 0.01);
    expect(extent?.lng[0]).toBeCloseTo(87.49);
    expect(extent?.lat).toEqual([expect.closeTo(43.89), expect.closeTo(44.01)]);
    expect(extentOf([])).toBeUndefined();
  });
});
