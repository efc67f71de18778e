import { PRIORITY_INDUSTRY_CODES } from '#plan-data';
import type { ParkKind, ParkSummary } from '../../graphql/types';
import { KIND_COLORS } from '../parks/kind-colors';

/** What a park's colour says on the map: its kind, how much of it is free, or its target cluster. */
export type ColourMode = 'kind' | 'free' | 'cluster';
export const COLOUR_MODES: readonly ColourMode[] = ['kind', 'free', 'cluster'];

/** Kinds with an area (an outline); incubation carriers are buildings, drawn as points. */
export const CARRIER_KINDS: ReadonlySet<ParkKind> = new Set(['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR']);

export type FreeBucket = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'UNKNOWN';
/** Free share buckets, light to dark (darker = more room); each colour shown with its label in the legend. */
export const FREE_COLORS: Record<FreeBucket, string> = {
  NONE: '#a8071a',
  LOW: '#d46b08',
  MEDIUM: '#389e0d',
  HIGH: '#135200',
  UNKNOWN: '#8c8c8c',
};

export type ClusterKey = (typeof PRIORITY_INDUSTRY_CODES)[number] | 'MULTIPLE' | 'NONE';
export const CLUSTER_COLORS: Record<ClusterKey, string> = {
  NEW_MATERIALS: '#0958d9',
  BIOMEDICINE: '#c41d7f',
  NEXT_GEN_IT: '#531dab',
  ADVANCED_EQUIPMENT: '#ad4e00',
  MULTIPLE: '#006d75',
  NONE: '#8c8c8c',
};

/**
 * The share of a park's space that is free: land for parks and zones, floor space for carriers
 * (or a park that has floor space but no land). UNKNOWN when it has neither.
 */
export const freeBucket = (
  park: Pick<ParkSummary, 'kind' | 'totalLandMu' | 'freeLandMu' | 'totalFloorSqm' | 'freeFloorSqm'>,
): FreeBucket => {
  const useFloor = CARRIER_KINDS.has(park.kind) || park.totalLandMu <= 0;
  const total = useFloor ? park.totalFloorSqm : park.totalLandMu;
  const free = useFloor ? park.freeFloorSqm : park.freeLandMu;
  if (!(total > 0)) return 'UNKNOWN';
  const share = free / total;
  if (share <= 0) return 'NONE';
  if (share < 0.1) return 'LOW';
  if (share < 0.3) return 'MEDIUM';
  return 'HIGH';
};

/** The priority cluster a park targets: one, several, or none of the four. */
export const clusterOf = (park: Pick<ParkSummary, 'targetIndustries'>): ClusterKey => {
  const clusters = PRIORITY_INDUSTRY_CODES.filter((code) => park.targetIndustries.includes(code));
  if (clusters.length === 0) return 'NONE';
  return clusters.length === 1 ? clusters[0] : 'MULTIPLE';
};

export const parkColour = (park: ParkSummary, mode: ColourMode): string => {
  if (mode === 'free') return FREE_COLORS[freeBucket(park)];
  if (mode === 'cluster') return CLUSTER_COLORS[clusterOf(park)];
  return KIND_COLORS[park.kind];
};

/** Legend entries for a mode: key and colour (the page labels them), only those present on the map. */
export const legendEntries = (parks: readonly ParkSummary[], mode: ColourMode): { key: string; colour: string }[] => {
  const keys =
    mode === 'kind'
      ? (Object.keys(KIND_COLORS) as ParkKind[]).filter((kind) => parks.some((park) => park.kind === kind))
      : mode === 'free'
        ? (Object.keys(FREE_COLORS) as FreeBucket[]).filter((bucket) =>
            parks.some((park) => freeBucket(park) === bucket),
          )
        : (Object.keys(CLUSTER_COLORS) as ClusterKey[]).filter((key) => parks.some((park) => clusterOf(park) === key));
  const colours: Record<string, string> =
    mode === 'kind' ? KIND_COLORS : mode === 'free' ? FREE_COLORS : CLUSTER_COLORS;
  return keys.map((key) => ({ key, colour: colours[key] }));
};
