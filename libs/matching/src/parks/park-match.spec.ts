import { describe, expect, it } from '@jest/globals';
import { park, project } from './park-fixtures.js';
import { matchPark, rankParks } from './park-match.js';

const codes = (p: Parameters<typeof matchPark>[0], k: Parameters<typeof matchPark>[1]) =>
  matchPark(p, k).failures.map((f) => f.code);

describe('hard constraints', () => {
  it('a suitable park passes every constraint and gets a score', () => {
    const result = matchPark(project(), park());
    expect(result.suitable).toBe(true);
    expect(result.failures).toEqual([]);
    expect(result.score).toBeGreaterThan(0);
  });

  it('refuses a heavily polluting project where the park forbids 三高, naming each constraint', () => {
    const result = matchPark(project({ pollution: 'HIGH', energyTce: 9000 }), park());
    expect(result.suitable).toBe(false);
    expect(result.score).toBe(0);
    expect(result.failures.map((f) => f.code)).toEqual(['THREE_HIGH', 'POLLUTION', 'ENERGY']);
    expect(result.failures[2].text.zh).toBe('年综合能耗 9000 吨标准煤，超过园区上限 5000 吨');
  });

  it('三高 is about the project, not its industry', () => {
    expect(codes(project({ industry: 'PETROCHEMICAL', pollution: 'LOW' }), park())).toEqual([]);
  });

  it('needs enough free land or floor space', () => {
    expect(codes(project({ landMu: 101 }), park())).toEqual(['LAND_SPACE']);
    expect(codes(project({ landMu: 100 }), park())).toEqual([]);
    expect(codes(project({ kind: 'FACTORY', landMu: null, floorSqm: 20001 }), park())).toEqual(['FLOOR_SPACE']);
  });

  it('puts incubator seats only in incubation carriers, and land never there', () => {
    expect(codes(project({ kind: 'INCUBATOR_SEAT', floorSqm: 50 }), park())).toEqual(['CARRIER_KIND']);
    expect(codes(project(), park({ kind: 'INCUBATOR' }))).toEqual(['CARRIER_KIND']);
  });

  it('respects target and excluded industries', () => {
    expect(codes(project(), park({ targetIndustries: ['BIOMEDICINE'] }))).toEqual(['INDUSTRY_NOT_TARGETED']);
    expect(codes(project(), park({ excludedIndustries: ['NEW_MATERIALS'] }))).toEqual(['INDUSTRY_EXCLUDED']);
  });

  it('a makerspace does not take a large enterprise', () => {
    const makerspace = park({ kind: 'MAKERSPACE', servedTiers: ['TECH_SME'] });
    expect(codes(project({ kind: 'INCUBATOR_SEAT', floorSqm: 20, tier: 'LEADING' }), makerspace)).toEqual([
      'TIER_NOT_SERVED',
    ]);
  });

  it('reports a limit it cannot check as unknown, not as a failure', () => {
    const result = matchPark(project({ pollution: null, energyTce: null }), park());
    expect(result.suitable).toBe(true);
    expect(result.unknowns.map((u) => u.code)).toEqual(['POLLUTION', 'ENERGY']);
  });
});

describe('score', () => {
  it('is the sum of its weighted components, each reported', () => {
    const result = matchPark(project(), park());
    expect(result.components.map((c) => c.code)).toEqual([
      'INDUSTRY_FIT',
      'CHAIN_SYNERGY',
      'STAGE_FIT',
      'SPACE_FIT',
      'INFRASTRUCTURE',
    ]);
    expect(result.components.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(result.score).toBeCloseTo(
      result.components.reduce((sum, c) => sum + c.weight * c.value, 0),
      1,
    );
  });

  it("prefers the park whose leading industry is the project's", () => {
    const ranked = rankParks(project(), [
      park({ id: 'open' }),
      park({ id: 'lead', targetIndustries: ['NEW_MATERIALS', 'EQUIPMENT'] }),
      park({ id: 'second', targetIndustries: ['EQUIPMENT', 'NEW_MATERIALS'] }),
      park({ id: 'full', freeLandMu: 1 }),
    ]);
    expect(ranked.map((r) => r.parkId)).toEqual(['lead', 'second', 'open', 'full']);
  });

  it('values filling a missing chain segment (补链) above joining a cluster, and both above no synergy', () => {
    const tenants = { byIndustry: { NEW_MATERIALS: 4 }, bySegment: { ALLOYS: 3 } };
    const synergy = (segment: string, k = park({ tenants })) =>
      matchPark(project({ chainSegment: segment }), k).components.find((c) => c.code === 'CHAIN_SYNERGY')!;
    expect(synergy('COATINGS').value).toBe(1);
    expect(synergy('ALLOYS').value).toBe(0.7);
    expect(synergy('ALLOYS').detail.zh).toBe('强链：与 3 家同环节企业集聚');
    expect(synergy('ALLOYS', park()).value).toBe(0.2);
  });

  it('fits a young enterprise to an incubator better than to an industrial park (stage fit)', () => {
    const seat = project({ kind: 'OFFICE', landMu: null, floorSqm: 200, tier: 'TECH_SME' });
    const stage = (k: ReturnType<typeof park>) =>
      matchPark(seat, k).components.find((c) => c.code === 'STAGE_FIT')!.value;
    expect(stage(park({ kind: 'INCUBATOR' }))).toBeGreaterThan(stage(park({ kind: 'INDUSTRIAL_PARK' })));
  });

  it('counts the infrastructure needs the park meets', () => {
    const needs = project({ infrastructureNeeds: ['GAS', 'CLEANROOM'] });
    const infra = matchPark(needs, park({ infrastructure: ['GAS'] })).components.find(
      (c) => c.code === 'INFRASTRUCTURE',
    )!;
    expect(infra.value).toBe(0.5);
    expect(infra.detail.en).toBe('1 of 2 needs met');
  });
});
