import type { ParkKind } from '../../graphql/types';

/** One colour per kind of park, shared by tags and the map; each holds white tag text at ≥ 4.5:1 (WCAG AA). */
export const KIND_COLORS: Record<ParkKind, string> = {
  INDUSTRIAL_PARK: '#0958d9',
  ZONE: '#006d75',
  SPECIALTY_PARK: '#ad4e00',
  ENCLAVE_PARK: '#722ed1',
  TOWN: '#c41d7f',
  MAKERSPACE: '#237804',
  INCUBATOR: '#3f6600',
  ACCELERATOR: '#874d00',
};
