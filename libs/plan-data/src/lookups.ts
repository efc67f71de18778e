import { INDUSTRIES } from './industries.js';
import { PARKS } from './parks.js';
import type { ChainSegmentData, IndustryData, ParkData } from './types.js';

const INDUSTRY_BY_CODE: ReadonlyMap<string, IndustryData> = new Map(INDUSTRIES.map((i) => [i.code, i]));
const SEGMENT_BY_CODE: ReadonlyMap<string, ChainSegmentData> = new Map(
  INDUSTRIES.flatMap((i) => i.segments.map((s) => [s.code, s] as const)),
);
const PARK_BY_CODE: ReadonlyMap<string, ParkData> = new Map(PARKS.map((p) => [p.code, p]));

/** The industry with this code (e.g. 'NEW_MATERIALS'), or undefined. */
export function findIndustry(code: string): IndustryData | undefined {
  return INDUSTRY_BY_CODE.get(code);
}

/** The chain segment with this code (e.g. 'NEW_MATERIALS.ALUMINIUM_ELECTRONIC'), or undefined. */
export function findSegment(code: string): ChainSegmentData | undefined {
  return SEGMENT_BY_CODE.get(code);
}

export function isKnownIndustry(code: string): boolean {
  return INDUSTRY_BY_CODE.has(code);
}

export function isKnownSegment(code: string): boolean {
  return SEGMENT_BY_CODE.has(code);
}

/** The industry a segment belongs to, or undefined for an unknown segment. */
export function industryOfSegment(segmentCode: string): IndustryData | undefined {
  if (!SEGMENT_BY_CODE.has(segmentCode)) return undefined;
  return INDUSTRY_BY_CODE.get(segmentCode.slice(0, segmentCode.indexOf('.')));
}

/** The park, zone, town or carrier with this code, or undefined. */
export function findPark(code: string): ParkData | undefined {
  return PARK_BY_CODE.get(code);
}
