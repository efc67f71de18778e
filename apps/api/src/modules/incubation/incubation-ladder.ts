import { INCUBATION_CHAIN, type ParkKind } from '#plan-data';

/**
 * The incubation ladder (孵化服务生态链, ch.3 §2 and §6): 众创空间 → 孵化器 → 加速器 → 产业园区. Pure
 * rules: which rung follows a carrier, what an enterprise applies for there, and the figures of a
 * carrier (tenants, space in use, entries, graduations, graduation rate, time to graduate).
 */
export type Rung = (typeof INCUBATION_CHAIN)[number];
export const RUNGS: readonly Rung[] = INCUBATION_CHAIN;

/** The kinds of park that are incubation carriers (the first three rungs). */
export const CARRIER_KINDS: readonly ParkKind[] = ['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR'];

/** Park kinds that count as the last rung, 产业园区: where an accelerator's graduates settle. */
export const PARK_RUNG_KINDS: readonly ParkKind[] = ['INDUSTRIAL_PARK', 'ZONE', 'SPECIALTY_PARK', 'ENCLAVE_PARK'];

export const isCarrierKind = (kind: ParkKind): boolean => CARRIER_KINDS.includes(kind);

/** The rung after a carrier's; null for a kind that is not a carrier. */
export function nextRung(kind: ParkKind): Exclude<Rung, 'MAKERSPACE'> | null {
  const index = (RUNGS as readonly string[]).indexOf(kind);
  if (index < 0 || index >= RUNGS.length - 1) return null;
  return RUNGS[index + 1] as Exclude<Rung, 'MAKERSPACE'>;
}

/** Park kinds that may receive a carrier's graduates (the next rung). */
export function nextRungParkKinds(kind: ParkKind): readonly ParkKind[] {
  const next = nextRung(kind);
  if (!next) return [];
  return next === 'INDUSTRIAL_PARK' ? PARK_RUNG_KINDS : [next];
}

/** What the placement application to the next rung asks for: a seat in an incubator, else a factory. */
export function applicationKindFor(next: Rung): 'INCUBATOR_SEAT' | 'FACTORY' {
  return next === 'INCUBATOR' ? 'INCUBATOR_SEAT' : 'FACTORY';
}

export type StayStatusName = 'IN_RESIDENCE' | 'GRADUATED' | 'LEFT';

/** What the figures are computed from: one stay of an enterprise in a carrier. */
export interface StayFacts {
  status: StayStatusName;
  /** YYYY-MM-DD */
  enteredOn: string;
  /** YYYY-MM-DD, when it graduated or left; null while in residence. */
  endedOn: string | null;
  seats: number | null;
  floorSqm: number | null;
}

export interface CarrierFigures {
  tenants: number;
  seatsInUse: number;
  floorSqmInUse: number;
  /** Floor space in use ÷ the carrier's floor space; null when it has none recorded. */
  occupancyRate: number | null;
  entries: number;
  graduations: number;
  departures: number;
  /** Graduated ÷ (graduated + left); null before any stay has ended. */
  graduationRate: number | null;
  /** Median months from entry to graduation; null before any graduation. */
  medianMonthsToGraduate: number | null;
}

export interface OccupancyFigures {
  /** YYYY-MM */
  month: string;
  tenants: number;
  seatsInUse: number;
  floorSqmInUse: number;
  occupancyRate: number | null;
  entries: number;
  graduations: number;
}

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.25 / 12;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Months between two days, to one decimal (30.44 days a month). */
export function monthsBetween(from: string, to: string): number {
  return Math.round(((dayNumber(to) - dayNumber(from)) / MONTH_DAYS) * 10) / 10;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** In the carrier on that day: entered on or before it, not yet gone (the day it left, it is gone). */
const residentOn = (stay: StayFacts, day: string): boolean =>
  stay.enteredOn <= day && (stay.endedOn === null || stay.endedOn > day);

const ratio = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

function inUse(stays: readonly StayFacts[], day: string, totalFloorSqm: number) {
  const present = stays.filter((stay) => residentOn(stay, day));
  const floorSqmInUse = present.reduce((sum, stay) => sum + (stay.floorSqm ?? 0), 0);
  return {
    tenants: present.length,
    seatsInUse: present.reduce((sum, stay) => sum + (stay.seats ?? 0), 0),
    floorSqmInUse,
    occupancyRate: ratio(floorSqmInUse, totalFloorSqm),
  };
}

/** A carrier's figures on a day (today), over all its stays. */
export function carrierFigures(stays: readonly StayFacts[], today: string, totalFloorSqm: number): CarrierFigures {
  const graduated = stays.filter((stay) => stay.status === 'GRADUATED' && stay.endedOn);
  const left = stays.filter((stay) => stay.status === 'LEFT');
  return {
    ...inUse(stays, today, totalFloorSqm),
    entries: stays.length,
    graduations: graduated.length,
    departures: left.length,
    graduationRate: ratio(graduated.length, graduated.length + left.length),
    medianMonthsToGraduate: median(graduated.map((stay) => monthsBetween(stay.enteredOn, stay.endedOn!))),
  };
}

/** The last `months` months up to today's, oldest first: YYYY-MM and the day figures are read on. */
export function monthEnds(today: string, months: number): { month: string; day: string }[] {
  const [year, month] = today.split('-').map(Number);
  const out: { month: string; day: string }[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(year, month - 1 - back, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    const lastDay = last.toISOString().slice(0, 10);
    out.push({ month: lastDay.slice(0, 7), day: back === 0 && today < lastDay ? today : lastDay });
  }
  return out;
}

/** Occupancy at each month's end (today for this month), with the month's entries and graduations. */
export function occupancySeries(
  stays: readonly StayFacts[],
  today: string,
  months: number,
  totalFloorSqm: number,
): OccupancyFigures[] {
  return monthEnds(today, months).map(({ month, day }) => ({
    month,
    ...inUse(stays, day, totalFloorSqm),
    entries: stays.filter((stay) => stay.enteredOn.startsWith(month)).length,
    graduations: stays.filter((stay) => stay.status === 'GRADUATED' && stay.endedOn?.startsWith(month)).length,
  }));
}
