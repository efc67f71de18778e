import { describe, expect, it } from '@jest/globals';
import { checkApplication, kindFitsPark, spaceNeeded, type ApplicationFields } from './application-rules.js';
import { ApplicationKind } from './application.enums.js';

const base: ApplicationFields = {
  kind: ApplicationKind.LAND,
  landMu: 20,
  floorSqm: null,
  preferredParkIds: [],
  summary: '项目',
  plannedInvestment: null,
  jobs: null,
  expectedAnnualTax: null,
  energyTce: null,
  pollutionCategory: null,
  infrastructureNeeds: [],
  desiredMoveIn: null,
};

describe('application rules', () => {
  it('asks a submission for the space its kind needs and a summary; a draft may be incomplete', () => {
    expect(checkApplication(base, true)).toEqual([]);
    const land = checkApplication({ ...base, landMu: null, summary: ' ' }, true);
    expect(land.map((f) => f.field)).toEqual(['landMu', 'summary']);
    expect(checkApplication({ ...base, landMu: null, summary: '' }, false)).toEqual([]);
    const office = checkApplication({ ...base, kind: ApplicationKind.OFFICE, landMu: 30 }, true);
    expect(office.map((f) => f.field)).toEqual(['floorSqm']);
  });

  it('checks the move-in date and repeated parks, drafts included', () => {
    const faults = checkApplication({ ...base, desiredMoveIn: '2027-02-30', preferredParkIds: ['a', 'a'] }, false);
    expect(faults.map((f) => f.field)).toEqual(['desiredMoveIn', 'preferredParkIds']);
  });

  it('takes land for LAND, floor space otherwise', () => {
    expect(spaceNeeded(base)).toEqual({ column: 'freeLandMu', amount: 20 });
    expect(spaceNeeded({ kind: ApplicationKind.FACTORY, landMu: 5, floorSqm: 800 })).toEqual({
      column: 'freeFloorSqm',
      amount: 800,
    });
  });

  it('puts seats in incubation carriers and land outside them', () => {
    expect(kindFitsPark(ApplicationKind.INCUBATOR_SEAT, 'INCUBATOR')).toBe(true);
    expect(kindFitsPark(ApplicationKind.INCUBATOR_SEAT, 'INDUSTRIAL_PARK')).toBe(false);
    expect(kindFitsPark(ApplicationKind.LAND, 'MAKERSPACE')).toBe(false);
    expect(kindFitsPark(ApplicationKind.OFFICE, 'ACCELERATOR')).toBe(true);
  });
});
