import { describe, expect, it } from '@jest/globals';
import {
  applicationKindFor,
  carrierFigures,
  median,
  monthEnds,
  monthsBetween,
  nextRung,
  nextRungParkKinds,
  occupancySeries,
  type StayFacts,
} from './incubation-ladder.js';

const stay = (over: Partial<StayFacts>): StayFacts => ({
  status: 'IN_RESIDENCE',
  enteredOn: '2026-01-10',
  endedOn: null,
  seats: null,
  floorSqm: null,
  ...over,
});

describe('incubation ladder', () => {
  it('climbs 众创空间 → 孵化器 → 加速器 → 产业园区', () => {
    expect(nextRung('MAKERSPACE')).toBe('INCUBATOR');
    expect(nextRung('INCUBATOR')).toBe('ACCELERATOR');
    expect(nextRung('ACCELERATOR')).toBe('INDUSTRIAL_PARK');
    expect(nextRung('INDUSTRIAL_PARK')).toBeNull();
    expect(nextRung('ZONE')).toBeNull();
    expect(nextRungParkKinds('INCUBATOR')).toEqual(['ACCELERATOR']);
    expect(nextRungParkKinds('ACCELERATOR')).toEqual(['INDUSTRIAL_PARK', 'ZONE', 'SPECIALTY_PARK', 'ENCLAVE_PARK']);
    expect(nextRungParkKinds('TOWN')).toEqual([]);
    expect(applicationKindFor('INCUBATOR')).toBe('INCUBATOR_SEAT');
    expect(applicationKindFor('ACCELERATOR')).toBe('FACTORY');
    expect(applicationKindFor('INDUSTRIAL_PARK')).toBe('FACTORY');
  });

  it('counts months and medians', () => {
    expect(monthsBetween('2025-01-01', '2026-01-01')).toBe(12);
    expect(monthsBetween('2025-01-01', '2025-07-02')).toBe(6);
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('computes a carrier’s figures: tenants and space now, graduation rate, time to graduate', () => {
    const stays = [
      stay({ seats: 4, floorSqm: 100 }),
      stay({ enteredOn: '2025-01-01', floorSqm: 200, status: 'GRADUATED', endedOn: '2026-01-01' }),
      stay({ enteredOn: '2025-01-01', floorSqm: 50, status: 'GRADUATED', endedOn: '2025-07-02' }),
      stay({ enteredOn: '2025-03-01', seats: 2, status: 'LEFT', endedOn: '2025-05-01' }),
    ];
    expect(carrierFigures(stays, '2026-02-01', 1000)).toEqual({
      tenants: 1,
      seatsInUse: 4,
      floorSqmInUse: 100,
      occupancyRate: 0.1,
      entries: 4,
      graduations: 2,
      departures: 1,
      graduationRate: 0.6667,
      medianMonthsToGraduate: 9,
    });
    const empty = carrierFigures([], '2026-02-01', 0);
    expect([empty.occupancyRate, empty.graduationRate, empty.medianMonthsToGraduate]).toEqual([null, null, null]);
  });

  it('reads occupancy at each month’s end, the day of leaving counting as gone', () => {
    expect(monthEnds('2026-03-15', 3)).toEqual([
      { month: '2026-01', day: '2026-01-31' },
      { month: '2026-02', day: '2026-02-28' },
      { month: '2026-03', day: '2026-03-15' },
    ]);
    const stays = [
      stay({ enteredOn: '2026-01-05', floorSqm: 100, status: 'GRADUATED', endedOn: '2026-02-28' }),
      stay({ enteredOn: '2026-02-01', floorSqm: 300 }),
    ];
    const series = occupancySeries(stays, '2026-03-15', 3, 1000);
    expect(series.map((p) => [p.month, p.tenants, p.floorSqmInUse, p.occupancyRate, p.entries, p.graduations])).toEqual(
      [
        ['2026-01', 1, 100, 0.1, 1, 0],
        ['2026-02', 1, 300, 0.3, 1, 1],
        ['2026-03', 1, 300, 0.3, 0, 0],
      ],
    );
  });
});
