import { describe, expect, it } from '@jest/globals';
import type { ParkSummary } from '../../graphql/types';
import { clusterOf, freeBucket, legendEntries, parkColour } from './park-map-style';

const park = (fields: Partial<ParkSummary>): ParkSummary =>
  ({
    id: '1',
    code: 'P',
    name: '园区',
    nameEn: 'Park',
    kind: 'INDUSTRIAL_PARK',
    level: 'DISTRICT',
    parent: null,
    targetIndustries: [],
    totalLandMu: 100,
    freeLandMu: 50,
    totalFloorSqm: 0,
    freeFloorSqm: 0,
    lng: 87.5,
    lat: 43.9,
    sampleFields: [],
    ...fields,
  }) as ParkSummary;

describe('park map style', () => {
  it('buckets the free share of land, or of floor space for carriers', () => {
    expect(freeBucket(park({ freeLandMu: 0 }))).toBe('NONE');
    expect(freeBucket(park({ freeLandMu: 5 }))).toBe('LOW');
    expect(freeBucket(park({ freeLandMu: 20 }))).toBe('MEDIUM');
    expect(freeBucket(park({ freeLandMu: 30 }))).toBe('HIGH');
    expect(freeBucket(park({ kind: 'INCUBATOR', totalFloorSqm: 1000, freeFloorSqm: 50 }))).toBe('LOW');
    expect(freeBucket(park({ totalLandMu: 0, freeLandMu: 0 }))).toBe('UNKNOWN');
  });

  it('names the priority cluster a park targets', () => {
    expect(clusterOf(park({ targetIndustries: ['BIOMEDICINE', 'MODERN_LOGISTICS'] }))).toBe('BIOMEDICINE');
    expect(clusterOf(park({ targetIndustries: ['BIOMEDICINE', 'NEW_MATERIALS'] }))).toBe('MULTIPLE');
    expect(clusterOf(park({ targetIndustries: ['MODERN_LOGISTICS'] }))).toBe('NONE');
  });

  it('colours by the chosen mode and lists only the legend entries on the map', () => {
    const parks = [park({ kind: 'ZONE', freeLandMu: 0 }), park({ kind: 'TOWN', targetIndustries: ['NEXT_GEN_IT'] })];
    expect(parkColour(parks[0], 'kind')).not.toBe(parkColour(parks[1], 'kind'));
    expect(legendEntries(parks, 'kind').map((entry) => entry.key)).toEqual(['ZONE', 'TOWN']);
    expect(legendEntries(parks, 'free').map((entry) => entry.key)).toEqual(['NONE', 'HIGH']);
    expect(legendEntries(parks, 'cluster').map((entry) => entry.key)).toEqual(['NEXT_GEN_IT', 'NONE']);
  });
});
